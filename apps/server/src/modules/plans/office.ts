// The plan module's view of offices; what an office is and its key live in lib/offices.ts.
import { and, eq, like, ne, type SQL, sql } from 'drizzle-orm';
import { supervisionPlans } from '../../db/schema/index.ts';
import { type Actor, CITY_CODE } from '../../lib/access.ts';
import { officeKey, officeOf } from '../../lib/offices.ts';
import { NO_ID } from '../../lib/paging.ts';

const isStreetOf = (district: string, code: string) => code.length === 9 && code.startsWith(district);

/**
 * Whose plans an office reads besides its own: a district office its streets' offices, the
 * city office every other office. Streets and industry departments read only their own.
 */
export function isBelow(actor: Actor, plan: { officeKey: string; regionCode: string }): boolean {
  if (plan.officeKey === officeKey(officeOf(actor))) return false;
  if (actor.role === 'gov_city' && actor.regionCode === CITY_CODE) return true;
  if (actor.role === 'gov_district' && actor.regionCode) return isStreetOf(actor.regionCode, plan.regionCode);
  return false;
}

/** The same rule as a condition on `supervision_plans`, for the list. */
export function belowWhere(actor: Actor): SQL {
  const own = ne(supervisionPlans.officeKey, officeKey(officeOf(actor)));
  if (actor.role === 'gov_city' && actor.regionCode === CITY_CODE) return own;
  if (actor.role === 'gov_district' && actor.regionCode?.length === 6)
    return and(
      own,
      like(supervisionPlans.regionCode, `${actor.regionCode}%`),
      sql`length(${supervisionPlans.regionCode}) = 9`,
    )!;
  return eq(supervisionPlans.id, NO_ID);
}

/** A Beijing calendar year as an instant range [from, to): China keeps UTC+8 all year. */
export function beijingYear(year: number): { from: Date; to: Date } {
  return {
    from: new Date(`${year}-01-01T00:00:00+08:00`),
    to: new Date(`${year + 1}-01-01T00:00:00+08:00`),
  };
}
