import { createHash } from 'node:crypto';
import type { AttachmentPurpose, AttachmentRef } from '@ancha/contracts';
import type { DbOrTx, Tx } from '../../db/client.ts';
import { type Action, type Actor, requireAccess } from '../../lib/access.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { Deps, RequestMeta } from '../../lib/context.ts';
import { conflict, fieldError, notFound } from '../../lib/errors.ts';
import { sniffAttachmentType } from './attachment-types.ts';
import {
  type AttachmentMeta,
  findAttachment,
  findMany,
  insertAttachment,
  readAttachmentContent,
  setOwner,
  toRef,
} from './attachments.repository.ts';

/** Says whether the actor may read the record `ownerId` (and so its attachments). */
export type AttachmentReader = (db: DbOrTx, actor: Actor, ownerId: string) => Promise<boolean>;

// One reader per purpose, registered by the module owning those records (notices, content,
// information reports), so this module needs to know none of them.
const readers = new Map<AttachmentPurpose, AttachmentReader>();

export function registerAttachmentReader(purpose: AttachmentPurpose, reader: AttachmentReader): void {
  readers.set(purpose, reader);
}

const uploadAction: Record<AttachmentPurpose, Action> = {
  notice: 'attachment.upload.notice',
  content: 'attachment.upload.content',
  info_report: 'attachment.upload.info_report',
};

/**
 * Inside the caller's transaction: makes `ids` the attachments of record `ownerId`, in that
 * order, and releases the ones it no longer lists. Each id must be one the actor uploaded for
 * this purpose and no other record holds, or already be this record's (an edit keeps them).
 */
export async function claimAttachments(
  tx: Tx,
  actor: Actor,
  ids: readonly string[],
  purpose: AttachmentPurpose,
  ownerId: string,
): Promise<AttachmentRef[]> {
  const found = new Map((await findMany(tx, ids)).map((a) => [a.id, a]));
  ids.forEach((id, i) => {
    const a = found.get(id);
    const mine =
      a?.purpose === purpose && (a.ownerId === ownerId || (a.ownerId === null && a.uploadedBy === actor.id));
    if (!mine) throw fieldError('attachmentIds', `第 ${i + 1} 个附件不存在或不可使用，请重新上传`);
  });
  await setOwner(tx, ownerId, ids);
  return ids.map((id) => toRef(found.get(id)!));
}

/** Names, types and sizes for a view, in the order given; ids that no longer exist are skipped. */
export async function attachmentRefs(db: DbOrTx, ids: readonly string[]): Promise<AttachmentRef[]> {
  const found = new Map((await findMany(db, ids)).map((a) => [a.id, a]));
  return ids.flatMap((id) => {
    const a = found.get(id);
    return a ? [toRef(a)] : [];
  });
}

export function createAttachmentsService({ database, now }: Deps) {
  const db = database.db;

  async function canRead(actor: Actor, a: AttachmentMeta): Promise<boolean> {
    if (a.uploadedBy === actor.id) return true;
    if (a.ownerId === null) return false;
    const reader = readers.get(a.purpose);
    return reader ? reader(db, actor, a.ownerId) : false;
  }

  return {
    /**
     * Stores a document under the id the client chose. The same bytes sent again by the same
     * user (a retry after a lost answer) return the same attachment; other bytes are refused.
     */
    async upload(
      caller: Actor | null,
      id: string,
      input: { purpose: AttachmentPurpose; name: string; bytes: Uint8Array },
      meta: RequestMeta,
    ): Promise<AttachmentRef> {
      const actor = requireAccess(caller, uploadAction[input.purpose]);
      if (input.bytes.length === 0) throw fieldError('file', '文件是空的，请重新选择');
      const mime = await sniffAttachmentType(input.bytes, input.name);
      if (!mime) throw fieldError('file', '只能上传 PDF、Word、Excel、JPG、PNG 或 ZIP 文件');
      const sha256 = createHash('sha256').update(input.bytes).digest('hex');

      const existing = await findAttachment(db, id);
      if (existing) return same(actor, existing, sha256);
      const at = now();
      await db.transaction(async (tx) => {
        await insertAttachment(tx, {
          id,
          purpose: input.purpose,
          uploadedBy: actor.id,
          name: input.name,
          mime,
          sizeBytes: input.bytes.length,
          sha256,
          content: input.bytes,
          createdAt: at,
        });
        await recordAudit(tx, meta, at, {
          action: 'attachment.upload',
          entityType: 'attachment',
          entityId: id,
          after: { purpose: input.purpose, name: input.name, mime, sizeBytes: input.bytes.length, sha256 },
        });
      });
      return same(actor, (await findAttachment(db, id))!, sha256);
    },

    async download(caller: Actor | null, id: string) {
      const actor = requireAccess(caller, 'attachment.read');
      const a = await findAttachment(db, id);
      if (!a || !(await canRead(actor, a))) throw notFound('附件');
      const content = await readAttachmentContent(db, id);
      if (!content) throw notFound('附件');
      return { ...toRef(a), sha256: a.sha256, content };
    },
  };
}

function same(actor: Actor, a: AttachmentMeta, sha256: string): AttachmentRef {
  if (a.uploadedBy !== actor.id) throw notFound('附件');
  if (a.sha256 !== sha256) throw conflict('该附件编号已用于另一个文件，请重新上传');
  return toRef(a);
}

export type AttachmentsService = ReturnType<typeof createAttachmentsService>;
