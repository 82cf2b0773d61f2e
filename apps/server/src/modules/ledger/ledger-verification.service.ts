import { randomInt } from 'node:crypto';
import type {
  LedgerDrawInput,
  LedgerDrawView,
  LedgerEntryDetail,
  LedgerVerificationInput,
} from '@ancha/contracts';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { ledgerEntries, ledgerVerifications } from '../../db/schema/index.ts';
import { type Actor, requireAccess } from '../../lib/access.ts';
import { recordAudit, recordAudits } from '../../lib/audit.ts';
import type { Deps, RequestMeta } from '../../lib/context.ts';
import { conflict, notFound } from '../../lib/errors.ts';
import { newId } from '../../lib/ids.ts';
import * as repo from './ledger.repository.ts';
import type { LedgerService } from './ledger.service.ts';

/** k of the items, uniformly at random (a partial Fisher–Yates shuffle on a CSPRNG). */
export function drawAtRandom<T>(items: readonly T[], k: number): T[] {
  const pool = [...items];
  for (let i = 0; i < k; i++) {
    const j = i + randomInt(pool.length - i);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, k);
}

/**
 * 核查 (G4): the safety office draws a share of the closed hazards of its region at random and
 * checks them again. The draw records which entries it chose among how many, and marks them, so
 * no entry is drawn twice and the draw can be audited.
 */
export function createLedgerVerificationService({ database, now }: Deps, ledger: LedgerService) {
  const db = database.db;

  return {
    async draw(caller: Actor | null, input: LedgerDrawInput, meta: RequestMeta): Promise<LedgerDrawView> {
      const actor = requireAccess(caller, 'ledger.verify');
      const at = now();
      return db.transaction(async (tx) => {
        // Locked, so a concurrent draw waits and then no longer finds what this one took.
        const candidates = await tx
          .select({
            id: ledgerEntries.id,
            enterpriseId: ledgerEntries.enterpriseId,
            streetCode: ledgerEntries.streetCode,
          })
          .from(ledgerEntries)
          .where(
            and(
              repo.ledgerScope(actor),
              eq(ledgerEntries.status, 'closed'),
              isNull(ledgerEntries.verificationId),
            ),
          )
          .orderBy(asc(ledgerEntries.id))
          .for('update');
        if (candidates.length === 0) throw conflict('辖区内没有可核查的已销账隐患（均已抽取或尚无销账）');
        // The share rounded up: even a small region gets at least one entry checked.
        const drawn = drawAtRandom(candidates, Math.ceil((candidates.length * input.sharePercent) / 100));
        const draw = {
          id: newId(),
          regionCode: actor.regionCode ?? '',
          drawnAt: at,
          drawnBy: actor.id,
          sharePercent: input.sharePercent,
          candidates: candidates.length,
          entryIds: drawn.map((d) => d.id),
        };
        await tx.insert(ledgerVerifications).values(draw);
        await tx
          .update(ledgerEntries)
          .set({ verificationId: draw.id })
          .where(inArray(ledgerEntries.id, draw.entryIds));
        await recordAudits(tx, { ...meta, actor }, at, [
          {
            action: 'ledger.verification_drawn',
            entityType: 'ledger_verification',
            entityId: draw.id,
            after: draw,
          },
          ...drawn.map((d) => ({
            action: 'ledger.drawn_for_verification',
            entityType: 'ledger_entry',
            entityId: d.id,
            enterpriseId: d.enterpriseId,
            regionCode: d.streetCode,
            after: { verificationId: draw.id, sharePercent: input.sharePercent },
          })),
        ]);
        return { ...draw, drawnAt: at.toISOString() };
      });
    },

    /** The result of checking one drawn entry; recorded once. */
    async verify(
      caller: Actor | null,
      id: string,
      input: LedgerVerificationInput,
      meta: RequestMeta,
    ): Promise<LedgerEntryDetail> {
      const actor = requireAccess(caller, 'ledger.verify');
      const at = now();
      await db.transaction(async (tx) => {
        const row = await repo.lockEntry(tx, id);
        if (!row || !repo.entryInScope(actor, row)) throw notFound('台账隐患');
        if (row.status !== 'closed' || !row.verificationId)
          throw conflict('只有被核查抽中的已销账隐患可以登记核查结果');
        if (row.verifiedAt) throw conflict('该隐患的核查结果已登记');
        const set = {
          verifiedAt: at,
          verifiedBy: actor.id,
          verificationResult: input.result,
          verificationNote: input.note,
        };
        await tx.update(ledgerEntries).set(set).where(eq(ledgerEntries.id, id));
        await recordAudit(tx, { ...meta, actor }, at, {
          action: 'ledger.verified',
          entityType: 'ledger_entry',
          entityId: id,
          enterpriseId: row.enterpriseId,
          regionCode: row.streetCode,
          before: { verifiedAt: null },
          after: { ...set, reason: input.note || null },
        });
      });
      return ledger.detail(actor, id);
    },
  };
}

export type LedgerVerificationService = ReturnType<typeof createLedgerVerificationService>;
