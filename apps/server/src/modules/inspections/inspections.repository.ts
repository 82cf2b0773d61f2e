import { and, asc, count, desc, eq, inArray, lt, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import {
  catalogItems,
  catalogs,
  catalogVersions,
  enterprises,
  industries,
  inspectionAnswers,
  inspections,
  sites,
  users,
} from '../../db/schema/index.ts';

function rows(db: DbOrTx) {
  return db
    .select({
      inspection: inspections,
      siteName: sites.name,
      enterpriseName: enterprises.name,
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
    .innerJoin(users, eq(users.id, inspections.inspectorId));
}
export type InspectionRow = NonNullable<Awaited<ReturnType<typeof findInspection>>>;

export async function findInspection(db: DbOrTx, id: string) {
  const [row] = await rows(db).where(eq(inspections.id, id)).limit(1);
  return row;
}

export function listInspections(
  db: DbOrTx,
  f: { scope: SQL | undefined; extra?: SQL | undefined; after?: string | undefined; limit: number },
) {
  return (
    rows(db)
      .where(and(f.scope, f.extra, f.after ? lt(inspections.id, f.after) : undefined))
      // Newest first: ids are UUIDv7, so id order is creation order.
      .orderBy(desc(inspections.id))
      .limit(f.limit)
  );
}

/** Locks the inspection row until the transaction ends: two submissions of one record take turns. */
export async function lockInspection(tx: DbOrTx, id: string) {
  const [row] = await tx.select().from(inspections).where(eq(inspections.id, id)).for('update');
  return row;
}

export function itemsOfVersion(db: DbOrTx, versionId: string) {
  return db
    .select({
      id: catalogItems.id,
      no: catalogItems.no,
      text: catalogItems.text,
      major: catalogItems.majorClauseCode,
    })
    .from(catalogItems)
    .where(eq(catalogItems.versionId, versionId))
    .orderBy(asc(catalogItems.sort));
}

/** Items per catalog version, in one grouped query. */
export async function itemCounts(db: DbOrTx, versionIds: string[]) {
  if (versionIds.length === 0) return new Map<string, number>();
  const rows = await db
    .select({ id: catalogItems.versionId, n: count() })
    .from(catalogItems)
    .where(inArray(catalogItems.versionId, [...new Set(versionIds)]))
    .groupBy(catalogItems.versionId);
  return new Map(rows.map((r) => [r.id, r.n]));
}

export function answersOf(db: DbOrTx, inspectionId: string) {
  return db.select().from(inspectionAnswers).where(eq(inspectionAnswers.inspectionId, inspectionId));
}

/** Answers per inspection, in one grouped query. */
export async function answerCounts(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return new Map<string, number>();
  const rows = await db
    .select({ id: inspectionAnswers.inspectionId, n: count() })
    .from(inspectionAnswers)
    .where(inArray(inspectionAnswers.inspectionId, ids))
    .groupBy(inspectionAnswers.inspectionId);
  return new Map(rows.map((r) => [r.id, r.n]));
}

export async function replaceAnswers(
  db: DbOrTx,
  inspectionId: string,
  answers: (typeof inspectionAnswers.$inferInsert)[],
) {
  await db.delete(inspectionAnswers).where(eq(inspectionAnswers.inspectionId, inspectionId));
  if (answers.length) await db.insert(inspectionAnswers).values(answers);
}

export function publishedVersion(db: DbOrTx, catalogId: string) {
  return db.query.catalogVersions.findFirst({
    where: and(eq(catalogVersions.catalogId, catalogId), eq(catalogVersions.status, 'published')),
  });
}

/** A record's answers with their items' numbers and texts, in catalog order (numbers sort 1.2 < 1.10). */
export async function answerViews(db: DbOrTx, catalogVersionId: string, inspectionId: string) {
  const items = new Map((await itemsOfVersion(db, catalogVersionId)).map((i) => [i.id, i]));
  return (await answersOf(db, inspectionId))
    .map((a) => ({
      ...(a.detail ?? {}),
      itemId: a.itemId,
      answer: a.answer,
      itemNo: items.get(a.itemId)?.no ?? '',
      itemText: items.get(a.itemId)?.text ?? '',
    }))
    .sort((a, b) => a.itemNo.localeCompare(b.itemNo, undefined, { numeric: true }));
}
