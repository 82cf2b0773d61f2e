import { and, eq, or, type SQL } from 'drizzle-orm';
import { sites } from '../../db/schema/index.ts';
import { type Actor, enterpriseInScope, enterpriseScopeWhere } from '../../lib/access.ts';
import { NO_ID } from '../../lib/paging.ts';
import type { SiteRow } from './sites.repository.ts';

/** Who sees a site: its enterprise's admin, its inspector or creator, and regulators in scope. */
export function siteScope(actor: Actor): SQL | undefined {
  if (actor.role === 'ent_admin') return eq(sites.enterpriseId, actor.enterpriseId ?? NO_ID);
  if (actor.role === 'ent_inspector') {
    return and(
      eq(sites.enterpriseId, actor.enterpriseId ?? NO_ID),
      or(eq(sites.inspectorUserId, actor.id), eq(sites.createdBy, actor.id)),
    );
  }
  return enterpriseScopeWhere(actor);
}

export function siteVisible(actor: Actor, row: SiteRow): boolean {
  const s = row.site;
  if (actor.role === 'ent_admin') return s.enterpriseId === actor.enterpriseId;
  if (actor.role === 'ent_inspector') {
    return (
      s.enterpriseId === actor.enterpriseId && (s.inspectorUserId === actor.id || s.createdBy === actor.id)
    );
  }
  return enterpriseInScope(actor, {
    id: s.enterpriseId,
    districtCode: row.enterpriseDistrict,
    streetCode: row.enterpriseStreet,
    industries: row.enterpriseIndustries,
  });
}
