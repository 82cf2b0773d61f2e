import {
  type PublicReportDetail,
  type PublicReportListQuery,
  type PublicReportView,
  publicReportPhotoUrl,
} from '@ancha/contracts';
import { type Actor, requireAccess } from '../../lib/access.ts';
import type { Deps } from '../../lib/context.ts';
import { notFound } from '../../lib/errors.ts';
import { assertCursor } from '../../lib/paging.ts';
import * as repo from './public-reports.repository.ts';

const iso = (d: Date | null) => d?.toISOString() ?? null;

function toView(row: NonNullable<repo.ReportListRow>): PublicReportView {
  const r = row.report;
  return {
    id: r.id,
    status: r.status,
    districtCode: r.districtCode,
    districtName: row.districtName,
    streetCode: r.streetCode,
    streetName: row.streetName,
    place: r.place,
    unitName: r.unitName,
    description: r.description,
    anonymous: r.anonymous,
    submittedAt: r.submittedAt.toISOString(),
    handledAt: iso(r.handledAt),
    photoCount: Number(row.photoCount),
    enterpriseId: r.enterpriseId,
    ledgerEntryId: r.ledgerEntryId,
    rewardFen: r.rewardFen,
  };
}

/** The handling offices' reading of reports (P1): the list, one report with its reporter, photos. */
export function createPublicReportsService({ database }: Deps) {
  const db = database.db;

  return {
    async list(caller: Actor | null, q: PublicReportListQuery) {
      const actor = requireAccess(caller, 'report.read');
      assertCursor(q.cursor);
      const rows = await repo.listReports(db, {
        ...q,
        scope: repo.reportScope(actor),
        after: q.cursor,
        limit: q.limit + 1,
      });
      const page = rows.slice(0, q.limit);
      return {
        items: page.map(toView),
        nextCursor: rows.length > q.limit ? page.at(-1)!.report.id : null,
      };
    },

    /** With the reporter's name and phone: only the offices of the report's place get this far. */
    async detail(caller: Actor | null, id: string): Promise<PublicReportDetail> {
      const actor = requireAccess(caller, 'report.read');
      const found = await repo.findReport(db, repo.reportScope(actor), id);
      if (!found) throw notFound('举报');
      const r = found.report;
      const photos = await repo.photosOf(db, id);
      return {
        ...toView(found),
        reporterName: r.reporterName,
        reporterPhone: r.reporterPhone,
        handlingNote: r.handlingNote,
        ...(await repo.links(db, r)),
        rewardNote: r.rewardNote,
        rewardedAt: iso(r.rewardedAt),
        photos: photos.map((p) => ({ ...p, url: publicReportPhotoUrl(p.id) })),
      };
    },

    async photo(caller: Actor | null, photoId: string) {
      const actor = requireAccess(caller, 'report.read');
      const photo = await repo.findPhoto(db, photoId);
      if (!photo || !(await repo.findReport(db, repo.reportScope(actor), photo.reportId)))
        throw notFound('照片');
      return photo;
    },
  };
}

export type PublicReportsService = ReturnType<typeof createPublicReportsService>;
