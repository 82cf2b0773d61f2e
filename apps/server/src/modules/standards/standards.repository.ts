import { and, asc, desc, eq, inArray, isNull, like } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import {
  catalogCategories,
  catalogItems,
  catalogs,
  catalogVersions,
  enterprises,
  industries,
  sites,
} from '../../db/schema/index.ts';

/** The enterprise's standard (one per enterprise: catalogs.enterprise_id). */
export function findStandard(db: DbOrTx, enterpriseId: string) {
  return db.query.catalogs.findFirst({ where: eq(catalogs.enterpriseId, enterpriseId) });
}

export function findEnterprise(db: DbOrTx, id: string) {
  return db.query.enterprises.findFirst({
    where: eq(enterprises.id, id),
    columns: { id: true, name: true, districtCode: true, streetCode: true, industries: true },
  });
}

/** Every version of a catalog, oldest first. */
export function versionsOf(db: DbOrTx, catalogId: string) {
  return db
    .select()
    .from(catalogVersions)
    .where(eq(catalogVersions.catalogId, catalogId))
    .orderBy(asc(catalogVersions.version));
}

/** The newest published version of a catalog: what inspections and post checklists use. */
export function publishedVersion(db: DbOrTx, catalogId: string) {
  return db.query.catalogVersions.findFirst({
    where: and(eq(catalogVersions.catalogId, catalogId), eq(catalogVersions.status, 'published')),
  });
}

/** Official catalogs (not another enterprise's standard) with their published version. */
export function publishedOfficial(db: DbOrTx, ids: string[]) {
  return db
    .select({
      id: catalogs.id,
      code: catalogs.code,
      industryCode: catalogs.industryCode,
      isGeneral: industries.isGeneral,
      versionId: catalogVersions.id,
      version: catalogVersions.version,
      name: catalogVersions.name,
    })
    .from(catalogs)
    .innerJoin(industries, eq(industries.code, catalogs.industryCode))
    .innerJoin(
      catalogVersions,
      and(eq(catalogVersions.catalogId, catalogs.id), eq(catalogVersions.status, 'published')),
    )
    .where(and(inArray(catalogs.id, ids), isNull(catalogs.enterpriseId)));
}

export function itemRows(db: DbOrTx, versionId: string) {
  return db.select().from(catalogItems).where(eq(catalogItems.versionId, versionId));
}

export function categoryRows(db: DbOrTx, versionId: string) {
  return db.select().from(catalogCategories).where(eq(catalogCategories.versionId, versionId));
}

/** The source versions items came from, with their catalog: for the view and the diff. */
export function sourceVersions(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select({
      id: catalogVersions.id,
      catalogId: catalogVersions.catalogId,
      version: catalogVersions.version,
      name: catalogVersions.name,
    })
    .from(catalogVersions)
    .where(inArray(catalogVersions.id, [...new Set(ids)]));
}

/**
 * The highest number of an item the enterprise wrote (E-n) in any version of its standard: a
 * new one takes the next, so a number removed in one version never comes back as another item
 * (post checklists refer to items by number).
 */
export async function lastOwnNumber(db: DbOrTx, catalogId: string): Promise<number> {
  const rows = await db
    .select({ no: catalogItems.no })
    .from(catalogItems)
    .innerJoin(catalogVersions, eq(catalogVersions.id, catalogItems.versionId))
    .where(and(eq(catalogVersions.catalogId, catalogId), like(catalogItems.no, 'E-%')));
  return rows.reduce((max, r) => Math.max(max, Number(r.no.slice(2)) || 0), 0);
}

/**
 * The site a post inspection is kept under (inspections.site_id is required): the enterprise's
 * first site by creation, its main premises in practice. A post's checklist is not a place, so
 * this only keeps the record where regulators' site-based reads expect it.
 */
export async function firstSite(db: DbOrTx, enterpriseId: string) {
  const [row] = await db
    .select()
    .from(sites)
    .where(eq(sites.enterpriseId, enterpriseId))
    .orderBy(asc(sites.createdAt), asc(sites.id))
    .limit(1);
  return row;
}

export async function lastSort(db: DbOrTx, versionId: string) {
  const [row] = await db
    .select({ sort: catalogCategories.sort })
    .from(catalogCategories)
    .where(eq(catalogCategories.versionId, versionId))
    .orderBy(desc(catalogCategories.sort))
    .limit(1);
  return row?.sort ?? -1;
}
