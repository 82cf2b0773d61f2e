import { and, asc, count, eq, ilike, inArray, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.ts';
import {
  catalogCategories,
  catalogItems,
  catalogs,
  catalogVersions,
  enterprises,
  industries,
  majorClauses,
  majorCriteria,
} from '../../db/schema/index.ts';
import { containsPattern } from '../../lib/paging.ts';
import { ownerJoin } from './catalog-visibility.ts';

export function allIndustries(db: DbOrTx) {
  return db.select().from(industries).orderBy(asc(industries.sort));
}

/**
 * Every live version (published or draft) of the catalogs matching the filter, with its size;
 * `scope` (catalogScopeWhere) leaves out other enterprises' standards.
 */
export function liveVersions(
  db: DbOrTx,
  filter: { industry?: string | undefined; keyword?: string | undefined },
  scope: SQL | undefined,
) {
  const itemCount = db
    .select({ versionId: catalogItems.versionId, n: count().as('n') })
    .from(catalogItems)
    .groupBy(catalogItems.versionId)
    .as('item_count');
  const keyword = filter.keyword ? containsPattern(filter.keyword) : undefined;
  return db
    .select({
      catalogId: catalogs.id,
      code: catalogs.code,
      industryCode: catalogs.industryCode,
      enterpriseId: catalogs.enterpriseId,
      id: catalogVersions.id,
      version: catalogVersions.version,
      status: catalogVersions.status,
      name: catalogVersions.name,
      publishedAt: catalogVersions.publishedAt,
      itemCount: itemCount.n,
    })
    .from(catalogVersions)
    .innerJoin(catalogs, eq(catalogs.id, catalogVersions.catalogId))
    .leftJoin(enterprises, ownerJoin)
    .leftJoin(itemCount, eq(itemCount.versionId, catalogVersions.id))
    .where(
      and(
        scope,
        inArray(catalogVersions.status, ['published', 'draft']),
        filter.industry ? eq(catalogs.industryCode, filter.industry) : undefined,
        keyword ? ilike(catalogVersions.name, keyword) : undefined,
      ),
    )
    .orderBy(asc(catalogs.code), asc(catalogVersions.version));
}

/** A catalog with its industry and, for an enterprise standard, the owner's scope columns. */
export function findCatalog(db: DbOrTx, id: string) {
  return db
    .select({
      id: catalogs.id,
      code: catalogs.code,
      industryCode: catalogs.industryCode,
      industryName: industries.name,
      enterpriseId: catalogs.enterpriseId,
      ownerDistrict: enterprises.districtCode,
      ownerStreet: enterprises.streetCode,
      ownerIndustries: enterprises.industries,
    })
    .from(catalogs)
    .innerJoin(industries, eq(industries.code, catalogs.industryCode))
    .leftJoin(enterprises, ownerJoin)
    .where(eq(catalogs.id, id))
    .then((rows) => {
      const r = rows[0];
      if (!r) return undefined;
      const owner =
        r.enterpriseId && r.ownerDistrict && r.ownerStreet
          ? {
              id: r.enterpriseId,
              districtCode: r.ownerDistrict,
              streetCode: r.ownerStreet,
              industries: r.ownerIndustries ?? [],
            }
          : null;
      return {
        id: r.id,
        code: r.code,
        industryCode: r.industryCode,
        industryName: r.industryName,
        enterpriseId: r.enterpriseId,
        owner,
      };
    });
}

export async function versionsOf(db: DbOrTx, catalogId: string) {
  const rows = await db
    .select({
      id: catalogVersions.id,
      version: catalogVersions.version,
      status: catalogVersions.status,
      name: catalogVersions.name,
      source: catalogVersions.source,
      publishedAt: catalogVersions.publishedAt,
      itemCount: count(catalogItems.id),
    })
    .from(catalogVersions)
    .leftJoin(catalogItems, eq(catalogItems.versionId, catalogVersions.id))
    .where(eq(catalogVersions.catalogId, catalogId))
    .groupBy(catalogVersions.id)
    .orderBy(asc(catalogVersions.version));
  return rows;
}

export function categoriesOf(db: DbOrTx, versionId: string) {
  return db
    .select()
    .from(catalogCategories)
    .where(eq(catalogCategories.versionId, versionId))
    .orderBy(asc(catalogCategories.sort));
}

export function itemsOf(db: DbOrTx, versionId: string) {
  return db
    .select({
      item: catalogItems,
      clause: majorClauses,
      criteriaName: majorCriteria.name,
      issuedBy: majorCriteria.issuedBy,
    })
    .from(catalogItems)
    .leftJoin(majorClauses, eq(majorClauses.code, catalogItems.majorClauseCode))
    .leftJoin(majorCriteria, eq(majorCriteria.code, majorClauses.criteriaCode))
    .where(eq(catalogItems.versionId, versionId))
    .orderBy(asc(catalogItems.sort));
}

/** Items of published catalogs in `scope` whose text or basis contains the words, with their place. */
export function searchPublishedItems(
  db: DbOrTx,
  q: { keyword: string; industry?: string | undefined; limit: number },
  scope: SQL | undefined,
) {
  const pattern = containsPattern(q.keyword);
  const sub = alias(catalogCategories, 'sub');
  const top = alias(catalogCategories, 'top');
  return db
    .select({
      catalogId: catalogs.id,
      catalogName: catalogVersions.name,
      industryCode: catalogs.industryCode,
      version: catalogVersions.version,
      category: top.name,
      subcategory: sub.name,
      item: catalogItems,
      clause: majorClauses,
      criteriaName: majorCriteria.name,
      issuedBy: majorCriteria.issuedBy,
    })
    .from(catalogItems)
    .innerJoin(catalogVersions, eq(catalogVersions.id, catalogItems.versionId))
    .innerJoin(catalogs, eq(catalogs.id, catalogVersions.catalogId))
    .leftJoin(enterprises, ownerJoin)
    .innerJoin(sub, eq(sub.id, catalogItems.categoryId))
    .innerJoin(top, eq(top.id, sub.parentId))
    .leftJoin(majorClauses, eq(majorClauses.code, catalogItems.majorClauseCode))
    .leftJoin(majorCriteria, eq(majorCriteria.code, majorClauses.criteriaCode))
    .where(
      and(
        scope,
        eq(catalogVersions.status, 'published'),
        q.industry ? eq(catalogs.industryCode, q.industry) : undefined,
        or(ilike(catalogItems.text, pattern), ilike(catalogItems.basis, pattern)),
      ),
    )
    .orderBy(asc(catalogs.code), asc(catalogItems.sort))
    .limit(q.limit);
}
