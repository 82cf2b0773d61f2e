import { type AnswerInput, answerProblems, type FieldError } from '@ancha/contracts';
import type { hazards, inspectionAnswers, inspections } from '../../db/schema/index.ts';
import { AppError } from '../../lib/errors.ts';

type Item = { id: string; no: string; major: string | null };
type AnswerRow = typeof inspectionAnswers.$inferSelect;

/** A stored answer as the contract's AnswerInput: the answer column plus its detail. */
export function asInput(a: Pick<AnswerRow, 'itemId' | 'answer' | 'detail'>): AnswerInput {
  return { ...(a.detail ?? {}), itemId: a.itemId, answer: a.answer } as AnswerInput;
}

/**
 * What stops a record from being submitted (E4): unanswered items (counted, the first named),
 * incomplete 有隐患 answers, and the missing acknowledgement. `check` limits the answer checks
 * to some items: a correction re-checks what changed, not a deadline that has since passed.
 */
export function requireComplete(
  items: Item[],
  answers: Map<string, AnswerInput>,
  acknowledged: boolean,
  today: string,
  check: (itemId: string) => boolean = () => true,
): void {
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
  const fields: FieldError[] = items
    .filter((item) => check(item.id))
    .flatMap((item) =>
      answerProblems(answers.get(item.id)!, item.major !== null, today).map((p) => ({
        path: `answers.${item.id}.${p.path}`,
        message: `第 ${item.no} 项：${p.message}`,
      })),
    );
  if (!acknowledged) fields.push({ path: 'acknowledged', message: '请勾选“法人已知晓检查结果”' });
  if (fields.length) throw new AppError('VALIDATION_FAILED', fields[0]!.message, { fields });
}

/** The hazard's own fields as a complete 有隐患 answer states them. */
export function hazardFields(a: AnswerInput) {
  return {
    // Fixed on the spot (立即整改) is already handled; a scheduled fix waits in 待处置.
    status: a.mode === 'immediate' ? ('resolved' as const) : ('pending' as const),
    level: a.level!,
    gradeCode: a.gradeCode ?? null,
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
  };
}

/** A new hazard for an 有隐患 answer of this record. */
export function newHazard(
  id: string,
  record: typeof inspections.$inferSelect,
  itemId: string,
  a: AnswerInput,
  at: Date,
  foundBy: string,
): typeof hazards.$inferInsert {
  return {
    id,
    enterpriseId: record.enterpriseId,
    districtCode: record.districtCode,
    streetCode: record.streetCode,
    siteId: record.siteId,
    inspectionId: record.id,
    itemId,
    ...hazardFields(a),
    foundAt: at,
    foundBy,
  };
}
