import { createHash } from 'node:crypto';
import { DOCUMENT_TYPES, type FilePurpose, type FileView, fileUrl, UPLOAD_TYPES } from '@ancha/contracts';
import { eq } from 'drizzle-orm';
import { fileTypeFromBuffer } from 'file-type';
import type { Db } from '../../db/client.ts';
import { enterprises } from '../../db/schema/index.ts';
import { type Actor, enterpriseInScope, requireAccess } from '../../lib/access.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { Deps, RequestMeta } from '../../lib/context.ts';
import { conflict, fieldError, forbidden, notFound } from '../../lib/errors.ts';
import { findFileMeta, insertFile, readContent } from './files.repository.ts';

type Meta = NonNullable<Awaited<ReturnType<typeof findFileMeta>>>;

function toView(f: Meta): FileView {
  return {
    id: f.id,
    purpose: f.purpose,
    mime: f.mime,
    name: f.name,
    sizeBytes: f.sizeBytes,
    createdAt: f.createdAt.toISOString(),
    url: fileUrl(f.id),
  };
}

/**
 * Who may read a file: its enterprise's admin; its uploader; once a saved record refers to it,
 * anyone who may read that enterprise's records (its users and its regulators).
 */
function canRead(actor: Actor, f: Meta): boolean {
  if (actor.role === 'admin') return true;
  if (actor.role === 'ent_admin' && actor.enterpriseId === f.enterpriseId) return true;
  if (f.uploadedBy === actor.id) return true;
  return f.attachedAt !== null && enterpriseInScope(actor, f.enterprise);
}

export function createFilesService({ database, now }: Deps) {
  const db = database.db;
  return {
    /**
     * Stores a photo under the id the client chose. The same bytes sent again (a retry after a
     * lost answer) return the same file; other bytes under a used id are refused.
     */
    async upload(caller: Actor | null, id: string, input: UploadInput, meta: RequestMeta): Promise<FileView> {
      const actor = requireAccess(caller, 'file.upload');
      const enterpriseId = await uploadTarget(db, actor, input);
      if (input.bytes.length === 0) throw fieldError('file', '文件是空的，请重新选择');
      const type = await fileTypeFromBuffer(input.bytes);
      const document = input.purpose === 'responsibility';
      if (!type || !((document ? DOCUMENT_TYPES : UPLOAD_TYPES) as readonly string[]).includes(type.mime))
        throw fieldError(
          'file',
          document
            ? '只能上传 PDF、Word（.docx）文件或 JPG、PNG、WebP 图片'
            : '只能上传 JPG、PNG 或 WebP 格式的图片',
        );
      const sha256 = createHash('sha256').update(input.bytes).digest('hex');

      const existing = await findFileMeta(db, id);
      if (existing) return same(actor, existing, sha256);
      const at = now();
      await db.transaction(async (tx) => {
        await insertFile(tx, {
          id,
          enterpriseId,
          uploadedBy: actor.id,
          purpose: input.purpose,
          mime: type.mime,
          name: input.name ?? '',
          sizeBytes: input.bytes.length,
          sha256,
          content: input.bytes,
          createdAt: at,
        });
        await recordAudit(tx, meta, at, {
          action: 'file.upload',
          entityType: 'file',
          entityId: id,
          enterpriseId,
          after: { purpose: input.purpose, mime: type.mime, sizeBytes: input.bytes.length, sha256 },
        });
      });
      return same(actor, (await findFileMeta(db, id))!, sha256);
    },

    async download(caller: Actor | null, id: string) {
      const actor = requireAccess(caller, 'file.read');
      const f = await findFileMeta(db, id);
      if (!f || !canRead(actor, f)) throw notFound('文件');
      const content = await readContent(db, id);
      if (!content) throw notFound('文件');
      return { mime: f.mime, sha256: f.sha256, name: f.name, content };
    },
  };
}

function same(actor: Actor, f: Meta, sha256: string): FileView {
  if (f.uploadedBy !== actor.id) throw notFound('文件');
  if (f.sha256 !== sha256) throw conflict('该文件编号已用于另一张照片，请重新拍摄上传');
  return toView(f);
}

interface UploadInput {
  purpose: FilePurpose;
  name?: string | undefined;
  enterpriseId?: string | undefined;
  bytes: Uint8Array;
}

/**
 * Which enterprise a new file belongs to: an enterprise user's own; for a regulator, the
 * enterprise it inspects (G2), which must be in its scope, and only for hazard photos.
 */
async function uploadTarget(db: Db, actor: Actor, input: UploadInput): Promise<string> {
  if (actor.enterpriseId) {
    if (input.enterpriseId && input.enterpriseId !== actor.enterpriseId) throw notFound('企业');
    if (input.purpose === 'responsibility' && actor.role !== 'ent_admin') throw forbidden();
    return actor.enterpriseId;
  }
  if (input.purpose !== 'hazard') throw fieldError('purpose', '政府用户只能上传监督检查的隐患照片');
  if (!input.enterpriseId) throw fieldError('enterpriseId', '请指明被检查的企业');
  const [target] = await db
    .select({
      id: enterprises.id,
      districtCode: enterprises.districtCode,
      streetCode: enterprises.streetCode,
      industries: enterprises.industries,
    })
    .from(enterprises)
    .where(eq(enterprises.id, input.enterpriseId));
  if (!target || !enterpriseInScope(actor, target)) throw notFound('企业');
  return target.id;
}

export type FilesService = ReturnType<typeof createFilesService>;
