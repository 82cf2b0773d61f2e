import { governmentRoles, type Role } from '@ancha/contracts';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { regions, users } from '../db/schema/index.ts';
import { type Actor, CITY_CODE } from './access.ts';
import { forbidden } from './errors.ts';

/**
 * An office (G1) is what a government account's scope names: its role, region and, for an
 * industry department, its industries. Plans (G5), 信息报送 and the 工作联系表 (G8) belong to the
 * office, not to the person who typed them, so every account of one office shares them.
 */
export interface Office {
  role: Role;
  regionCode: string;
  industries: string[];
}

export interface OfficeAccount {
  role: Role;
  regionCode: string | null;
  industries: readonly string[];
}

export function officeOf(a: OfficeAccount): Office {
  return {
    role: a.role,
    regionCode: a.regionCode ?? '',
    // Sorted, so two accounts with the same industries in another order are one office.
    industries: a.role === 'gov_industry' ? [...a.industries].sort() : [],
  };
}

/** `gov_street:110102001`, `gov_district:110102`, `gov_industry:110000:postal,power`. */
export function officeKey(o: Office): string {
  const base = `${o.role}:${o.regionCode}`;
  return o.role === 'gov_industry' ? `${base}:${o.industries.join(',')}` : base;
}

export function parseOfficeKey(key: string): Office {
  const [role = '', regionCode = '', industries = ''] = key.split(':');
  return {
    role: role as Role,
    regionCode,
    industries: role === 'gov_industry' && industries ? industries.split(',') : [],
  };
}

const isGov = (role: Role) => governmentRoles.includes(role);

/** The office of a government account; null for other roles or an account without a region. */
export function officeKeyOf(a: OfficeAccount): string | null {
  if (!isGov(a.role) || !a.regionCode) return null;
  return officeKey(officeOf(a));
}

/** The caller's office; a government account without a region belongs to none and may do nothing. */
export function requireOffice(actor: Actor): string {
  const key = officeKeyOf(actor);
  if (!key) throw forbidden('本账号未设置所属区域，不属于任何单位');
  return key;
}

/** The region an office key stands for. */
export function officeRegion(key: string): string {
  return parseOfficeKey(key).regionCode;
}

/**
 * The office an account reports to (seed 003: 各街乡、各部门 report to the district's 安委会办公室,
 * the districts to the city). A street reports to its district; a district to the city; an
 * industry department to the district office of its region, or the city for a city-wide one.
 * The city reports to no one.
 */
export function officeAboveOf(a: OfficeAccount): string | null {
  const key = officeKeyOf(a);
  if (!key || !a.regionCode) return null;
  const region = a.regionCode;
  const city = officeKey({ role: 'gov_city', regionCode: CITY_CODE, industries: [] });
  const district = officeKey({ role: 'gov_district', regionCode: region.slice(0, 6), industries: [] });
  switch (a.role) {
    case 'gov_city':
      return null;
    case 'gov_district':
      return city;
    case 'gov_street':
      return district;
    default:
      // An industry department scoped to a street still belongs to that street's district.
      return region === CITY_CODE ? city : district;
  }
}

export interface OfficeEntry {
  key: string;
  name: string;
}

/** Active government accounts, each with its office and the office above it. */
async function govAccounts(db: DbOrTx) {
  const rows = await db
    .select({
      role: users.role,
      regionCode: users.regionCode,
      industries: users.industries,
      displayName: users.displayName,
    })
    .from(users)
    .where(and(inArray(users.role, [...governmentRoles]), eq(users.disabled, false)))
    // The first account by username names an office that has several.
    .orderBy(asc(users.username));
  return rows.map((r) => ({ key: officeKeyOf(r), above: officeAboveOf(r), name: r.displayName }));
}

/**
 * The offices reporting to `key`: the distinct offices of government accounts whose office above
 * is `key`, named by their account. A street without an account cannot submit anything, so it is
 * not listed as 未报送 either: the district sees the offices that can report to it.
 */
export async function officesBelow(db: DbOrTx, key: string): Promise<OfficeEntry[]> {
  const seen = new Map<string, string>();
  for (const a of await govAccounts(db)) {
    if (a.key && a.above === key && !seen.has(a.key)) seen.set(a.key, a.name);
  }
  return [...seen].map(([k, name]) => ({ key: k, name })).sort((x, y) => x.key.localeCompare(y.key));
}

/**
 * Names of offices by key: an account's display name, else (an office nobody signs in for, e.g.
 * a district above a street) the region's name from the region tree.
 */
export async function officeNames(db: DbOrTx, keys: readonly string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const wanted = new Set(keys);
  if (wanted.size === 0) return names;
  for (const a of await govAccounts(db)) {
    if (a.key && wanted.has(a.key) && !names.has(a.key)) names.set(a.key, a.name);
  }
  const missing = [...wanted].filter((k) => !names.has(k));
  if (missing.length > 0) {
    const found = await db
      .select({ code: regions.code, name: regions.name })
      .from(regions)
      .where(inArray(regions.code, missing.map(officeRegion)));
    for (const k of missing) {
      const region = found.find((r) => r.code === officeRegion(k));
      names.set(k, region?.name ?? (officeRegion(k) === CITY_CODE ? '北京市' : k));
    }
  }
  return names;
}
