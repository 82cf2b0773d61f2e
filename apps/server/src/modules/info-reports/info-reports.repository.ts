import type { InfoReportKind, InfoReportSummary } from '@ancha/contracts';
import { and, desc, eq, inArray, lt, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { infoReports, users } from '../../db/schema/index.ts';
import { officeNames } from '../../lib/offices.ts';

export type InfoReportRow = typeof infoReports.$inferSelect & { submittedByName: string };

function reportRows(db: DbOrTx) {
  return db
    .select({
      id: infoReports.id,
      kind: infoReports.kind,
      period: infoReports.period,
      officeKey: infoReports.officeKey,
      officeName: infoReports.officeName,
      toOfficeKey: infoReports.toOfficeKey,
      title: infoReports.title,
      bodyHtml: infoReports.bodyHtml,
      attachmentIds: infoReports.attachmentIds,
      submittedBy: infoReports.submittedBy,
      submittedAt: infoReports.submittedAt,
      submittedByName: users.displayName,
    })
    .from(infoReports)
    .innerJoin(users, eq(users.id, infoReports.submittedBy));
}

export async function findReport(db: DbOrTx, id: string): Promise<InfoReportRow | undefined> {
  const [row] = await reportRows(db).where(eq(infoReports.id, id)).limit(1);
  return row;
}

export interface ReportFilter {
  period?: string | undefined;
  kind?: InfoReportKind | undefined;
  kinds?: readonly InfoReportKind[];
}

export function filterWhere(f: ReportFilter): SQL | undefined {
  return and(
    f.period ? eq(infoReports.period, f.period) : undefined,
    f.kind ? eq(infoReports.kind, f.kind) : undefined,
    f.kinds ? inArray(infoReports.kind, [...f.kinds]) : undefined,
  );
}

/** Newest first; ids are UUIDv7, so the id orders by submission and pages as a cursor. */
export function listReports(db: DbOrTx, where: SQL | undefined, limit: number, cursor?: string) {
  return reportRows(db)
    .where(and(where, cursor ? lt(infoReports.id, cursor) : undefined))
    .orderBy(desc(infoReports.id))
    .limit(limit);
}

export const sentBy = (officeKey: string) => eq(infoReports.officeKey, officeKey);
export const sentTo = (officeKey: string) => eq(infoReports.toOfficeKey, officeKey);

/** List items: the receiving office named as it is called now (its name is not stored). */
export async function summaries(db: DbOrTx, rows: InfoReportRow[]): Promise<InfoReportSummary[]> {
  const names = await officeNames(db, [...new Set(rows.map((r) => r.toOfficeKey))]);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    period: r.period,
    officeKey: r.officeKey,
    officeName: r.officeName,
    toOfficeKey: r.toOfficeKey,
    toOfficeName: names.get(r.toOfficeKey) ?? r.toOfficeKey,
    title: r.title,
    attachmentCount: r.attachmentIds.length,
    submittedByName: r.submittedByName,
    submittedAt: r.submittedAt.toISOString(),
  }));
}
