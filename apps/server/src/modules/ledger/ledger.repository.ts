import {
  and,
  arrayContains,
  arrayOverlaps,
  count,
  desc,
  eq,
  ilike,
  isNull,
  lt,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx, Tx } from '../../db/client.ts';
import { ledgerEntries, ledgerSequences, regions } from '../../db/schema/index.ts';
import { type Actor, CITY_CODE, enterpriseInScope } from '../../lib/access.ts';
import { containsPattern, NO_ID } from '../../lib/paging.ts';

export type LedgerRow = typeof ledgerEntries.$inferSelect;

/**
 * G1 on the entry's own region and industry columns (copied from the enterprise at proposal),
 * so a regulator's list needs no join: street and district offices their region, industry
 * departments their industries within their region, the city and the platform admin everything.
 */
export function ledgerScope(actor: Pick<Actor, 'role' | 'regionCode' | 'industries'>): SQL | undefined {
  const region = regionWhere(actor.regionCode);
  switch (actor.role) {
    case 'admin':
      return undefined;
    case 'gov_industry':
      return and(region, arrayOverlaps(ledgerEntries.industries, actor.industries));
    case 'gov_street':
    case 'gov_district':
    case 'gov_city':
      return region;
    default:
      return eq(ledgerEntries.id, NO_ID);
  }
}

function regionWhere(regionCode: string | null): SQL | undefined {
  if (regionCode === CITY_CODE) return undefined;
  if (regionCode?.length === 6) return eq(ledgerEntries.districtCode, regionCode);
  if (regionCode?.length === 9) return eq(ledgerEntries.streetCode, regionCode);
  return eq(ledgerEntries.id, NO_ID);
}

/** The same rule for one row already read (a locked row, before acting on it). */
export function entryInScope(actor: Actor, row: LedgerRow): boolean {
  return enterpriseInScope(actor, {
    id: row.enterpriseId ?? NO_ID,
    districtCode: row.districtCode,
    streetCode: row.streetCode,
    industries: row.industries,
  });
}

/** 逾期: listed and past its deadline (a Beijing calendar date). */
export const overdueWhere = (today: string) =>
  and(eq(ledgerEntries.status, 'listed'), lt(ledgerEntries.deadline, today));

const district = alias(regions, 'district');
const street = alias(regions, 'street');

export function entryRows(db: DbOrTx) {
  return db
    .select({
      entry: ledgerEntries,
      districtName: sql<string>`coalesce(${district.name}, ${ledgerEntries.districtCode})`,
      streetName: sql<string>`coalesce(${street.name}, ${ledgerEntries.streetCode})`,
    })
    .from(ledgerEntries)
    .leftJoin(district, eq(district.code, ledgerEntries.districtCode))
    .leftJoin(street, eq(street.code, ledgerEntries.streetCode));
}
export type LedgerListRow = NonNullable<Awaited<ReturnType<typeof findEntry>>>;

export interface LedgerFilter {
  status?: LedgerRow['status'] | undefined;
  districtCode?: string | undefined;
  streetCode?: string | undefined;
  industry?: string | undefined;
  hazardType?: string | undefined;
  level?: 'general' | 'major' | undefined;
  overdue?: boolean | undefined;
  keyword?: string | undefined;
}

export function listEntries(
  db: DbOrTx,
  f: LedgerFilter & { scope: SQL | undefined; today: string; after?: string | undefined; limit: number },
) {
  const words = f.keyword ? containsPattern(f.keyword) : undefined;
  return (
    entryRows(db)
      .where(
        and(
          f.scope,
          f.status ? eq(ledgerEntries.status, f.status) : undefined,
          f.districtCode ? eq(ledgerEntries.districtCode, f.districtCode) : undefined,
          f.streetCode ? eq(ledgerEntries.streetCode, f.streetCode) : undefined,
          f.industry ? arrayContains(ledgerEntries.industries, [f.industry]) : undefined,
          f.hazardType ? eq(ledgerEntries.hazardType, f.hazardType) : undefined,
          f.level ? eq(ledgerEntries.level, f.level) : undefined,
          f.overdue === true ? overdueWhere(f.today) : undefined,
          f.overdue === false
            ? or(
                sql`${ledgerEntries.status} <> 'listed'`,
                isNull(ledgerEntries.deadline),
                sql`${ledgerEntries.deadline} >= ${f.today}`,
              )
            : undefined,
          words
            ? or(
                ilike(ledgerEntries.unitName, words),
                ilike(ledgerEntries.description, words),
                ilike(ledgerEntries.ledgerNo, words),
                ilike(ledgerEntries.address, words),
              )
            : undefined,
          f.after ? lt(ledgerEntries.id, f.after) : undefined,
        ),
      )
      // Newest first: ids are UUIDv7, so id order is proposal order, and stable for the cursor.
      .orderBy(desc(ledgerEntries.id))
      .limit(f.limit)
  );
}

export async function findEntry(db: DbOrTx, scope: SQL | undefined, id: string) {
  const [row] = await entryRows(db)
    .where(and(scope, eq(ledgerEntries.id, id)))
    .limit(1);
  return row;
}

/** The entry's row, locked until the transaction ends: one action at a time per entry. */
export async function lockEntry(tx: Tx, id: string): Promise<LedgerRow | undefined> {
  const [row] = await tx.select().from(ledgerEntries).where(eq(ledgerEntries.id, id)).for('update');
  return row;
}

/**
 * The next number of a street's day. Concurrent listings queue on the sequence row until the
 * one before commits or rolls back, so numbers are unique and leave no gap.
 */
export async function nextSequence(tx: Tx, streetCode: string, day: string): Promise<number> {
  const [row] = await tx
    .insert(ledgerSequences)
    .values({ streetCode, day, last: 1 })
    .onConflictDoUpdate({
      target: [ledgerSequences.streetCode, ledgerSequences.day],
      set: { last: sql`${ledgerSequences.last} + 1` },
    })
    .returning({ last: ledgerSequences.last });
  return row!.last;
}

/** Overdue entries per district or per street of the caller's scope, most first. */
export function overdueCounts(db: DbOrTx, scope: SQL | undefined, today: string, by: 'district' | 'street') {
  const code = by === 'district' ? ledgerEntries.districtCode : ledgerEntries.streetCode;
  return db
    .select({
      regionCode: code,
      regionName: sql<string>`coalesce(${regions.name}, ${code})`,
      overdue: count(),
    })
    .from(ledgerEntries)
    .leftJoin(regions, eq(regions.code, code))
    .where(and(scope, overdueWhere(today)))
    .groupBy(code, regions.name)
    .orderBy(desc(count()), code);
}
