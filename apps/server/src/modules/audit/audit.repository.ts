import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { auditLog, enterprises } from '../../db/schema/index.ts';
import { type Actor, enterpriseScopeWhere } from '../../lib/access.ts';

/**
 * Entries of one record. Outside the platform admin, only entries tied to an enterprise in the
 * caller's scope are returned, so the trail never shows another tenant's changes.
 */
export function auditTrail(db: DbOrTx, actor: Actor, entityType: string, entityId: string) {
  let scope: SQL | undefined;
  if (actor.role !== 'admin') {
    const inScope = db.select({ id: enterprises.id }).from(enterprises).where(enterpriseScopeWhere(actor));
    scope = inArray(auditLog.enterpriseId, inScope);
  }
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId), scope))
    .orderBy(asc(auditLog.seq))
    .limit(1000);
}
