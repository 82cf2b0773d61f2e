import { and, asc, eq, gt, ilike, inArray, isNull, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.ts';
import {
  catalogs,
  catalogVersions,
  enterprises,
  industries,
  regions,
  siteCatalogs,
  sites,
  users,
} from '../../db/schema/index.ts';
import { containsPattern } from '../../lib/paging.ts';

const district = alias(regions, 'district');
const street = alias(regions, 'street');

function siteRows(db: DbOrTx) {
  return db
    .select({
      site: sites,
      enterpriseName: enterprises.name,
      enterpriseIndustries: enterprises.industries,
      enterpriseDistrict: enterprises.districtCode,
      enterpriseStreet: enterprises.streetCode,
      districtName: district.name,
      streetName: street.name,
    })
    .from(sites)
    .innerJoin(enterprises, eq(enterprises.id, sites.enterpriseId))
    .leftJoin(district, eq(district.code, sites.districtCode))
    .leftJoin(street, eq(street.code, sites.streetCode));
}
export type SiteRow = Awaited<ReturnType<typeof findSite>> & {};

export async function findSite(db: DbOrTx, id: string) {
  const [row] = await siteRows(db).where(eq(sites.id, id)).limit(1);
  return row;
}

/** A page of sites within `scope` (a condition on sites/enterprises), in keyset order. */
export function listSites(
  db: DbOrTx,
  f: { scope: SQL | undefined; keyword?: string | undefined; after?: string | undefined; limit: number },
) {
  const keyword = f.keyword ? containsPattern(f.keyword) : undefined;
  return siteRows(db)
    .where(
      and(
        f.scope,
        keyword ? or(ilike(sites.name, keyword), ilike(sites.address, keyword)) : undefined,
        f.after ? gt(sites.id, f.after) : undefined,
      ),
    )
    .orderBy(asc(sites.id))
    .limit(f.limit);
}

export function catalogsOfSites(db: DbOrTx, siteIds: string[]) {
  if (siteIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      siteId: siteCatalogs.siteId,
      id: catalogs.id,
      industryCode: catalogs.industryCode,
      industryName: industries.name,
      isGeneral: industries.isGeneral,
      name: catalogVersions.name,
      sort: siteCatalogs.sort,
    })
    .from(siteCatalogs)
    .innerJoin(catalogs, eq(catalogs.id, siteCatalogs.catalogId))
    .innerJoin(industries, eq(industries.code, catalogs.industryCode))
    .innerJoin(
      catalogVersions,
      and(eq(catalogVersions.catalogId, catalogs.id), eq(catalogVersions.status, 'published')),
    )
    .where(inArray(siteCatalogs.siteId, siteIds))
    .orderBy(asc(siteCatalogs.sort));
}

/** The chosen catalogs that exist and are published, with whether each is the general one. */
/**
 * The official published catalogs among `ids`. A site is inspected against industry catalogs;
 * an enterprise standard (E9) is inspected through its posts, and another enterprise's must
 * read as absent, so no standard is ever a site's catalog.
 */
export function publishedCatalogs(db: DbOrTx, ids: string[]) {
  return db
    .select({ id: catalogs.id, isGeneral: industries.isGeneral })
    .from(catalogs)
    .innerJoin(industries, eq(industries.code, catalogs.industryCode))
    .innerJoin(
      catalogVersions,
      and(eq(catalogVersions.catalogId, catalogs.id), eq(catalogVersions.status, 'published')),
    )
    .where(and(inArray(catalogs.id, ids), isNull(catalogs.enterpriseId)));
}

export function findUser(db: DbOrTx, id: string) {
  return db.query.users.findFirst({ where: eq(users.id, id) });
}

export function findStreet(db: DbOrTx, code: string) {
  return db.query.regions.findFirst({ where: and(eq(regions.code, code), eq(regions.level, 3)) });
}

export function findEnterprise(db: DbOrTx, id: string) {
  return db.query.enterprises.findFirst({ where: eq(enterprises.id, id) });
}

export async function replaceCatalogs(db: DbOrTx, siteId: string, catalogIds: string[]) {
  await db.delete(siteCatalogs).where(eq(siteCatalogs.siteId, siteId));
  await db.insert(siteCatalogs).values(catalogIds.map((catalogId, sort) => ({ siteId, catalogId, sort })));
}
