import type { SupervisionListQuery } from '@ancha/contracts';
import {
  and,
  asc,
  count,
  desc,
  eq,
  gt,
  gte,
  ilike,
  inArray,
  isNotNull,
  lt,
  ne,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.ts';
import {
  catalogs,
  catalogVersions,
  enterprises,
  hazards,
  industries,
  inspections,
  ledgerEntries,
  regions,
  sites,
  users,
} from '../../db/schema/index.ts';
import { type Actor, enterpriseScopeWhere } from '../../lib/access.ts';
import { containsPattern, NO_ID } from '../../lib/paging.ts';

/**
 * Who sees a supervision inspection (G2): regulators in their G1 scope once it is submitted, and
 * its author its draft; the inspected enterprise's users once it is submitted. Self-inspections
 * are never listed here, nor supervision records by /inspections.
 */
export function supervisionScope(actor: Actor): SQL | undefined {
  const kind = eq(inspections.kind, 'supervision');
  if (actor.role === 'ent_admin' || actor.role === 'ent_inspector') {
    return and(
      kind,
      eq(inspections.enterpriseId, actor.enterpriseId ?? NO_ID),
      ne(inspections.status, 'draft'),
    );
  }
  return and(
    kind,
    enterpriseScopeWhere(actor),
    or(ne(inspections.status, 'draft'), eq(inspections.inspectorId, actor.id)),
  );
}

const district = alias(regions, 'district');
const street = alias(regions, 'street');

/** A record with what the ledger prints: the unit's name and address, its district and street. */
function rows(db: DbOrTx) {
  return db
    .select({
      inspection: inspections,
      siteName: sites.name,
      enterpriseName: enterprises.name,
      // The attachment asks for the place's address (门牌号): the site's, else the enterprise's.
      address: sql<string | null>`coalesce(nullif(${sites.address}, ''), nullif(${enterprises.address}, ''))`,
      districtName: sql<string>`coalesce(${district.name}, ${inspections.districtCode})`,
      streetName: sql<string>`coalesce(${street.name}, ${inspections.streetCode})`,
      catalogName: catalogVersions.name,
      catalogVersion: catalogVersions.version,
      industryName: industries.name,
      inspectorName: users.displayName,
    })
    .from(inspections)
    .innerJoin(sites, eq(sites.id, inspections.siteId))
    .innerJoin(enterprises, eq(enterprises.id, inspections.enterpriseId))
    .innerJoin(catalogVersions, eq(catalogVersions.id, inspections.catalogVersionId))
    .innerJoin(catalogs, eq(catalogs.id, inspections.catalogId))
    .innerJoin(industries, eq(industries.code, catalogs.industryCode))
    .innerJoin(users, eq(users.id, inspections.inspectorId))
    .leftJoin(district, eq(district.code, inspections.districtCode))
    .leftJoin(street, eq(street.code, inspections.streetCode));
}
export type SupervisionRow = Awaited<ReturnType<typeof listSupervision>>[number];

export async function findSupervision(db: DbOrTx, scope: SQL | undefined, id: string) {
  const [row] = await rows(db)
    .where(and(scope, eq(inspections.id, id)))
    .limit(1);
  return row;
}

/** A Beijing calendar date's first instant. */
const dayStart = (d: string) => new Date(`${d}T00:00:00+08:00`);
const nextDay = (d: string) => new Date(dayStart(d).getTime() + 24 * 3600 * 1000);

/** The ledger's filters as one condition (the list's and the export's). */
export function filterWhere(q: Omit<SupervisionListQuery, 'limit' | 'cursor'>): SQL | undefined {
  const words = q.keyword ? containsPattern(q.keyword) : undefined;
  return and(
    q.status ? eq(inspections.status, q.status) : undefined,
    q.checkType ? eq(inspections.checkType, q.checkType) : undefined,
    q.penaltyType ? eq(inspections.penaltyType, q.penaltyType) : undefined,
    q.districtCode ? eq(inspections.districtCode, q.districtCode) : undefined,
    q.streetCode ? eq(inspections.streetCode, q.streetCode) : undefined,
    q.enterpriseId ? eq(inspections.enterpriseId, q.enterpriseId) : undefined,
    q.from ? gte(inspections.submittedAt, dayStart(q.from)) : undefined,
    q.to ? lt(inspections.submittedAt, nextDay(q.to)) : undefined,
    words
      ? or(
          ilike(enterprises.name, words),
          ilike(inspections.checkUnit, words),
          ilike(sites.address, words),
          ilike(enterprises.address, words),
        )
      : undefined,
  );
}

/** Newest first (ids are UUIDv7: creation order), keyset on the id. */
export function listSupervision(
  db: DbOrTx,
  f: { where: SQL | undefined; after?: string | undefined; limit: number },
) {
  return rows(db)
    .where(and(f.where, f.after ? lt(inspections.id, f.after) : undefined))
    .orderBy(desc(inspections.id))
    .limit(f.limit);
}

/** Oldest first, for the export's pages of a thousand. */
export function exportPage(db: DbOrTx, where: SQL | undefined, after: string | null, limit: number) {
  return rows(db)
    .where(and(where, after ? gt(inspections.id, after) : undefined))
    .orderBy(asc(inspections.id))
    .limit(limit);
}

/**
 * Per inspection: its hazards (withdrawn ones aside) and the ledger numbers they were given
 * (填表说明 5: the number of the matching ledger entry, 无 when not listed), in one query each.
 */
export async function hazardsAndLedgerNos(db: DbOrTx, ids: string[]) {
  const result = new Map<string, { hazardCount: number; ledgerNos: string[] }>();
  if (ids.length === 0) return result;
  for (const id of ids) result.set(id, { hazardCount: 0, ledgerNos: [] });
  const counts = await db
    .select({ id: hazards.inspectionId, n: count() })
    .from(hazards)
    .where(and(inArray(hazards.inspectionId, ids), ne(hazards.status, 'withdrawn')))
    .groupBy(hazards.inspectionId);
  for (const c of counts) result.get(c.id)!.hazardCount = c.n;
  const numbers = await db
    .select({ id: hazards.inspectionId, no: ledgerEntries.ledgerNo })
    .from(ledgerEntries)
    .innerJoin(hazards, eq(hazards.id, ledgerEntries.hazardId))
    .where(and(inArray(hazards.inspectionId, ids), isNotNull(ledgerEntries.ledgerNo)))
    .orderBy(asc(ledgerEntries.ledgerNo));
  for (const n of numbers) result.get(n.id)!.ledgerNos.push(n.no!);
  return result;
}
