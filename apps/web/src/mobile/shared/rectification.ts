import { RectificationInput } from '@ancha/contracts';
import { yuanToFen } from './values.ts';

/** 去处置 as typed, on the phone (RectifyForm) and on the console (the hazard drawer). */
export interface RectificationDraft {
  note: string;
  result: string;
  /** Yuan as typed; the API counts fen. */
  spent: string;
  photoIds: string[];
}

export type RectificationField = keyof RectificationDraft;

export type RectificationCheck =
  | { body: RectificationInput; problems: null }
  | { body: null; problems: Map<RectificationField, string> };

/**
 * The body of 去处置, or each field's first problem in the form's order. The contract's own
 * schema decides, so both forms refuse exactly what the server would; only the amount is checked
 * here first, since text that is no amount never reaches the schema as a number.
 */
export function checkRectification(draft: RectificationDraft, moneyInvalid: string): RectificationCheck {
  const spentFen = yuanToFen(draft.spent);
  const parsed = RectificationInput.safeParse({
    note: draft.note,
    result: draft.result,
    spentFen,
    photoIds: draft.photoIds,
  });
  if (parsed.success && spentFen !== undefined) return { body: parsed.data, problems: null };
  const problems = new Map<RectificationField, string>();
  for (const issue of parsed.error?.issues ?? []) {
    const field = issue.path[0] === 'spentFen' ? 'spent' : (issue.path[0] as RectificationField);
    if (!problems.has(field)) problems.set(field, issue.message);
  }
  // Typed but not an amount (or empty): the same words on both forms.
  if (spentFen === undefined) problems.set('spent', moneyInvalid);
  const order: RectificationField[] = ['note', 'result', 'spent', 'photoIds'];
  return {
    body: null,
    problems: new Map(order.flatMap((f) => (problems.has(f) ? [[f, problems.get(f)!]] : []))),
  };
}

/** The first problem, for a form that shows one message (the phone's). */
export function firstProblem(check: RectificationCheck): string | null {
  return check.problems ? ([...check.problems.values()][0] ?? null) : null;
}
