import { isDeepStrictEqual } from 'node:util';
import { type AnswerInput, type InspectionInput, shanghaiDate } from '@ancha/contracts';
import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { hazards, inspections } from '../../db/schema/index.ts';
import type { Actor } from '../../lib/access.ts';
import { type AuditInput, recordAudits } from '../../lib/audit.ts';
import type { RequestMeta } from '../../lib/context.ts';
import { conflict } from '../../lib/errors.ts';
import { newId } from '../../lib/ids.ts';
import { attachPhotos } from '../files/file-links.ts';
import { postItemIds } from '../standards/post-inspections.ts';
import { asInput, hazardFields, newHazard, requireComplete } from './inspection-rules.ts';
import * as repo from './inspections.repository.ts';

/** JSON as stored: an answer read back equals the same answer sent again. */
const plain = (a: AnswerInput | undefined) => (a ? JSON.parse(JSON.stringify(a)) : undefined);

/**
 * E8: a submitted record of the current month stays editable by its author until it is reported.
 * The correction must still be complete, and its hazards follow it: a changed 有隐患 answer
 * updates its hazard, a new one adds a hazard, one no longer a hazard is withdrawn (kept, never
 * deleted). A major hazard (reported at once) or a hazard already handled cannot change.
 */
export async function correctSubmitted(
  db: Db,
  actor: Actor,
  id: string,
  input: InspectionInput,
  meta: RequestMeta,
  at: Date,
): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await repo.lockInspection(tx, id);
    if (row?.status !== 'submitted') throw conflict('该自查记录已上报，不能再修改');
    const today = shanghaiDate(at);
    if (shanghaiDate(row.submittedAt!).slice(0, 7) !== today.slice(0, 7))
      throw conflict('只能修改本月提交的自查记录；之前的记录如有错误，请在新的自查中如实填报');

    const only = row.postId ? await postItemIds(tx, row.postId, row.catalogVersionId) : undefined;
    const items = (await repo.itemsOfVersion(tx, row.catalogVersionId)).filter(
      (i) => !only || only.has(i.id),
    );
    const before = new Map((await repo.answersOf(tx, id)).map((a) => [a.itemId, plain(asInput(a))]));
    const after = new Map(input.answers.map((a) => [a.itemId, plain(a) as AnswerInput]));
    const changed = items.filter((i) => !isDeepStrictEqual(before.get(i.id), after.get(i.id)));
    requireComplete(items, after, input.acknowledged, today, (itemId) =>
      changed.some((c) => c.id === itemId),
    );

    const found = await tx
      .select()
      .from(hazards)
      .where(and(eq(hazards.inspectionId, id), ne(hazards.status, 'withdrawn')))
      .for('update');
    const byItem = new Map(found.map((h) => [h.itemId, h]));
    const audits: AuditInput[] = [];
    const trail = (action: string, hazardId: string, was: unknown, now: unknown) =>
      audits.push({
        action,
        entityType: 'hazard',
        entityId: hazardId,
        enterpriseId: row.enterpriseId,
        regionCode: row.streetCode,
        before: was,
        after: now,
      });

    for (const item of changed) {
      const a = after.get(item.id)!;
      const h = byItem.get(item.id);
      if (h?.level === 'major') throw conflict(`第 ${item.no} 项为重大隐患，提交时即已上报，不能修改`);
      if (h && (h.rectifiedAt || h.acceptedAt)) throw conflict(`第 ${item.no} 项的隐患已处置，不能修改`);
      if (h && a.answer === 'hazard') {
        const values = hazardFields(a);
        await tx.update(hazards).set(values).where(eq(hazards.id, h.id));
        trail('hazard.corrected', h.id, before.get(item.id), values);
      } else if (h) {
        await tx.update(hazards).set({ status: 'withdrawn' }).where(eq(hazards.id, h.id));
        trail('hazard.withdrawn', h.id, { status: h.status }, { status: 'withdrawn', answer: a.answer });
      } else if (a.answer === 'hazard') {
        const values = newHazard(newId(), row, item.id, a, at, actor.id);
        await tx.insert(hazards).values(values);
        trail('hazard.found', values.id!, null, values);
      }
    }

    await repo.replaceAnswers(
      tx,
      id,
      input.answers.map(({ itemId, answer, ...detail }) => ({ inspectionId: id, itemId, answer, detail })),
    );
    await attachPhotos(
      tx,
      input.answers.flatMap((a) => a.photoIds ?? []),
      at,
    );
    await tx
      .update(inspections)
      .set({
        post: input.post ?? null,
        inspectorPhone: input.inspectorPhone ?? null,
        acknowledged: input.acknowledged,
        hasHazards: input.answers.some((a) => a.answer === 'hazard'),
        savedAt: at,
      })
      .where(eq(inspections.id, id));
    await recordAudits(tx, { ...meta, actor }, at, [
      {
        action: 'inspection.corrected',
        entityType: 'inspection',
        entityId: id,
        enterpriseId: row.enterpriseId,
        regionCode: row.streetCode,
        before: Object.fromEntries(changed.map((i) => [i.id, before.get(i.id) ?? null])),
        after: Object.fromEntries(changed.map((i) => [i.id, after.get(i.id) ?? null])),
      },
      ...audits,
    ]);
  });
}
