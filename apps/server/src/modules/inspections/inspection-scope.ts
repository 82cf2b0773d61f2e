import { and, eq, ne, or, type SQL } from 'drizzle-orm';
import { inspections } from '../../db/schema/index.ts';
import { type Actor, enterpriseScopeWhere } from '../../lib/access.ts';
import { NO_ID } from '../../lib/paging.ts';

/**
 * Who sees an inspection: its author always (drafts included); the enterprise admin once it is
 * submitted; regulators (and the platform admin) once it is reported (E8). Another inspector's
 * draft is invisible, as is every other enterprise's record. Supervision inspections (G2) are
 * not self-inspections: they are listed by /supervision-inspections only.
 */
export function inspectionScope(actor: Actor): SQL | undefined {
  return and(eq(inspections.kind, 'self'), ownScope(actor));
}

function ownScope(actor: Actor): SQL | undefined {
  switch (actor.role) {
    case 'ent_inspector':
      return eq(inspections.inspectorId, actor.id);
    case 'ent_admin':
      return and(
        eq(inspections.enterpriseId, actor.enterpriseId ?? NO_ID),
        or(ne(inspections.status, 'draft'), eq(inspections.inspectorId, actor.id)),
      );
    default:
      return and(enterpriseScopeWhere(actor), eq(inspections.status, 'reported'));
  }
}

export function inspectionVisible(
  actor: Actor,
  i: { inspectorId: string; enterpriseId: string; status: string },
  enterpriseVisible: boolean,
): boolean {
  if (i.inspectorId === actor.id) return true;
  if (actor.role === 'ent_inspector') return false;
  if (actor.role === 'ent_admin') return i.enterpriseId === actor.enterpriseId && i.status !== 'draft';
  return enterpriseVisible && i.status === 'reported';
}
