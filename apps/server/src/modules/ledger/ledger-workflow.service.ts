import {
  HAZARD_TYPE_TREE,
  hazardSubtypeProblem,
  type LedgerEntryDetail,
  type LedgerListInput,
  type LedgerNoteInput,
  type LedgerRejectInput,
  type LedgerReviewInput,
  shanghaiDate,
} from '@ancha/contracts';
import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { hazards, ledgerEntries } from '../../db/schema/index.ts';
import { type Action, type Actor, requireAccess } from '../../lib/access.ts';
import { type AuditInput, recordAudits } from '../../lib/audit.ts';
import type { Deps, RequestMeta } from '../../lib/context.ts';
import { conflict, fieldError, notFound } from '../../lib/errors.ts';
import * as repo from './ledger.repository.ts';
import type { LedgerService } from './ledger.service.ts';

const STATUS_LABEL: Record<repo.LedgerRow['status'], string> = {
  proposed: '待确认',
  rejected: '已退回',
  listed: '已挂账、整改中',
  reviewed: '复查合格',
  closed: '已销账',
};
/** A 409 that says what the action needs and where the entry stands. */
const wrongState = (needs: string, row: repo.LedgerRow) =>
  conflict(`${needs}（该隐患当前状态：${STATUS_LABEL[row.status]}）`);

type Change = Partial<typeof ledgerEntries.$inferInsert>;
interface Step {
  action: string;
  set: Change;
  reason?: string | undefined;
  /** Entries on other records changed by the same step (the hazard sent back by a failed review). */
  more?: AuditInput[];
}

/**
 * The ledger's workflow (G4): 挂账 / 退回, 复查, 销账, 挂牌督办. Each action is one transaction on
 * the locked entry row: scope first (out of scope reads as absent), then the state, then the
 * change and its audit entry, which names the reason given.
 */
