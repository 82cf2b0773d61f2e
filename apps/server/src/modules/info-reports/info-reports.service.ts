import {
  type InfoReportData,
  type InfoReportList,
  type InfoReportListQuery,
  type InfoReportView,
  isQuarterlyKind,
  periodOf,
  periodStartIndex,
  shanghaiDate,
} from '@ancha/contracts';
import { and, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { infoReports } from '../../db/schema/index.ts';
import { type Actor, requireAccess } from '../../lib/access.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { Deps, RequestMeta } from '../../lib/context.ts';
import { fieldError, forbidden, notFound } from '../../lib/errors.ts';
import { htmlToText, sanitizeRichText } from '../../lib/html.ts';
import { newId } from '../../lib/ids.ts';
import { officeAboveOf, officeKeyOf, officeRegion, requireOffice } from '../../lib/offices.ts';
import { assertCursor } from '../../lib/paging.ts';
import {
  attachmentRefs,
  claimAttachments,
  registerAttachmentReader,
} from '../attachments/attachments.service.ts';
import * as repo from './info-reports.repository.ts';
import { createOverview } from './info-reports-overview.ts';

/** The sending office, the office above it and the platform admin read a report; others do not. */
function mayRead(actor: Actor, r: { officeKey: string; toOfficeKey: string }): boolean {
  if (actor.role === 'admin') return true;
  const own = officeKeyOf(actor);
  return own !== null && (own === r.officeKey || own === r.toOfficeKey);
}

async function readable(db: DbOrTx, actor: Actor, id: string) {
  const r = await repo.findReport(db, id);
  if (!r || !mayRead(actor, r)) throw notFound('报送信息');
  return r;
}

/**
 * 信息报送 (G8, seed 003 信息管理制度): an office sends work information, typical cases (monthly)
 * and its quarterly summary to the office above; the office above reads them and sees who has
 * not sent anything for a period.
 */
export function createInfoReportsService({ database, now }: Deps) {
  const db = database.db;
  // A report's attachments are read by whoever may read the report.
  registerAttachmentReader('info_report', async (d, actor, ownerId) => {
    const r = await repo.findReport(d, ownerId);
    return r !== undefined && mayRead(actor, r);
  });

  async function view(actor: Actor, r: repo.InfoReportRow): Promise<InfoReportView> {
    const [summary] = await repo.summaries(db, [r]);
    return {
      ...summary!,
      bodyHtml: r.bodyHtml,
      attachments: await attachmentRefs(db, r.attachmentIds),
      own: officeKeyOf(actor) === r.officeKey,
    };
  }

  async function page(where: SQL | undefined, q: InfoReportListQuery) {
    assertCursor(q.cursor);
    const rows = await repo.listReports(db, where, q.limit + 1, q.cursor);
    const items = rows.slice(0, q.limit);
    return {
      items: await repo.summaries(db, items),
      nextCursor: rows.length > q.limit ? items.at(-1)!.id : null,
    } satisfies InfoReportList;
  }

  return {
    async submit(caller: Actor | null, input: InfoReportData, meta: RequestMeta): Promise<InfoReportView> {
      const actor = requireAccess(caller, 'info_report.submit');
      const officeKey = requireOffice(actor);
      const toOfficeKey = officeAboveOf(actor);
      if (!toOfficeKey) throw forbidden('市级单位没有上级单位，无需报送信息');
      const at = now();
      const current = periodOf(shanghaiDate(at), isQuarterlyKind(input.kind));
      const period = input.period ?? current;
      // Late reports are accepted (the office above sees when they came); future ones are not.
      if (periodStartIndex(period) > periodStartIndex(current))
        throw fieldError('period', '不能报送尚未开始的月份或季度');
      const bodyHtml = sanitizeRichText(input.bodyHtml);
      if (htmlToText(bodyHtml) === '') throw fieldError('bodyHtml', '请填写正文');
      const id = newId();
      await db.transaction(async (tx) => {
        const row = {
          id,
          kind: input.kind,
          period,
          officeKey,
          officeName: actor.displayName,
          toOfficeKey,
          title: input.title,
          bodyHtml,
          attachmentIds: input.attachmentIds,
          submittedBy: actor.id,
          submittedAt: at,
        };
        await tx.insert(infoReports).values(row);
        const attachments = await claimAttachments(tx, actor, input.attachmentIds, 'info_report', id);
        await recordAudit(tx, { ...meta, actor }, at, {
          action: 'info_report.submitted',
          entityType: 'info_report',
          entityId: id,
          regionCode: officeRegion(officeKey),
          after: { ...row, bodyHtml: undefined, attachments: attachments.map((a) => a.name) },
        });
      });
      return view(actor, (await repo.findReport(db, id))!);
    },

    /** The caller's office's own submissions, newest first. */
    async mine(caller: Actor | null, q: InfoReportListQuery): Promise<InfoReportList> {
      const actor = requireAccess(caller, 'info_report.submit');
      return page(and(repo.sentBy(requireOffice(actor)), repo.filterWhere(q)), q);
    },

    /** What the offices below sent to the caller's office. */
    async received(caller: Actor | null, q: InfoReportListQuery): Promise<InfoReportList> {
      const actor = requireAccess(caller, 'info_report.submit');
      return page(and(repo.sentTo(requireOffice(actor)), repo.filterWhere(q)), q);
    },

    async get(caller: Actor | null, id: string): Promise<InfoReportView> {
      const actor = requireAccess(caller, 'info_report.read');
      return view(actor, await readable(db, actor, id));
    },

    overview: createOverview(db, now),
  };
}

export type InfoReportsService = ReturnType<typeof createInfoReportsService>;
