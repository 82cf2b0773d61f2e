import { eq, isNull, or, type SQL } from 'drizzle-orm';
import { catalogs, enterprises } from '../../db/schema/index.ts';
import {
  type Actor,
  canEditIndustry,
  enterpriseInScope,
  enterpriseScopeWhere,
  type ScopedEnterprise,
} from '../../lib/access.ts';

// Official catalogs are reference content every signed-in role reads. An enterprise standard
// (一企一标准, E9) is a catalog owned by one enterprise: only that enterprise and the regulators
// whose scope covers it see it; to everyone else it does not exist (404, absent from lists).

/** A catalog as visibility needs it: its industry, and the owning enterprise's scope if any. */
export interface CatalogOwner {
  industryCode: string;
  enterpriseId: string | null;
  owner: ScopedEnterprise | null;
}

export function catalogVisible(actor: Actor, c: CatalogOwner): boolean {
  if (!c.enterpriseId) return true;
  return !!c.owner && enterpriseInScope(actor, c.owner);
}

/**
 * Who edits a catalog: an official one, the platform admin or its industry's department; an
 * enterprise standard, only its own enterprise administrator (regulators read it, never edit).
 */
export function canEditCatalog(
  actor: Actor,
  c: Pick<CatalogOwner, 'industryCode' | 'enterpriseId'>,
): boolean {
  if (c.enterpriseId) return actor.role === 'ent_admin' && actor.enterpriseId === c.enterpriseId;
  return canEditIndustry(actor, c.industryCode);
}

/**
 * The same rule as a condition for list queries, which must left-join `enterprises` on
 * `catalogs.enterprise_id`: official catalogs, and the standards of enterprises in scope.
 */
export function catalogScopeWhere(actor: Actor): SQL | undefined {
  const scope = enterpriseScopeWhere(actor);
  return scope ? or(isNull(catalogs.enterpriseId), scope) : undefined;
}

export const ownerJoin = eq(enterprises.id, catalogs.enterpriseId);
