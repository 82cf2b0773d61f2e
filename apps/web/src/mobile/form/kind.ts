import type { ReactNode } from 'react';
import { fieldApi, fieldKeys } from '../../api/field.ts';
import { type Draft, toInput } from './draft.ts';

/** The header of the form: who inspects and the record's own fields, above the checklist. */
export interface HeaderProps {
  draft: Draft;
  siteName: string;
  patch: (change: Partial<Draft>) => void;
  /** Messages of the record's own fields by path (checkType, fineFen, ...), from 提交. */
  problems: Map<string, string>;
}

/**
 * What differs between the kinds of inspection that share this form: the enterprise's
 * self-inspection (E4) and a regulator's supervision inspection (G2). The checklist, the draft
 * kept on the device, the autosave and 提交 are the same; the API, the header and where the
 * record is shown afterwards are the kind's.
 */
export interface FormKind {
  save: (draft: Draft) => Promise<unknown>;
  submit: (id: string) => Promise<unknown>;
  /** The queries a submission changes. */
  refreshKey: readonly unknown[];
  recordPath: (id: string) => string;
  /**
   * The enterprise the hazards' photos are uploaded to when the user is not its own (a
   * regulator names the inspected enterprise, files module); null for the user's own.
   */
  photoEnterpriseId: string | null;
  renderHeader: (props: HeaderProps) => ReactNode;
  /** Problems of the record's own fields that 提交 would refuse (path → message). */
  ownProblems: (draft: Draft) => { path: string; message: string }[];
}

/** The enterprise's self-inspection on the phone; its header is set by InspectionForm. */
export const selfInspection: Omit<FormKind, 'renderHeader'> = {
  save: (draft) => fieldApi.saveInspection(draft.id, toInput(draft)),
  submit: (id) => fieldApi.submitInspection(id),
  refreshKey: fieldKeys.all,
  recordPath: (id) => `/m/records/${id}`,
  photoEnterpriseId: null,
  ownProblems: () => [],
};
