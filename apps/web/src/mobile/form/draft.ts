import type { AnswerInput, CheckType, InspectionInput, InspectionView, PenaltyType } from '@ancha/contracts';
import { fenToYuan, yuanToFen } from '../shared/values.ts';

/**
 * One item's answer as the form holds it: like the API's, except that money stays the text the
 * inspector typed (yuan), so "12." survives until the next key.
 */
export type AnswerDraft = Omit<AnswerInput, 'fundsFen'> & { fundsYuan?: string };

/** Everything typed into one inspection; the unit kept on the phone and sent to the server. */
export interface Draft {
  id: string;
  siteId: string;
  catalogId: string;
  post: string;
  inspectorPhone: string;
  acknowledged: boolean;
  answers: Record<string, AnswerDraft>;
  /** When this phone last changed the draft (ISO); decides which copy wins on opening. */
  changedAt: string;
  /** A supervision inspection's attachment-1 fields (G2); absent on a self-inspection. */
  attachment?: AttachmentDraft;
}

/** 检查类型 … 处罚类型 as typed: numbers stay text (人数, 罚款 in yuan) until sent. */
export interface AttachmentDraft {
  checkType?: CheckType | undefined;
  checkUnit: string;
  checkPeople: string;
  findings: string;
  penaltyType?: PenaltyType | undefined;
  fineYuan: string;
}

export function emptyDraft(id: string, siteId: string, catalogId: string): Draft {
  return {
    id,
    siteId,
    catalogId,
    post: '',
    inspectorPhone: '',
    acknowledged: false,
    answers: {},
    changedAt: new Date(0).toISOString(),
  };
}

export const phonePattern = /^1\d{10}$/;

/** Blank text means "not filled in" to the API; sending '' would be kept as an answer. */
export function text(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

export function toAnswerInput({ fundsYuan, ...a }: AnswerDraft): AnswerInput {
  return {
    itemId: a.itemId,
    answer: a.answer,
    description: text(a.description),
    // Only a hazard carries photos; they stay in the draft should the answer turn back to 有隐患.
    photoIds: a.answer === 'hazard' && a.photoIds?.length ? a.photoIds : undefined,
    level: a.level,
    gradeCode: a.gradeCode,
    majorReason: text(a.majorReason),
    // The special report belongs to a major hazard only (E7); it stays in the draft otherwise.
    specialReport:
      a.level === 'major' && a.specialReport
        ? {
            situation: text(a.specialReport.situation),
            severity: text(a.specialReport.severity),
            plan: text(a.specialReport.plan),
          }
        : undefined,
    mode: a.mode,
    immediateAction: text(a.immediateAction),
    owner: text(a.owner),
    measures: text(a.measures),
    fundsFen: yuanToFen(fundsYuan),
    deadline: a.deadline,
    contingency: text(a.contingency),
  };
}

/**
 * The body of PUT. A phone number still being typed is left out rather than refused by the
 * server: the autosave must keep succeeding while the inspector types, and the phone keeps it.
 */
export function toInput(draft: Draft): InspectionInput {
  const phone = draft.inspectorPhone.trim();
  return {
    siteId: draft.siteId,
    catalogId: draft.catalogId,
    post: text(draft.post),
    inspectorPhone: phonePattern.test(phone) ? phone : undefined,
    acknowledged: draft.acknowledged,
    answers: Object.values(draft.answers).map(toAnswerInput),
  };
}

/**
 * Opening the form: the copy changed last wins. The server does not return the phone number,
 * so the local one is kept whichever copy wins.
 */
export function mergeDrafts(
  local: Draft | null,
  server: (Omit<InspectionView, 'post'> & { post?: string | null }) | null,
  fallback: Draft,
): Draft {
  if (!server) return local ?? fallback;
  if (local && local.changedAt > server.savedAt) return local;
  const answers: Record<string, AnswerDraft> = {};
  for (const { itemNo: _no, itemText: _text, fundsFen, ...a } of server.answers) {
    answers[a.itemId] = { ...a, fundsYuan: fundsFen === undefined ? undefined : fenToYuan(fundsFen) };
  }
  return {
    id: server.id,
    siteId: server.siteId,
    catalogId: server.catalogId,
    post: server.post ?? '',
    inspectorPhone: local?.inspectorPhone ?? '',
    acknowledged: server.acknowledged,
    answers,
    changedAt: server.savedAt,
  };
}

// The phone's own copy of every draft, so a reload, a crash or a dead signal loses nothing.

const prefix = 'ancha.inspection.';

export function readLocalDraft(id: string): Draft | null {
  try {
    const raw = localStorage.getItem(prefix + id);
    return raw ? (JSON.parse(raw) as Draft) : null;
  } catch {
    // A corrupt or inaccessible copy is no copy; the server's draft (if any) still counts.
    return null;
  }
}

export function writeLocalDraft(draft: Draft): void {
  try {
    localStorage.setItem(prefix + draft.id, JSON.stringify(draft));
  } catch {
    // Storage full or disabled (private mode): the server autosave is then the only copy.
  }
}

export function removeLocalDraft(id: string): void {
  try {
    localStorage.removeItem(prefix + id);
  } catch {
    // Nothing to clean up if storage is unavailable.
  }
}

/** The id of a draft for this site and catalog kept on this phone, if any (newest first). */
export function findLocalDraft(siteId: string, catalogId: string): string | null {
  try {
    let found: Draft | null = null;
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (!key?.startsWith(prefix)) continue;
      const draft = readLocalDraft(key.slice(prefix.length));
      // A regulator's supervision draft on a shared device is not the enterprise's.
      if (draft?.siteId !== siteId || draft.catalogId !== catalogId || draft.attachment) continue;
      if (!found || draft.changedAt > found.changedAt) found = draft;
    }
    return found?.id ?? null;
  } catch {
    return null;
  }
}
