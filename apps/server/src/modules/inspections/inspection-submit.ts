import { type AnswerInput, answerProblems, type InspectionView, shanghaiDate } from '@ancha/contracts';
import { eq } from 'drizzle-orm';
import { hazards, inspections } from '../../db/schema/index.ts';
import { type Actor, requireAccess } from '../../lib/access.ts';
import { recordAudits } from '../../lib/audit.ts';
import type { Deps, RequestMeta } from '../../lib/context.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { newId } from '../../lib/ids.ts';
import { attachPhotos } from '../files/file-links.ts';
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
        const answers = new Map((await repo.answersOf(tx, id)).map((a) => [a.itemId, a]));
        const missing = items.filter((i) => !answers.has(i.id));
        if (missing.length) {
          throw new AppError(
            'VALIDATION_FAILED',
            `还有 ${missing.length} 项未填写，请逐项选择有隐患、无隐患或不涉及`,
            {
              fields: missing.map((i) => ({ path: `answers.${i.id}`, message: `第 ${i.no} 项未填写` })),
            },
          );
        }
        const fields = items.flatMap((item) => {
          const a = answers.get(item.id)!;
          const input = { ...(a.detail ?? {}), itemId: item.id, answer: a.answer } as AnswerInput;
          return answerProblems(input, item.major !== null, today).map((p) => ({
            path: `answers.${item.id}.${p.path}`,
            message: `第 ${item.no} 项：${p.message}`,
          }));
        });
        if (!row.acknowledged) fields.push({ path: 'acknowledged', message: '请勾选“法人已知晓检查结果”' });
        if (fields.length) throw new AppError('VALIDATION_FAILED', fields[0]!.message, { fields });

        const found = items
          .map((item) => ({
            item,
            a: {
              ...(answers.get(item.id)!.detail ?? {}),
              answer: answers.get(item.id)!.answer,
            } as AnswerInput,
          }))
          .filter(({ a }) => a.answer === 'hazard');
        const hazardRows = found.map(({ item, a }) => ({
          id: newId(),
          enterpriseId: row.enterpriseId,
          districtCode: row.districtCode,
          streetCode: row.streetCode,
          siteId: row.siteId,
          inspectionId: id,
          itemId: item.id,
          // Fixed on the spot (立即整改) is already handled; a scheduled fix waits in 待处置.
          status: a.mode === 'immediate' ? ('resolved' as const) : ('pending' as const),
          level: a.level!,
          description: a.description!,
          mode: a.mode!,
          immediateAction: a.immediateAction ?? null,
          owner: a.owner ?? null,
          measures: a.measures ?? null,
          fundsFen: a.fundsFen ?? null,
          deadline: a.deadline ?? null,
          contingency: a.contingency ?? null,
          majorReason: a.majorReason ?? null,
          specialReport:
            a.level === 'major' && a.specialReport
              ? {
                  situation: a.specialReport.situation!,
                  severity: a.specialReport.severity!,
                  plan: a.specialReport.plan!,
                }
              : null,
          photoIds: a.photoIds ?? [],
          foundAt: at,
          foundBy: actor.id,
        }));
        if (hazardRows.length) await tx.insert(hazards).values(hazardRows);
        await attachPhotos(
          tx,
          [...answers.values()].flatMap((a) => (a.detail?.photoIds as string[] | undefined) ?? []),
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
      });
      return inspectionsService.get(actor, id);
    },
  };
}

export type SubmitService = ReturnType<typeof createSubmitService>;
