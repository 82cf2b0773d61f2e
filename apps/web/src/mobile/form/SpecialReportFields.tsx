import type { AnswerInput } from '@ancha/contracts';
import { TextArea } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import type { AnswerDraft } from './draft.ts';
import { Field } from './fields.tsx';

type Report = NonNullable<AnswerInput['specialReport']>;
type Patch = (change: (answer: AnswerDraft) => Partial<AnswerDraft>) => void;
const parts = ['situation', 'severity', 'plan'] as const;

/**
 * 重大隐患专项报告 (E7, seed 002 第十四条): a major hazard is submitted with its written report —
 * 现状及产生原因; 危害程度和整改难易程度分析; 治理方案 — since the regulators receive it at once.
 */
export function SpecialReportFields({ answer, patch }: { answer: AnswerDraft; patch: Patch }) {
  const { t } = useTranslation('field');
  const report: Report = answer.specialReport ?? {};
  return (
    <fieldset
      data-testid="special-report"
      style={{
        border: '1px solid var(--adm-color-danger)',
        borderRadius: 6,
        margin: '6px 0',
        padding: '4px 8px',
      }}
    >
      <legend style={{ color: 'var(--adm-color-danger)', fontSize: 14, padding: '0 4px' }}>
        {t('form.specialReport')}
      </legend>
      <p style={{ fontSize: 12, color: 'var(--adm-color-weak)', margin: '0 0 4px' }}>
        {t('form.specialReportNote')}
      </p>
      {parts.map((part) => (
        <Field key={part} label={t(`form.${part}`)}>
          {(id) => (
            <TextArea
              id={id}
              autoSize={{ minRows: 2, maxRows: 6 }}
              maxLength={2000}
              placeholder={t('form.fill')}
              value={report[part] ?? ''}
              // Applied to the answer as it is then, so the three parts never overwrite each other.
              onChange={(value) => patch((a) => ({ specialReport: { ...a.specialReport, [part]: value } }))}
            />
          )}
        </Field>
      ))}
    </fieldset>
  );
}
