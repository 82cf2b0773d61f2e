import type { PlanInput, PlanRowInput, PlanView } from '@ancha/contracts';

/** What the form holds: the input, with numbers possibly cleared while typing. */
export interface PlanFormValues {
  unitName: string;
  targetInspections: number | null;
  verificationPercent: number | null;
  note: string;
  rows: PlanRowInput[];
}

export const emptyRow: PlanRowInput = { schedule: '', people: '', targets: '', focus: '' };

/** A saved plan as the form starts from it, or a new one named after the office. */
export function initialValues(plan: PlanView | null, unitName: string): PlanFormValues {
  if (!plan)
    return { unitName, targetInspections: null, verificationPercent: null, note: '', rows: [emptyRow] };
  return {
    unitName: plan.unitName,
    targetInspections: plan.targetInspections,
    verificationPercent: plan.verificationPercent,
    note: plan.note,
    rows: plan.rows.map(({ schedule, people, targets, focus }) => ({ schedule, people, targets, focus })),
  };
}

/** The body of PUT /plans/{year}; the server checks it again, the form's rules are the same schema. */
export function toInput(v: PlanFormValues): PlanInput {
  return {
    unitName: v.unitName.trim(),
    targetInspections: v.targetInspections ?? -1,
    verificationPercent: v.verificationPercent ?? -1,
    note: (v.note ?? '').trim(),
    rows: (v.rows ?? []).map((r) => ({
      schedule: (r.schedule ?? '').trim(),
      people: (r.people ?? '').trim(),
      targets: (r.targets ?? '').trim(),
      focus: (r.focus ?? '').trim(),
    })),
  };
}

/** A server field path (`rows.0.focus`) as the form's name path (['rows', 0, 'focus']). */
export function formPath(path: string): (string | number)[] {
  return path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** Beijing's current year: plans are yearly by the Beijing calendar. */
export function beijingYear(now = new Date()): number {
  return Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(now));
}
