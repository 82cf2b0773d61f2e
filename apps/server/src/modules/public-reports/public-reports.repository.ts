import { and, count, desc, eq, ilike, lt, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx, Tx } from '../../db/client.ts';
import {
  enterprises,
  ledgerEntries,
  publicReportPhotos,
  publicReports,
  regions,
} from '../../db/schema/index.ts';
import { type Actor, CITY_CODE } from '../../lib/access.ts';
import { containsPattern, NO_ID } from '../../lib/paging.ts';

export type ReportRow = typeof publicReports.$inferSelect;

/**
 * G1 by the report's place: the street office its street, the district office its district,
 * the city and the platform admin everything. Other roles are refused before this (access.ts).
 */
export function reportScope(actor: Pick<Actor, 'role' | 'regionCode'>): SQL | undefined {
  if (actor.role === 'admin' || actor.regionCode === CITY_CODE) return undefined;
  if (actor.regionCode?.length === 6) return eq(publicReports.districtCode, actor.regionCode);
  if (actor.regionCode?.length === 9) return eq(publicReports.streetCode, actor.regionCode);
  return eq(publicReports.id, NO_ID);
}

const district = alias(regions, 'district');
const street = alias(regions, 'street');
const photoCount = sql<number>`(select count(*)::int from ${publicReportPhotos} where ${publicReportPhotos.reportId} = ${publicReports.id})`;

function reportRows(db: DbOrTx) {
  return db
    .select({
      report: publicReports,
      districtName: sql<string>`coalesce(${district.name}, ${publicReports.districtCode})`,
      streetName: sql<string>`coalesce(${street.name}, ${publicReports.streetCode})`,
      photoCount,
    })
    .from(publicReports)
    .leftJoin(district, eq(district.code, publicReports.districtCode))
    .leftJoin(street, eq(street.code, publicReports.streetCode));
}
export type ReportListRow = Awaited<ReturnType<typeof findReport>> & {};

export interface ReportFilter {
  status?: ReportRow['status'] | undefined;
  districtCode?: string | undefined;
  streetCode?: string | undefined;
  keyword?: string | undefined;
}

export function listReports(
  db: DbOrTx,
  f: ReportFilter & { scope: SQL | undefined; after?: string | undefined; limit: number },
) {
  const words = f.keyword ? containsPattern(f.keyword) : undefined;
  return (
    reportRows(db)
      .where(
        and(
          f.scope,
          f.status ? eq(publicReports.status, f.status) : undefined,
          f.districtCode ? eq(publicReports.districtCode, f.districtCode) : undefined,
          f.streetCode ? eq(publicReports.streetCode, f.streetCode) : undefined,
          words
            ? or(
                ilike(publicReports.place, words),
                ilike(publicReports.unitName, words),
                ilike(publicReports.description, words),
              )
            : undefined,
          f.after ? lt(publicReports.id, f.after) : undefined,
        ),
      )
      // Newest first; ids are UUIDv7, so id order is submission order and stable for the cursor.
      .orderBy(desc(publicReports.id))
      .limit(f.limit)
  );
}

export async function findReport(db: DbOrTx, scope: SQL | undefined, id: string) {
  const [row] = await reportRows(db)
    .where(and(scope, eq(publicReports.id, id)))
    .limit(1);
  return row;
}

export async function findByCode(db: DbOrTx, code: string) {
  const [row] = await reportRows(db).where(eq(publicReports.code, code)).limit(1);
  return row;
}

/** The report's row, locked until the transaction ends: one finding at a time per report. */
export async function lockReport(tx: Tx, id: string): Promise<ReportRow | undefined> {
  const [row] = await tx.select().from(publicReports).where(eq(publicReports.id, id)).for('update');
  return row;
}

export function photosOf(db: DbOrTx, reportId: string) {
  return db
    .select({
      id: publicReportPhotos.id,
      mime: publicReportPhotos.mime,
      sizeBytes: publicReportPhotos.sizeBytes,
    })
    .from(publicReportPhotos)
    .where(eq(publicReportPhotos.reportId, reportId))
    .orderBy(publicReportPhotos.id);
}

export async function countPhotos(db: DbOrTx, reportId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(publicReportPhotos)
    .where(eq(publicReportPhotos.reportId, reportId));
  return Number(row?.n ?? 0);
}

export async function findPhoto(db: DbOrTx, id: string) {
  const [row] = await db.select().from(publicReportPhotos).where(eq(publicReportPhotos.id, id)).limit(1);
  return row;
}

/** What the detail names besides the report: the linked enterprise and the ledger entry. */
export async function links(db: DbOrTx, r: ReportRow) {
  const [e] = r.enterpriseId
    ? await db.select({ name: enterprises.name }).from(enterprises).where(eq(enterprises.id, r.enterpriseId))
    : [];
  const [l] = r.ledgerEntryId
    ? await db
        .select({ no: ledgerEntries.ledgerNo, status: ledgerEntries.status })
        .from(ledgerEntries)
        .where(eq(ledgerEntries.id, r.ledgerEntryId))
    : [];
  return { enterpriseName: e?.name ?? null, ledgerNo: l?.no ?? null, ledgerStatus: l?.status ?? null };
}

/** Whether the street belongs to the district (the public picks both from the region tree). */
export async function streetOf(db: DbOrTx, districtCode: string, streetCode: string) {
  const [row] = await db
    .select({ code: regions.code })
    .from(regions)
    .where(and(eq(regions.code, streetCode), eq(regions.parentCode, districtCode), eq(regions.level, 3)));
  return row;
}
