import { ProfileInput } from '@ancha/contracts';
import { and, arrayContains, asc, eq, gt, ilike, or, type SQL, sql } from 'drizzle-orm';
import { type AnyPgColumn, alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.ts';
import { enterprises, regions } from '../../db/schema/index.ts';
import { containsPattern } from '../../lib/paging.ts';

const district = alias(regions, 'district');
const street = alias(regions, 'street');

/**
 * The profile's required fields, read from the contract so the rate follows it: a field is
 * required when the form refuses it empty. Each is a column of the same name.
 */
const requiredColumns = Object.entries(ProfileInput.shape)
  .filter(([, schema]) => !schema.safeParse(undefined).success)
  .map(([key]) => {
    const column = (enterprises as unknown as Record<string, AnyPgColumn | undefined>)[key];
    if (!column) throw new Error(`profile field ${key} has no column on enterprises`);
    return column;
  });

/** 基本信息完整率: the share of required fields filled, in whole percent, computed by the database. */
const completeness = sql<number>`round(100.0 * (${sql.join(
  requiredColumns.map((c) => sql`(coalesce(${c}::text, '') <> '')::int`),
  sql` + `,
)}) / ${requiredColumns.length})::int`;

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
  profileCompleteness: completeness,
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
  industry?: string | undefined;
  uscc?: string | undefined;
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
        f.industry ? arrayContains(enterprises.industries, [f.industry]) : undefined,
        f.uscc ? eq(enterprises.uscc, f.uscc) : undefined,
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
