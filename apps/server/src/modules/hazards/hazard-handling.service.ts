import {
  type AcceptanceInput,
  type HazardDetail,
  type HazardPlanInput,
  type RectificationInput,
  shanghaiDate,
} from '@ancha/contracts';
import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { auditLog, hazards } from '../../db/schema/index.ts';
import { type Actor, requireAccess } from '../../lib/access.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { Deps, RequestMeta } from '../../lib/context.ts';
import { conflict, fieldError, notFound } from '../../lib/errors.ts';
import { attachPhotos, requireUsablePhotos } from '../files/file-links.ts';
import type { HazardsService } from './hazards.service.ts';

const MAJOR_LOCKED = '重大隐患提交时即已上报监管部门，不能修改或删除';

/** 去处置 and 验收 (E6): each a transaction on the locked hazard row, with its audit entry. */
export function createHazardHandlingService({ database, now }: Deps, hazardsService: HazardsService) {
  const db = database.db;

  async function locked(tx: Tx, actor: Actor, id: string) {
    const [row] = await tx.select().from(hazards).where(eq(hazards.id, id)).for('update');
    // Only the enterprise's own people handle its hazards; anyone else is told it does not exist.
    const own =
      row &&
      row.enterpriseId === actor.enterpriseId &&
      (actor.role === 'ent_admin' || row.foundBy === actor.id);
    if (!own) throw notFound('隐患');
    return row;
  }

  /** Each step of a hazard's handling is one entry of its history (the detail's timeline). */
  const audit = (
    tx: Tx,
    meta: RequestMeta,
    at: Date,
    row: typeof hazards.$inferSelect,
    action: string,
    before: unknown,
    after: unknown,
  ) =>
    recordAudit(tx, meta, at, {
      action,
      entityType: 'hazard',
      entityId: row.id,
      enterpriseId: row.enterpriseId,
      regionCode: row.streetCode,
      before,
      after,
    });

  return {
    async detail(caller: Actor | null, id: string): Promise<HazardDetail> {
      const { view, row } = await hazardsService.get(caller, id);
      const events = await db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entityType, 'hazard'), eq(auditLog.entityId, id)))
        .orderBy(asc(auditLog.seq));
      return {
        ...view,
        specialReport: row.specialReport ?? null,
        immediateAction: row.immediateAction,
        contingency: row.contingency,
        rectificationNote: row.rectificationNote,
        rectificationResult: row.rectificationResult,
        spentFen: row.spentFen,
        rectificationPhotoIds: row.rectificationPhotoIds,
        rectifiedAt: row.rectifiedAt?.toISOString() ?? null,
        acceptedAt: row.acceptedAt?.toISOString() ?? null,
        acceptanceNote: row.acceptanceNote,
        history: events.map((e) => ({
          at: e.at.toISOString(),
          actorName: e.actorName,
          action: e.action,
          detail: e.after,
        })),
      };
    },

    /** 去处置 → 已处置, reported by whoever found it or the enterprise admin. */
    async rectify(
      caller: Actor | null,
      id: string,
      input: RectificationInput,
      meta: RequestMeta,
    ): Promise<HazardDetail> {
      const actor = requireAccess(caller, 'hazard.rectify');
      const at = now();
      await db.transaction(async (tx) => {
        const row = await locked(tx, actor, id);
        if (row.status !== 'pending') throw conflict('该隐患已处置');
        await requireUsablePhotos(tx, actor, 'rectification', [{ path: 'photoIds', ids: input.photoIds }]);
        await attachPhotos(tx, input.photoIds, at);
        const after = {
          status: 'resolved' as const,
          rectificationNote: input.note,
          rectificationResult: input.result,
          spentFen: input.spentFen,
          rectificationPhotoIds: input.photoIds,
          rectifiedAt: at,
          rectifiedBy: actor.id,
        };
        await tx.update(hazards).set(after).where(eq(hazards.id, id));
        await audit(tx, { ...meta, actor }, at, row, 'hazard.rectified', { status: row.status }, after);
      });
      return this.detail(actor, id);
    },

    /**
     * Corrects the plan of a general hazard still pending. A major hazard was reported to the
     * regulators the moment it was submitted and never changes (E7); corrections are new records.
     */
    async updatePlan(
      caller: Actor | null,
      id: string,
      input: HazardPlanInput,
      meta: RequestMeta,
    ): Promise<HazardDetail> {
      const actor = requireAccess(caller, 'hazard.rectify');
      const at = now();
      if (input.deadline && input.deadline < shanghaiDate(at))
        throw fieldError('deadline', '整改截止时间不能早于今天');
      await db.transaction(async (tx) => {
        const row = await locked(tx, actor, id);
        if (row.level === 'major') throw conflict(MAJOR_LOCKED);
        if (row.status !== 'pending') throw conflict('已处置的隐患不能修改');
        const after = {
          description: input.description,
          owner: input.owner ?? row.owner,
          measures: input.measures ?? row.measures,
          fundsFen: input.fundsFen ?? row.fundsFen,
          deadline: input.deadline ?? row.deadline,
          contingency: input.contingency ?? row.contingency,
        };
        await tx.update(hazards).set(after).where(eq(hazards.id, id));
        await audit(
          tx,
          { ...meta, actor },
          at,
          row,
          'hazard.plan_changed',
          {
            description: row.description,
            owner: row.owner,
            measures: row.measures,
            fundsFen: row.fundsFen,
            deadline: row.deadline,
            contingency: row.contingency,
          },
          after,
        );
      });
      return this.detail(actor, id);
    },

    /** Hazard records are never deleted: the history must stay whole (X2); a wrong one is corrected. */
    async remove(caller: Actor | null, id: string): Promise<never> {
      const actor = requireAccess(caller, 'hazard.rectify');
      return db.transaction(async (tx) => {
        const row = await locked(tx, actor, id);
        throw conflict(row.level === 'major' ? MAJOR_LOCKED : '隐患记录不能删除；如填报有误，请修改整改计划');
      });
    },

    /** 验收 by the enterprise admin: passed stays 已处置; failed goes back to 待处置. */
    async accept(
      caller: Actor | null,
      id: string,
      input: AcceptanceInput,
      meta: RequestMeta,
    ): Promise<HazardDetail> {
      const actor = requireAccess(caller, 'hazard.accept');
      const at = now();
      await db.transaction(async (tx) => {
        const row = await locked(tx, actor, id);
        if (row.status !== 'resolved' || row.acceptedAt) throw conflict('只有已处置且未验收的隐患可以验收');
        const after = input.passed
          ? { acceptedAt: at, acceptedBy: actor.id, acceptanceNote: input.note }
          : { status: 'pending' as const, acceptanceNote: input.note };
        await tx.update(hazards).set(after).where(eq(hazards.id, id));
        await audit(
          tx,
          { ...meta, actor },
          at,
          row,
          input.passed ? 'hazard.accepted' : 'hazard.acceptance_failed',
          { status: row.status },
          after,
        );
      });
      return this.detail(actor, id);
    },
  };
}

export type HazardHandlingService = ReturnType<typeof createHazardHandlingService>;
