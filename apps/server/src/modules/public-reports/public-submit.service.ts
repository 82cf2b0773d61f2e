import { createHash, randomInt } from 'node:crypto';
import {
  MAX_PHOTOS,
  normalizeReportCode,
  type PublicReportCreated,
  type PublicReportFollow,
  type PublicReportInput,
  type PublicReportPhotoView,
  publicReportPhotoUrl,
  REPORT_CODE_ALPHABET,
  REPORT_CODE_LENGTH,
  UPLOAD_TYPES,
} from '@ancha/contracts';
import { eq } from 'drizzle-orm';
import { fileTypeFromBuffer } from 'file-type';
import { publicReportPhotos, publicReports } from '../../db/schema/index.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { Deps, RequestMeta } from '../../lib/context.ts';
import { conflict, fieldError, notFound } from '../../lib/errors.ts';
import { newId } from '../../lib/ids.ts';
import * as repo from './public-reports.repository.ts';
import type { RateLimiter } from './rate-limit.ts';

/** 查询码 from a cryptographic source: it is the reporter's only key to the report. */
export function newReportCode(): string {
  return Array.from(
    { length: REPORT_CODE_LENGTH },
    () => REPORT_CODE_ALPHABET[randomInt(REPORT_CODE_ALPHABET.length)],
  ).join('');
}

const notFoundByCode = () => notFound('举报（请核对查询码）');

/**
 * What the public does without an account (P1): report, add photos, follow by code. Every call
 * is counted against the caller's address first, so a script cannot flood the offices' lists.
 */
export function createPublicSubmitService({ database, now }: Deps, limiter: RateLimiter) {
  const db = database.db;

  return {
    async submit(input: PublicReportInput, meta: RequestMeta): Promise<PublicReportCreated> {
      limiter.take('submit', meta.ip);
      if (!(await repo.streetOf(db, input.districtCode, input.streetCode)))
        throw fieldError('streetCode', '所选街道（乡镇）不属于所选区');
      const at = now();
      const id = newId();
      const code = newReportCode();
      await db.transaction(async (tx) => {
        await tx.insert(publicReports).values({
          id,
          code,
          districtCode: input.districtCode,
          streetCode: input.streetCode,
          place: input.place,
          unitName: input.unitName || null,
          description: input.description,
          anonymous: input.anonymous,
          // An anonymous report keeps no identity, even if the form sent one.
          reporterName: input.anonymous ? null : (input.reporterName ?? null),
          reporterPhone: input.anonymous ? null : (input.reporterPhone ?? null),
          status: 'submitted',
          submittedAt: at,
        });
        // The trail names no reporter: only the handling office may know who it was (measure 10).
        await recordAudit(tx, meta, at, {
          action: 'public_report.submitted',
          entityType: 'public_report',
          entityId: id,
          regionCode: input.streetCode,
          after: { place: input.place, unitName: input.unitName ?? null, anonymous: input.anonymous },
        });
      });
      return { id, code, submittedAt: at.toISOString() };
    },

    /**
     * A photo under the id the phone chose, for a report still awaiting its finding. The same
     * bytes again (a retry) return the same photo; other bytes under a used id are refused.
     */
    async uploadPhoto(
      rawCode: string | undefined,
      photoId: string,
      bytes: Uint8Array,
      meta: RequestMeta,
    ): Promise<PublicReportPhotoView> {
      limiter.take('photo', meta.ip);
      const code = normalizeReportCode(rawCode ?? '');
      const [report] = code ? await db.select().from(publicReports).where(eq(publicReports.code, code)) : [];
      if (!report) throw notFoundByCode();
      if (bytes.length === 0) throw fieldError('file', '文件是空的，请重新选择');
      const type = await fileTypeFromBuffer(bytes);
      if (!type || !(UPLOAD_TYPES as readonly string[]).includes(type.mime))
        throw fieldError('file', '只能上传 JPG、PNG 或 WebP 格式的图片');
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const view = {
        id: photoId,
        mime: type.mime,
        sizeBytes: bytes.length,
        url: publicReportPhotoUrl(photoId),
      };

      const existing = await repo.findPhoto(db, photoId);
      if (existing) {
        if (existing.reportId !== report.id) throw notFoundByCode();
        if (existing.sha256 !== sha256) throw conflict('该照片编号已用于另一张照片，请重新选择照片');
        return view;
      }
      const at = now();
      await db.transaction(async (tx) => {
        // The lock orders concurrent uploads of one report, so the count below cannot be outrun.
        const locked = await repo.lockReport(tx, report.id);
        if (locked?.status !== 'submitted') throw conflict('举报已处理，不能再添加照片');
        if ((await repo.countPhotos(tx, report.id)) >= MAX_PHOTOS)
          throw conflict(`每条举报最多 ${MAX_PHOTOS} 张照片`);
        await tx.insert(publicReportPhotos).values({
          id: photoId,
          reportId: report.id,
          mime: type.mime,
          sizeBytes: bytes.length,
          sha256,
          content: bytes,
          createdAt: at,
        });
        await recordAudit(tx, meta, at, {
          action: 'public_report.photo_added',
          entityType: 'public_report',
          entityId: report.id,
          regionCode: report.streetCode,
          after: { photoId, mime: type.mime, sizeBytes: bytes.length, sha256 },
        });
      });
      return view;
    },

    /** Progress by code: status, dates and the office's reply; never who reported it. */
    async follow(rawCode: string | undefined, meta: RequestMeta): Promise<PublicReportFollow> {
      limiter.take('follow', meta.ip);
      const code = normalizeReportCode(rawCode ?? '');
      const found = code ? await repo.findByCode(db, code) : undefined;
      if (!found) throw notFoundByCode();
      const r = found.report;
      return {
        code: r.code,
        status: r.status,
        districtName: found.districtName,
        streetName: found.streetName,
        place: r.place,
        submittedAt: r.submittedAt.toISOString(),
        handledAt: r.handledAt?.toISOString() ?? null,
        reply: r.handlingNote,
        photoCount: Number(found.photoCount),
        rewarded: r.rewardedAt !== null,
      };
    },
  };
}

export type PublicSubmitService = ReturnType<typeof createPublicSubmitService>;
