import {
  type PlanInput,
  type PlanOverview,
  type PlanProgress,
  type PlanView,
  PlanYear,
} from '@ancha/contracts';
import { eq } from 'drizzle-orm';
import { supervisionPlanRows, supervisionPlans } from '../../db/schema/index.ts';
import { type Actor, requireAccess } from '../../lib/access.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { Deps, RequestMeta } from '../../lib/context.ts';
import { fieldError, notFound } from '../../lib/errors.ts';
import { newId } from '../../lib/ids.ts';
import { officeKey, officeOf, parseOfficeKey } from '../../lib/offices.ts';
import { belowWhere, isBelow } from './office.ts';
import * as repo from './plans.repository.ts';

/**
 * 年度监督检查计划 (G5, seed 003 attachment 3). An office writes its own plan for a year and
 * replaces it whole; district and city offices read the plans below them, never change them.
 */
export function createPlansService({ database, now }: Deps) {
  const db = database.db;

  async function progressOf(plan: repo.PlanRow): Promise<PlanProgress> {
    const office = parseOfficeKey(plan.officeKey);
    const [inspections, ledger] = await Promise.all([
      repo.countInspections(db, office, plan.year),
      repo.countVerifications(db, office, plan.year),
    ]);
    return {
      inspections,
      targetInspections: plan.targetInspections,
      verifications: ledger.verified,
      closedEntries: ledger.closed,
      // Rounded up, as a 核查 draw takes its share: a small region still checks one.
      verificationTarget: Math.ceil((ledger.closed * plan.verificationPercent) / 100),
    };
  }

  async function views(actor: Actor, plans: repo.PlanRow[]): Promise<PlanView[]> {
    const rows = await repo.scheduleRows(
      db,
      plans.map((p) => p.id),
    );
    const own = officeKey(officeOf(actor));
    return Promise.all(
      plans.map(async (p) => {
        const office = parseOfficeKey(p.officeKey);
        return {
          id: p.id,
          year: p.year,
          officeKey: p.officeKey,
          officeRole: office.role,
          regionCode: p.regionCode,
          regionName: p.regionName,
          industries: office.industries,
          unitName: p.unitName,
          targetInspections: p.targetInspections,
          verificationPercent: p.verificationPercent,
          note: p.note,
          rows: rows
            .filter((r) => r.planId === p.id)
            .map((r) => ({
              id: r.id,
              schedule: r.schedule,
              people: r.people,
              targets: r.targets,
              focus: r.focus,
            })),
          own: p.officeKey === own,
          progress: await progressOf(p),
          createdAt: p.createdAt.toISOString(),
          updatedAt: p.updatedAt.toISOString(),
        };
      }),
    );
  }

  return {
    /** The caller's own plan of the year, and those of the offices below it. */
    async overview(caller: Actor | null, year: number): Promise<PlanOverview> {
      const actor = requireAccess(caller, 'plan.read');
      const own = await repo.findPlan(db, repo.byOffice(officeKey(officeOf(actor)), year));
      const below = await repo.listPlans(db, year, belowWhere(actor));
      const [ownView, belowViews] = await Promise.all([views(actor, own ? [own] : []), views(actor, below)]);
      return { year, own: ownView[0] ?? null, below: belowViews };
    },

    async get(caller: Actor | null, id: string): Promise<PlanView> {
      const actor = requireAccess(caller, 'plan.read');
      const plan = await repo.findPlan(db, eq(supervisionPlans.id, id));
      // Another office's plan reads as absent unless it is below the caller.
      if (!plan || (plan.officeKey !== officeKey(officeOf(actor)) && !isBelow(actor, plan)))
        throw notFound('监督检查计划');
      const [view] = await views(actor, [plan]);
      return view!;
    },

    /** Creates or replaces the caller's office's plan of the year, rows and all, in one step. */
    async save(
      caller: Actor | null,
      rawYear: string,
      input: PlanInput,
      meta: RequestMeta,
    ): Promise<PlanView> {
      const actor = requireAccess(caller, 'plan.edit');
      // The path's year is checked here, after the body, so a bad body names all its fields.
      const parsed = PlanYear.safeParse(rawYear);
      if (!parsed.success) throw fieldError('year', parsed.error.issues[0]?.message ?? '年度不正确');
      const year = parsed.data;
      const office = officeOf(actor);
      const key = officeKey(office);
      const at = now();
      const id = await db.transaction(async (tx) => {
        const before = await repo.lockPlan(tx, key, year);
        const fields = {
          unitName: input.unitName,
          targetInspections: input.targetInspections,
          verificationPercent: input.verificationPercent,
          note: input.note ?? '',
          updatedAt: at,
        };
        // Two first saves at once: the second finds the first's row and replaces it.
        const [saved] = await tx
          .insert(supervisionPlans)
          .values({
            id: newId(),
            year,
            officeKey: key,
            regionCode: office.regionCode,
            createdBy: actor.id,
            createdAt: at,
            ...fields,
          })
          .onConflictDoUpdate({ target: [supervisionPlans.officeKey, supervisionPlans.year], set: fields })
          .returning({ id: supervisionPlans.id });
        const planId = saved!.id;
        const beforeRows = before ? await repo.scheduleRows(tx, [planId]) : [];
        await tx.delete(supervisionPlanRows).where(eq(supervisionPlanRows.planId, planId));
        const rows = input.rows.map((r, sort) => ({ id: newId(), planId, sort, ...r }));
        if (rows.length > 0) await tx.insert(supervisionPlanRows).values(rows);
        const strip = (r: { schedule: string; people: string; targets: string; focus: string }) => ({
          schedule: r.schedule,
          people: r.people,
          targets: r.targets,
          focus: r.focus,
        });
        await recordAudit(tx, { ...meta, actor }, at, {
          action: before ? 'plan.replaced' : 'plan.created',
          entityType: 'supervision_plan',
          entityId: planId,
          regionCode: office.regionCode,
          before: before && {
            unitName: before.unitName,
            targetInspections: before.targetInspections,
            verificationPercent: before.verificationPercent,
            note: before.note,
            rows: beforeRows.map(strip),
          },
          after: { year, officeKey: key, ...fields, updatedAt: undefined, rows: input.rows.map(strip) },
        });
        return planId;
      });
      const plan = await repo.findPlan(db, eq(supervisionPlans.id, id));
      const [view] = await views(actor, [plan!]);
      return view!;
    },
  };
}

export type PlansService = ReturnType<typeof createPlansService>;
