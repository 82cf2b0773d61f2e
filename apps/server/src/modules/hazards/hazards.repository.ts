import { and, count, desc, eq, lt, ne, or, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { catalogItems, enterprises, hazards, inspections, sites, users } from '../../db/schema/index.ts';
import { type Actor, enterpriseScopeWhere } from '../../lib/access.ts';
import { NO_ID } from '../../lib/paging.ts';

/**
 * Who sees a hazard: the enterprise admin all of its enterprise's; an inspector those they found;
 * regulators in scope the major ones at once (E7) and the rest once their record is reported (E8).
 */
export function hazardScope(actor: Actor): SQL | undefined {
  switch (actor.role) {
    case 'ent_admin':
      return eq(hazards.enterpriseId, actor.enterpriseId ?? NO_ID);
    case 'ent_inspector':
      return eq(hazards.foundBy, actor.id);
    default:
      return and(
        enterpriseScopeWhere(actor),
        or(eq(hazards.level, 'major'), eq(inspections.status, 'reported')),
      );
  }
}

function rows(db: DbOrTx) {
  return db
    .select({
      hazard: hazards,
      itemNo: catalogItems.no,
      itemText: catalogItems.text,
      siteName: sites.name,
      foundBy: users.displayName,
    })
    .from(hazards)
    .innerJoin(enterprises, eq(enterprises.id, hazards.enterpriseId))
    .innerJoin(inspections, eq(inspections.id, hazards.inspectionId))
    .innerJoin(catalogItems, eq(catalogItems.id, hazards.itemId))
    .innerJoin(sites, eq(sites.id, hazards.siteId))
    .innerJoin(users, eq(users.id, hazards.foundBy));
}
export type HazardRow = Awaited<ReturnType<typeof listHazards>>[number];

export function listHazards(
  db: DbOrTx,
  f: {
    scope: SQL | undefined;
    status?: 'pending' | 'resolved' | 'withdrawn' | undefined;
    after?: string | undefined;
    limit: number;
  },
) {
  return (
    rows(db)
      .where(
        and(
          f.scope,
          // A hazard withdrawn by correcting its record (E8) is kept, but listed only when asked for.
          f.status ? eq(hazards.status, f.status) : ne(hazards.status, 'withdrawn'),
          f.after ? lt(hazards.id, f.after) : undefined,
        ),
      )
      // Newest first: ids are UUIDv7, so id order is creation order.
      .orderBy(desc(hazards.id))
      .limit(f.limit)
  );
}

export async function findHazard(db: DbOrTx, scope: SQL | undefined, id: string) {
  const [row] = await rows(db)
    .where(and(scope, eq(hazards.id, id)))
    .limit(1);
  return row;
}

/** The counts behind the 待处置(n) / 已处置(n) tabs. */
export async function countByStatus(db: DbOrTx, scope: SQL | undefined) {
  const result = await db
    .select({ status: hazards.status, n: count() })
    .from(hazards)
    .innerJoin(enterprises, eq(enterprises.id, hazards.enterpriseId))
    .innerJoin(inspections, eq(inspections.id, hazards.inspectionId))
    .where(scope)
    .groupBy(hazards.status);
  return {
    pending: result.find((r) => r.status === 'pending')?.n ?? 0,
    resolved: result.find((r) => r.status === 'resolved')?.n ?? 0,
  };
}