export function createLedgerWorkflowService({ database, now }: Deps, ledger: LedgerService) {
  const db = database.db;

  async function act(
    caller: Actor | null,
    action: Action,
    id: string,
    meta: RequestMeta,
    step: (tx: Tx, row: repo.LedgerRow, actor: Actor, at: Date) => Promise<Step> | Step,
  ): Promise<LedgerEntryDetail> {
    const actor = requireAccess(caller, action);
    const at = now();
    await db.transaction(async (tx) => {
      const row = await repo.lockEntry(tx, id);
      if (!row || !repo.entryInScope(actor, row)) throw notFound('台账隐患');
      const s = await step(tx, row, actor, at);
      await tx.update(ledgerEntries).set(s.set).where(eq(ledgerEntries.id, id));
      const before = Object.fromEntries(Object.keys(s.set).map((k) => [k, row[k as keyof repo.LedgerRow]]));
      await recordAudits(tx, { ...meta, actor }, at, [
        {
          action: s.action,
          entityType: 'ledger_entry',
          entityId: id,
          enterpriseId: row.enterpriseId,
          regionCode: row.streetCode,
          before,
          after: { ...s.set, reason: s.reason ?? null },
        },
        ...(s.more ?? []),
      ]);
    });
    return ledger.detail(actor, id);
  }

  return {
    /** 挂账: confirms a proposal, fixes its type, and gives it its ledger number. */
    list(caller: Actor | null, id: string, input: LedgerListInput, meta: RequestMeta) {
      requireAccess(caller, 'ledger.confirm');
      const subtype = input.hazardSubtype ?? null;
      const problem = hazardSubtypeProblem(input.hazardType, subtype);
      if (problem) throw fieldError('hazardSubtype', problem);
      return act(caller, 'ledger.confirm', id, meta, async (tx, row, actor, at) => {
        if (row.status !== 'proposed') throw wrongState('只有待确认的隐患可以挂账', row);
        const today = shanghaiDate(at);
        if (input.deadline && input.deadline < today) throw fieldError('deadline', '整改时限不能早于今天');
        // 台账编号 = 区代号 + 街乡代号 + 上账日期 + 序号 (attachment 2, 填表说明 1).
        const day = today.replaceAll('-', '');
        const seq = await repo.nextSequence(tx, row.streetCode, day);
        const ledgerNo = `${row.districtCode}${row.streetCode.slice(-3)}${day}${String(seq).padStart(4, '0')}`;
        const set: Change = {
          status: 'listed',
          ledgerNo,
          listedAt: at,
          listedBy: actor.id,
          hazardType: input.hazardType,
          hazardSubtype: subtype,
        };
        if (input.description !== undefined) set.description = input.description;
        if (input.measures !== undefined) set.measures = input.measures;
        if (input.deadline !== undefined) set.deadline = input.deadline;
        if (input.illegalBuilding !== undefined) set.illegalBuilding = input.illegalBuilding;
        if (input.illegalAreaM2 !== undefined) set.illegalAreaM2 = input.illegalAreaM2;
        if (input.demolishedAreaM2 !== undefined) set.demolishedAreaM2 = input.demolishedAreaM2;
        const type = HAZARD_TYPE_TREE[input.hazardType].label;
        return { action: 'ledger.listed', set, reason: input.note ?? `挂账（${type}）` };
      });
    },

    /** 退回: the proposal is not a ledger hazard; the reason is kept on the entry. */
    reject(caller: Actor | null, id: string, input: LedgerRejectInput, meta: RequestMeta) {
      return act(caller, 'ledger.confirm', id, meta, (_tx, row) => {
        if (row.status !== 'proposed') throw wrongState('只有待确认的隐患可以退回', row);
        return {
          action: 'ledger.rejected',
          set: { status: 'rejected', rejectedReason: input.reason },
          reason: input.reason,
        };
      });
    },

    /**
     * 复查 on site, once the enterprise reports its fix. 合格 moves the entry on to 销账;
     * 不合格 keeps it listed and sends the hazard back to the enterprise's 待处置, with the reason.
     */
    review(caller: Actor | null, id: string, input: LedgerReviewInput, meta: RequestMeta) {
      requireAccess(caller, 'ledger.review');
      const reason = input.reason?.trim() || undefined;
      if (input.result === 'failed' && !reason) throw fieldError('reason', '复查不合格须填写复查意见');
      return act(caller, 'ledger.review', id, meta, async (tx, row, actor, at) => {
        if (row.status !== 'listed') throw wrongState('只有已挂账、整改中的隐患可以复查', row);
        const reviewed = { reviewAt: at, reviewedBy: actor.id, reviewNote: reason ?? null };
        if (!row.hazardId) {
          // An entry with no enterprise hazard behind it (e.g. from a public report) is reviewed directly.
          return input.result === 'passed'
            ? {
                action: 'ledger.review_passed',
                set: { ...reviewed, status: 'reviewed', reviewResult: 'passed' },
              }
            : { action: 'ledger.review_failed', set: { ...reviewed, reviewResult: 'failed' }, reason };
        }
        const [hazard] = await tx.select().from(hazards).where(eq(hazards.id, row.hazardId)).for('update');
        if (hazard?.status !== 'resolved') throw conflict('企业尚未完成整改（隐患仍为待处置），不能复查');
        if (input.result === 'passed')
          return {
            action: 'ledger.review_passed',
            set: { ...reviewed, status: 'reviewed', reviewResult: 'passed' },
          };
        const back = { status: 'pending' as const, acceptedAt: null, acceptedBy: null };
        await tx.update(hazards).set(back).where(eq(hazards.id, hazard.id));
        return {
          action: 'ledger.review_failed',
          set: { ...reviewed, reviewResult: 'failed' },
          reason,
          more: [
            {
              action: 'hazard.review_failed',
              entityType: 'hazard',
              entityId: hazard.id,
              enterpriseId: hazard.enterpriseId,
              regionCode: hazard.streetCode,
              before: { status: hazard.status, acceptedAt: hazard.acceptedAt },
              after: { ...back, reason, ledgerEntryId: row.id },
            },
          ],
        };
      });
    },

    /** 销账: only what the street office reviewed as 合格 leaves the ledger. */
    close(caller: Actor | null, id: string, input: LedgerNoteInput, meta: RequestMeta) {
      return act(caller, 'ledger.close', id, meta, (_tx, row, actor, at) => {
        if (row.status !== 'reviewed') throw wrongState('复查合格后才能销账', row);
        return {
          action: 'ledger.closed',
          set: { status: 'closed', closedAt: at, closedBy: actor.id },
          reason: input.note || undefined,
        };
      });
    },

    /** 挂牌督办 of a major hazard still being rectified, by a district or, above it, the city. */
    supervise(caller: Actor | null, id: string, input: LedgerNoteInput, meta: RequestMeta) {
      return act(caller, 'ledger.supervise', id, meta, (_tx, row, actor, at) => {
        if (row.level !== 'major') throw conflict('只有重大隐患可以挂牌督办');
        if (row.status !== 'listed') throw wrongState('只有已挂账、整改中的重大隐患可以挂牌督办', row);
        const level = actor.role === 'gov_city' ? 'city' : 'district';
        if (row.supervisionLevel === 'city' || row.supervisionLevel === level)
          throw conflict(
            row.supervisionLevel === 'city' ? '该隐患已由市级挂牌督办' : '该隐患已由区级挂牌督办',
          );
        return {
          action: 'ledger.supervised',
          set: { supervisedAt: at, supervisedBy: actor.id, supervisionLevel: level },
          reason: input.note || undefined,
        };
      });
    },
  };
}

export type LedgerWorkflowService = ReturnType<typeof createLedgerWorkflowService>;
