import { type AnswerInput, shanghaiDate } from '@ancha/contracts';
import type { DbOrTx } from '../../db/client.ts';
import type { Actor } from '../../lib/access.ts';
import { AppError, fieldError } from '../../lib/errors.ts';
import { requireUsablePhotos } from '../files/file-links.ts';
import * as repo from './inspections.repository.ts';

/**
 * The checks every 暂存 makes, whoever inspects (self-inspection or supervision): each answer is
 * for an item of the record's catalog version, once; no deadline is already past (E4); photos
 * are the caller's own uploads. Completeness waits for 提交.
 */
export async function checkDraftAnswers(
  db: DbOrTx,
  actor: Actor,
  versionId: string,
  answers: AnswerInput[],
  at: Date,
): Promise<void> {
  const items = new Set((await repo.itemsOfVersion(db, versionId)).map((i) => i.id));
  const seen = new Set<string>();
  answers.forEach((a, index) => {
    if (!items.has(a.itemId)) throw fieldError(`answers.${index}.itemId`, '检查项不属于该检查内容');
    if (seen.has(a.itemId)) throw fieldError(`answers.${index}.itemId`, '同一检查项只能回答一次');
    seen.add(a.itemId);
  });
  // A draft may be half-filled, but never holds a deadline already past (E4).
  const today = shanghaiDate(at);
  const late = answers.flatMap((a, i) =>
    a.deadline && a.deadline < today
      ? [{ path: `answers.${i}.deadline`, message: '整改截止时间不能早于今天' }]
      : [],
  );
  if (late.length) throw new AppError('VALIDATION_FAILED', late[0]!.message, { fields: late });
  await requireUsablePhotos(
    db,
    actor,
    'hazard',
    answers.map((a, i) => ({ path: `answers.${i}.photoIds`, ids: a.photoIds ?? [] })),
  );
}

/** The answers as rows: the answer column, the rest of the AnswerInput as its detail. */
export function answerRows(inspectionId: string, answers: AnswerInput[]) {
  return answers.map(({ itemId, answer, ...detail }) => ({ inspectionId, itemId, answer, detail }));
}
