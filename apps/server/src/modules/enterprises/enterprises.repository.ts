import { and, asc, eq, gt, ilike, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.ts';
import { enterprises, regions } from '../../db/schema/index.ts';
import { containsPattern } from '../../lib/paging.ts';

const district = alias(regions, 'district');
const street = alias(regions, 'street');

const columns = {
  id: enterprises.id,
  name: enterprises.name,
  uscc: enterprises.uscc,
  districtCode: enterprises.districtCode,
  districtName: district.name,
  streetCode: enterprises.streetCode,
  streetName: street.name,
  address: enterprises.address,
  industries: enterprises.industries,
};

function withRegionNames(db: DbOrTx) {
  return db
    .select(columns)
    .from(enterprises)
    .leftJoin(district, eq(district.code, enterprises.districtCode))
    .leftJoin(street, eq(street.code, enterprises.streetCode));
}

export interface EnterpriseFilter {
  scope: SQL | undefined;
  keyword?: string | undefined;
  streetCode?: string | undefined;
  after?: string | undefined;
  limit: number;
}

/** Keyset pagination on the time-ordered id: stable while records are added. */
export function listEnterprises(db: DbOrTx, f: EnterpriseFilter) {
  const keyword = f.keyword ? containsPattern(f.keyword) : undefined;
  return withRegionNames(db)
    .where(
      and(
        f.scope,
        keyword ? or(ilike(enterprises.name, keyword), ilike(enterprises.uscc, keyword)) : undefined,
        f.streetCode ? eq(enterprises.streetCode, f.streetCode) : undefined,
        f.after ? gt(enterprises.id, f.after) : undefined,
      ),
    )
    .orderBy(asc(enterprises.id))
    .limit(f.limit);
}

export async function findEnterprise(db: DbOrTx, id: string) {
  const [row] = await withRegionNames(db).where(eq(enterprises.id, id)).limit(1);
  return row;
}
