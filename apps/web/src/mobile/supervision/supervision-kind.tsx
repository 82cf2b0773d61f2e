import {
  CHECK_TYPE_LABELS,
  CHECK_TYPES,
  PENALTY_TYPE_LABELS,
  PENALTY_TYPES,
  type SupervisionInput,
  type SupervisionView,
  supervisionProblems,
} from '@ancha/contracts';
import { Input, Selector, TextArea } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { supervisionApi, supervisionKeys } from '../../api/supervision.ts';
import { i18n } from '../../i18n/index.ts';
import { type AttachmentDraft, type Draft, text, toInput } from '../form/draft.ts';
import { AcknowledgedField, Field } from '../form/fields.tsx';
import type { FormKind, HeaderProps } from '../form/kind.ts';
import { fenToYuan, yuanToFen } from '../shared/values.ts';

export const emptyAttachment: AttachmentDraft = {
  checkUnit: '',
  checkPeople: '',
  findings: '',
  fineYuan: '',
};

/** The attachment's fields as the server keeps them, for a draft opened again. */
export function attachmentOf(v: SupervisionView): AttachmentDraft {
  return {
    checkType: v.checkType ?? undefined,
    checkUnit: v.checkUnit ?? '',
    checkPeople: v.checkPeople === null ? '' : String(v.checkPeople),
    findings: v.findings ?? '',
    penaltyType: v.penaltyType ?? undefined,
    fineYuan: v.fineFen === null ? '' : fenToYuan(v.fineFen),
  };
}

const people = (s: string) => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : undefined);

/** The PUT body: what is half-typed (a bad number) is left out, as the self-inspection's phone. */
export function toSupervisionInput(draft: Draft): SupervisionInput {
  const { post: _p, inspectorPhone: _i, ...base } = toInput(draft);
  const a = draft.attachment ?? emptyAttachment;
  return {
    ...base,
    checkType: a.checkType,
    checkUnit: text(a.checkUnit),
    checkPeople: people(a.checkPeople),
    findings: text(a.findings),
    penaltyType: a.penaltyType,
    fineFen: a.penaltyType === 'fine' ? yuanToFen(a.fineYuan) : undefined,
  };
}

/** 提交 needs the attachment's fields; a typed amount that is no amount is named as such. */
function ownProblems(draft: Draft) {
  const a = draft.attachment ?? emptyAttachment;
  const input = toSupervisionInput(draft);
  const found = supervisionProblems(input).filter((p) => !(p.path === 'checkPeople' && a.checkPeople.trim()));
  if (a.checkPeople.trim() && !(input.checkPeople && input.checkPeople >= 1))
    found.push({ path: 'checkPeople', message: i18n.t('supervision:form.checkPeopleInvalid') });
  if (a.penaltyType === 'fine' && a.fineYuan.trim() && !(input.fineFen && input.fineFen > 0))
    return [
      ...found.filter((p) => p.path !== 'fineFen'),
      { path: 'fineFen', message: i18n.t('supervision:form.fineInvalid') },
    ];
  return found;
}

/** 监督检查 (G2) on the self-inspection's form: its API, its header, its record page. */
export function supervisionKind(
  recordPath: (id: string) => string,
  /** The inspected enterprise, which the hazards' photos are uploaded to. */
  enterpriseId: string | null,
): FormKind {
  return {
    save: (draft) => supervisionApi.save(draft.id, toSupervisionInput(draft)),
    submit: (id) => supervisionApi.submit(id),
    refreshKey: supervisionKeys.all,
    recordPath,
    photoEnterpriseId: enterpriseId,
    ownProblems,
    renderHeader: (props) => <SupervisionInfo {...props} />,
  };
}

/** 附件1's fields above the checklist: type, unit, people, findings, penalty and fine. */
function SupervisionInfo({ draft, siteName, patch, problems }: HeaderProps) {
  const { t } = useTranslation('supervision');
  const a = draft.attachment ?? emptyAttachment;
  const set = (change: Partial<AttachmentDraft>) => patch({ attachment: { ...a, ...change } });
  const error = (path: string) =>
    problems.get(path) && (
      <div role="alert" style={{ color: 'var(--adm-color-danger)', fontSize: 13 }}>
        {problems.get(path)}
      </div>
    );
  return (
    <section aria-label={t('form.title')} style={{ background: '#fff', padding: '4px 16px 12px' }}>
      <h3 style={{ fontSize: 15, margin: '8px 0' }}>{t('form.title')}</h3>
      <Field label={t('form.site')} required={false}>
        {(id) => <output id={id}>{siteName}</output>}
      </Field>
      <Field label={t('form.checkType')}>
        {() => (
          <Selector
            options={CHECK_TYPES.map((value) => ({ value, label: CHECK_TYPE_LABELS[value] }))}
            value={a.checkType ? [a.checkType] : []}
            onChange={([checkType]) => set({ checkType })}
          />
        )}
      </Field>
      {error('checkType')}
      <Field label={t('form.checkUnit')}>
        {(id) => (
          <Input id={id} maxLength={100} value={a.checkUnit} onChange={(checkUnit) => set({ checkUnit })} />
        )}
      </Field>
      {error('checkUnit')}
      <Field label={t('form.checkPeople')}>
        {(id) => (
          <Input
            id={id}
            inputMode="numeric"
            maxLength={4}
            value={a.checkPeople}
            onChange={(checkPeople) => set({ checkPeople })}
          />
        )}
      </Field>
      {error('checkPeople')}
      <Field label={t('form.findings')} required={false}>
        {(id) => (
          <TextArea
            id={id}
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={2000}
            value={a.findings}
            onChange={(findings) => set({ findings })}
          />
        )}
      </Field>
      <Field label={t('form.penaltyType')}>
        {() => (
          <Selector
            options={PENALTY_TYPES.map((value) => ({ value, label: PENALTY_TYPE_LABELS[value] }))}
            value={a.penaltyType ? [a.penaltyType] : []}
            onChange={([penaltyType]) => set({ penaltyType })}
          />
        )}
      </Field>
      {error('penaltyType')}
      {a.penaltyType === 'fine' && (
        <>
          <Field label={t('form.fine')}>
            {(id) => (
              <Input
                id={id}
                inputMode="decimal"
                maxLength={14}
                value={a.fineYuan}
                onChange={(fineYuan) => set({ fineYuan })}
              />
            )}
          </Field>
          {error('fineFen')}
        </>
      )}
      <AcknowledgedField checked={draft.acknowledged} onChange={(acknowledged) => patch({ acknowledged })} />
    </section>
  );
}
