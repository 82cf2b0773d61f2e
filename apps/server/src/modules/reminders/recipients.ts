import { governmentRoles, type ReminderKind, type Role } from '@ancha/contracts';
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { users } from '../../db/schema/index.ts';
import { CITY_CODE, regionCovers } from '../../lib/access.ts';

/** Someone a reminder goes to: enough to pick the page it opens and where it is mailed. */
export interface Person {
  id: string;
  role: Role;
  email: string | null;
  enterpriseId: string | null;
  regionCode: string | null;
  industries: string[];
}

/** One reminder for one person, before it gets its id and time. */
export interface ReminderDraft {
  kind: ReminderKind;
  subjectType: 'enterprise' | 'post' | 'hazard' | 'ledger_entry';
  subjectId: string;
  period: string;
  user: Person;
  enterpriseId: string | null;
  title: string;
  body: string;
  link: string;
}

const columns = {
  id: users.id,
  role: users.role,
  email: users.email,
  enterpriseId: users.enterpriseId,
  regionCode: users.regionCode,
  industries: users.industries,
};

/** Every active government account: one account is one office in this deployment (issue 7). */
export async function activeOffices(tx: Tx): Promise<Person[]> {
  return tx
    .select(columns)
    .from(users)
    .where(and(inArray(users.role, [...governmentRoles]), eq(users.disabled, false)));
}

/** Active users of the given enterprises, by enterprise; admins and inspectors alike. */
export async function enterpriseUsers(tx: Tx, enterpriseIds: string[]): Promise<Map<string, Person[]>> {
  const byEnterprise = new Map<string, Person[]>();
  if (enterpriseIds.length === 0) return byEnterprise;
  const rows = await tx
    .select(columns)
    .from(users)
    .where(and(inArray(users.enterpriseId, [...new Set(enterpriseIds)]), eq(users.disabled, false)));
  for (const r of rows) byEnterprise.set(r.enterpriseId!, [...(byEnterprise.get(r.enterpriseId!) ?? []), r]);
  return byEnterprise;
}

export const adminsOf = (people: Map<string, Person[]>, enterpriseId: string | null) =>
  enterpriseId ? (people.get(enterpriseId) ?? []).filter((p) => p.role === 'ent_admin') : [];

export interface Place {
  districtCode: string;
  streetCode: string;
  industries: string[];
}

/**
 * The offices that regulate a place: its street office and its district's safety office; with
 * `wide`, also the city office and the industry departments of its industries whose region
 * covers it (for a major hazard, which every level follows).
 */
export function regulatorsOf(offices: Person[], place: Place, wide = false): Person[] {
  return offices.filter((o) => {
    if (o.role === 'gov_street') return o.regionCode === place.streetCode;
    if (o.role === 'gov_district') return o.regionCode === place.districtCode;
    if (!wide) return false;
    if (o.role === 'gov_city') return o.regionCode === CITY_CODE;
    return (
      regionCovers(o.regionCode, place.districtCode, place.streetCode) &&
      place.industries.some((i) => o.industries.includes(i))
    );
  });
}

/** The same person named twice (an admin who also found the hazard) gets one reminder. */
export function uniquePeople(people: Person[]): Person[] {
  return [...new Map(people.map((p) => [p.id, p])).values()];
}
