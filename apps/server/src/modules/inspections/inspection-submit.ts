import { type FieldError, type InspectionView, shanghaiDate } from '@ancha/contracts';
import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { hazards, inspections } from '../../db/schema/index.ts';
import { type Actor, requireAccess } from '../../lib/access.ts';
import { recordAudits } from '../../lib/audit.ts';
import type { Deps, RequestMeta } from '../../lib/context.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { newId } from '../../lib/ids.ts';
import { attachPhotos } from '../files/file-links.ts';
import { proposeHazards } from '../ledger/ledger-proposals.ts';
import { gradesOf } from '../standards/hazard-grades.ts';
import { postSubmitRules } from '../standards/post-inspections.ts';
import { asInput, newHazard, requireComplete } from './inspection-rules.ts';
import * as repo from './inspections.repository.ts';
import type { InspectionsService } from './inspections.service.ts';

/** How a kind of record is submitted; everything else (checks, hazards, audit) is shared. */
export interface SubmitRules {
  /**
   * The status the record takes: a self-inspection waits for the enterprise's 上报 (E8); a
   * supervision inspection is the regulators' own record, reported (locked, visible) at once (G2).
   */
  status: 'submitted' | 'reported';
  /** Which hazards go to the ledger now: the major ones (E7), or all that a regulator found (G2). */
  propose: 'major' | 'all';
  action: 'inspection.submitted' | 'supervision.submitted';
  /** Problems of the record's own fields, reported together with the answers'. */
  problems?: FieldError[];
  /** A post inspection (E9) completes its post's items only. */
  only?: Set<string>;
}

/**
 * Submits a draft the caller has locked (`repo.lockInspection`): checks it is complete, turns
 * every 有隐患 answer into a hazard, attaches the photos, audits, and proposes hazards for the
 * ledger, all in the caller's transaction. Self-inspections and supervision inspections share it.
 */
export async function submitDraft(
  tx: Tx,
  row: typeof inspections.$inferSelect,
  by: { actor: Actor; meta: RequestMeta },
  at: Date,
  rules: SubmitRules,
): Promise<void> {
  const items = (await repo.itemsOfVersion(tx, row.catalogVersionId)).filter(
    (i) => !rules.only || rules.only.has(i.id),
  );
  const stored = await repo.answersOf(tx, row.id);
  const answers = new Map(stored.map((a) => [a.itemId, asInput(a)]));
  const own = rules.problems ?? [];
  try {
    requireComplete(items, answers, row.acknowledged, shanghaiDate(at));
  } catch (err) {
    if (!(err instanceof AppError) || own.length === 0) throw err;
    throw new AppError('VALIDATION_FAILED', err.message, { fields: [...own, ...(err.fields ?? [])] });
  }
  if (own.length) throw new AppError('VALIDATION_FAILED', own[0]!.message, { fields: own });

  const hazardRows = items
    .filter((item) => answers.get(item.id)!.answer === 'hazard')
    .map((item) => newHazard(newId(), row, item.id, answers.get(item.id)!, at, by.actor.id));
  if (hazardRows.length) await tx.insert(hazards).values(hazardRows);
  await attachPhotos(
    tx,
    [...answers.values()].flatMap((a) => a.photoIds ?? []),
    at,
  );
  await tx
    .update(inspections)
    .set({
      status: rules.status,
      submittedAt: at,
      savedAt: at,
      reportedAt: rules.status === 'reported' ? at : null,
      hasHazards: hazardRows.length > 0,
    })
    .where(eq(inspections.id, row.id));
  const meta = { ...by.meta, actor: by.actor };
  await recordAudits(tx, meta, at, [
    {
      action: rules.action,
      entityType: 'inspection',
      entityId: row.id,
      enterpriseId: row.enterpriseId,
      regionCode: row.streetCode,
      before: { status: 'draft' },
      after: {
        status: rules.status,
        hazards: hazardRows.map((h) => ({ id: h.id, level: h.level, status: h.status })),
      },
    },
    // Each hazard's own history starts here: found, with its rectification plan.
    ...hazardRows.map((h) => ({
      action: 'hazard.found',
      entityType: 'hazard',
      entityId: h.id,
      enterpriseId: h.enterpriseId,
      regionCode: h.streetCode,
      after: h,
    })),
  ]);
  await proposeHazards(
    tx,
    hazardRows.filter((h) => rules.propose === 'all' || h.level === 'major').map((h) => h.id),
    at,
    meta,
  );
}

/**
 * 提交: checks the record is complete, then turns every 有隐患 answer into a hazard, in one
 * transaction holding the inspection's row lock. A second submission of the same record (two
 * taps, a retry after a timeout) finds it submitted and gets the same answer: one record, one
 * set of hazards.
 */
export function createSubmitService({ database, now }: Deps, inspectionsService: InspectionsService) {
  const db = database.db;

  return {
    async submit(caller: Actor | null, id: string, meta: RequestMeta): Promise<InspectionView> {
      const actor = requireAccess(caller, 'inspection.fill');
      const at = now();
      await db.transaction(async (tx) => {
        const row = await repo.lockInspection(tx, id);
        if (row?.kind !== 'self' || row.inspectorId !== actor.id) throw notFound('自查记录');
        if (row.status !== 'draft') return;
        // An enterprise with its own hazard grades has each hazard graded (E9).
        const graded = (await gradesOf(tx, row.enterpriseId)).length > 0;
        const problems = graded
          ? (await repo.answersOf(tx, id))
              .filter((a) => a.answer === 'hazard' && !a.detail?.gradeCode)
              .map((a) => ({ path: `answers.${a.itemId}.gradeCode`, message: '请选择隐患分级' }))
          : [];
        // E7: a major hazard goes to the regulators at once, so it is proposed for the ledger at once.
        await submitDraft(tx, row, { actor, meta }, at, {
          status: 'submitted',
          propose: 'major',
          action: 'inspection.submitted',
          problems,
          only: row.postId ? await postSubmitRules(tx, row, at) : undefined,
        });
      });
      return inspectionsService.get(actor, id);
    },
  };
}

export type SubmitService = ReturnType<typeof createSubmitService>;
