import { type InspectionView, shanghaiDate } from '@ancha/contracts';
import { eq } from 'drizzle-orm';
import { hazards, inspections } from '../../db/schema/index.ts';
import { type Actor, requireAccess } from '../../lib/access.ts';
import { recordAudits } from '../../lib/audit.ts';
import type { Deps, RequestMeta } from '../../lib/context.ts';
import { notFound } from '../../lib/errors.ts';
import { newId } from '../../lib/ids.ts';
import { attachPhotos } from '../files/file-links.ts';
import { proposeHazards } from '../ledger/ledger-proposals.ts';
import { asInput, newHazard, requireComplete } from './inspection-rules.ts';
import * as repo from './inspections.repository.ts';
import type { InspectionsService } from './inspections.service.ts';

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
      const today = shanghaiDate(at);
      await db.transaction(async (tx) => {
        const row = await repo.lockInspection(tx, id);
        if (!row || row.inspectorId !== actor.id) throw notFound('自查记录');
        if (row.status !== 'draft') return;

        const items = await repo.itemsOfVersion(tx, row.catalogVersionId);
        const stored = await repo.answersOf(tx, id);
        const answers = new Map(stored.map((a) => [a.itemId, asInput(a)]));
        requireComplete(items, answers, row.acknowledged, today);
        const hazardRows = items
          .filter((item) => answers.get(item.id)!.answer === 'hazard')
          .map((item) => newHazard(newId(), row, item.id, answers.get(item.id)!, at, actor.id));
        if (hazardRows.length) await tx.insert(hazards).values(hazardRows);
        await attachPhotos(
          tx,
          [...answers.values()].flatMap((a) => a.photoIds ?? []),
          at,
        );
        await tx
          .update(inspections)
          .set({ status: 'submitted', submittedAt: at, savedAt: at, hasHazards: hazardRows.length > 0 })
          .where(eq(inspections.id, id));
        await recordAudits(tx, { ...meta, actor }, at, [
          {
            action: 'inspection.submitted',
            entityType: 'inspection',
            entityId: id,
            enterpriseId: row.enterpriseId,
            regionCode: row.streetCode,
            before: { status: 'draft' },
            after: {
              status: 'submitted',
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
        // E7: a major hazard goes to the regulators at once, so it is proposed for the ledger at once.
        await proposeHazards(
          tx,
          hazardRows.filter((h) => h.level === 'major').map((h) => h.id),
          at,
          { ...meta, actor },
        );
      });
      return inspectionsService.get(actor, id);
    },
  };
}

export type SubmitService = ReturnType<typeof createSubmitService>;
