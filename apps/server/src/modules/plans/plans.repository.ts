import {
  and,
  arrayContained,
  arrayContains,
  asc,
  eq,
  gte,
  inArray,
  lt,
  ne,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { DbOrTx, Tx } from '../../db/client.ts';
import {
  inspections,
  ledgerEntries,
  regions,
  supervisionPlanRows,
  supervisionPlans,
  users,
} from '../../db/schema/index.ts';
import type { Office } from '../../lib/offices.ts';
import { ledgerScope } from '../ledger/ledger.repository.ts';
import { beijingYear } from './office.ts';

export type PlanRow = typeof supervisionPlans.$inferSelect & { regionName: string };
export type PlanScheduleRow = typeof supervisionPlanRows.$inferSelect;

function planRows(db: DbOrTx) {
  return db
    .select({
      id: supervisionPlans.id,
      year: supervisionPlans.year,
      officeKey: supervisionPlans.officeKey,
      regionCode: supervisionPlans.regionCode,
      unitName: supervisionPlans.unitName,
      targetInspections: supervisionPlans.targetInspections,
      verificationPercent: supervisionPlans.verificationPercent,
      note: supervisionPlans.note,
      createdBy: supervisionPlans.createdBy,
      createdAt: supervisionPlans.createdAt,
      updatedAt: supervisionPlans.updatedAt,
      regionName: sql<string>`coalesce(${regions.name}, ${supervisionPlans.regionCode})`,
    })
    .from(supervisionPlans)
    .leftJoin(regions, eq(regions.code, supervisionPlans.regionCode));
}

export async function findPlan(db: DbOrTx, where: SQL | undefined): Promise<PlanRow | undefined> {
  const [row] = await planRows(db).where(where).limit(1);
  return row;
}

export const byOffice = (officeKey: string, year: number) =>
  and(eq(supervisionPlans.officeKey, officeKey), eq(supervisionPlans.year, year));

/** The plans of the offices below the caller, by region then office. */
export function listPlans(db: DbOrTx, year: number, below: SQL) {
  return planRows(db)
    .where(and(eq(supervisionPlans.year, year), below))
    .orderBy(asc(supervisionPlans.regionCode), asc(supervisionPlans.officeKey));
}

export async function scheduleRows(db: DbOrTx, planIds: string[]): Promise<PlanScheduleRow[]> {
  if (planIds.length === 0) return [];
  return db
    .select()
    .from(supervisionPlanRows)
    .where(inArray(supervisionPlanRows.planId, planIds))
    .orderBy(asc(supervisionPlanRows.planId), asc(supervisionPlanRows.sort));
}

/** The plan of an office and year, locked: a concurrent save of the same plan waits for this one. */
export async function lockPlan(tx: Tx, officeKey: string, year: number) {
  const [row] = await tx.select().from(supervisionPlans).where(byOffice(officeKey, year)).for('update');
  return row;
}

/**
 * 监督检查家次: supervision inspections submitted in the year by accounts of the office. The
 * inspector's role, region and (for industry departments) industries, as a set, must be the
 * office's; drafts do not count.
 */
export async function countInspections(db: DbOrTx, office: Office, year: number): Promise<number> {
  const { from, to } = beijingYear(year);
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(inspections)
    .innerJoin(users, eq(users.id, inspections.inspectorId))
    .where(
      and(
        eq(inspections.kind, 'supervision'),
        ne(inspections.status, 'draft'),
        gte(inspections.submittedAt, from),
        lt(inspections.submittedAt, to),
        eq(users.role, office.role),
        eq(users.regionCode, office.regionCode),
        office.role === 'gov_industry'
          ? and(
              arrayContains(users.industries, office.industries),
              arrayContained(users.industries, office.industries),
            )
          : undefined,
      ),
    );
  return row?.n ?? 0;
}

/** 核查: entries of the office's scope verified in the year, and those closed in the year. */
export async function countVerifications(db: DbOrTx, office: Office, year: number) {
  const { from, to } = beijingYear(year);
  // As text with a cast: a Date in raw SQL is not serialised alike by every driver.
  const within = (column: AnyPgColumn) =>
    sql`${column} >= ${from.toISOString()}::timestamptz and ${column} < ${to.toISOString()}::timestamptz`;
  const [row] = await db
    .select({
      verified: sql<number>`count(*) filter (where ${within(ledgerEntries.verifiedAt)})::int`,
      closed: sql<number>`count(*) filter (where ${ledgerEntries.status} = 'closed' and ${within(ledgerEntries.closedAt)})::int`,
    })
    .from(ledgerEntries)
    .where(ledgerScope(office));
  return { verified: row?.verified ?? 0, closed: row?.closed ?? 0 };
}
