import type { AuditEntry, AuditVerifyResult } from '@ancha/contracts';
import { type Actor, requireAccess } from '../../lib/access.ts';
import { verifyChain } from '../../lib/audit.ts';
import type { Deps } from '../../lib/context.ts';
import { notFound } from '../../lib/errors.ts';
import { auditTrail } from './audit.repository.ts';

export function createAuditService({ database }: Deps) {
  return {
    async verify(caller: Actor | null): Promise<AuditVerifyResult> {
      requireAccess(caller, 'audit.verify');
      return verifyChain(database.db);
    },

    /** The history of one record, limited to what the caller's scope covers. */
    async trail(caller: Actor | null, entityType: string, entityId: string): Promise<AuditEntry[]> {
      const actor = requireAccess(caller, 'audit.read');
      const rows = await auditTrail(database.db, actor, entityType, entityId);
      // Nothing visible reads as "no such record": a foreign record's history is never hinted at.
      if (rows.length === 0) throw notFound();
      return rows.map((r) => ({
        seq: r.seq,
        at: r.at.toISOString(),
        actorId: r.actorId,
        actorName: r.actorName,
        action: r.action,
        entityType: r.entityType,
        entityId: r.entityId,
        before: r.before,
        after: r.after,
      }));
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
