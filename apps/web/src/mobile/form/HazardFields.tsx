import type { CatalogItem } from '@ancha/contracts';
import { Input, Selector, TextArea } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { PhotoField } from '../shared/Photos.tsx';
import type { AnswerDraft } from './draft.ts';
import { DeadlineField, Field } from './fields.tsx';
import { GradePicker, useEnterpriseGrades } from './GradePicker.tsx';
import { SpecialReportFields } from './SpecialReportFields.tsx';

/** A change, or a function of the answer as it is when the change lands (a finished upload). */
type Patch = (change: Partial<AnswerDraft> | ((answer: AnswerDraft) => Partial<AnswerDraft>)) => void;

/** What 有隐患 asks for (E4): the description and photos, the level, and how it is rectified. */
export function HazardFields({
  item,
  answer,
  patch,
}: {
  item: CatalogItem;
  answer: AnswerDraft;
  patch: Patch;
}) {
  const { t } = useTranslation('field');
  const grades = useEnterpriseGrades();
  const area = (key: keyof AnswerDraft, label: string, max = 1000) => (
    <Field label={label}>
      {(id) => (
        <TextArea
          id={id}
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={max}
          placeholder={t('form.fill')}
          value={(answer[key] as string | undefined) ?? ''}
          onChange={(value) => patch({ [key]: value })}
        />
      )}
    </Field>
  );

  return (
    <div style={{ marginTop: 8, padding: '4px 10px', background: 'var(--adm-color-fill-content)' }}>
      {area('description', t('form.description'))}
      <PhotoField
        purpose="hazard"
        field={item.id}
        value={answer.photoIds ?? []}
        onChange={(update) => patch((a) => ({ photoIds: update(a.photoIds ?? []) }))}
      />
      {grades.length > 0 ? (
        <GradePicker grades={grades} answer={answer} patch={patch} />
      ) : (
        <Field label={t('form.level')}>
          {() => (
            <Selector
              options={(['general', 'major'] as const).map((value) => ({
                value,
                label: t(`form.levels.${value}`),
              }))}
              value={answer.level ? [answer.level] : []}
              onChange={([level]) => patch({ level })}
            />
          )}
        </Field>
      )}
      {item.major && (
        <p style={{ color: 'var(--adm-color-danger)', fontSize: 13, margin: '2px 0 6px' }}>
          {t('form.majorClause', { criteria: item.major.criteriaName, article: item.major.article })}
        </p>
      )}
      {answer.level === 'major' && !item.major && area('majorReason', t('form.majorReason'), 500)}
      {answer.level === 'major' && <SpecialReportFields answer={answer} patch={patch} />}
      <Field label={t('form.mode')}>
        {() => (
          <Selector
            options={(['immediate', 'scheduled'] as const).map((value) => ({
              value,
              label: t(`form.modes.${value}`),
            }))}
            value={answer.mode ? [answer.mode] : []}
            onChange={([mode]) => patch({ mode })}
          />
        )}
      </Field>
      {answer.mode === 'immediate' && area('immediateAction', t('form.immediateAction'))}
      {answer.mode === 'scheduled' && (
        <>
          <Field label={t('form.owner')}>
            {(id) => (
              <Input
                id={id}
                maxLength={50}
                placeholder={t('form.fill')}
                value={answer.owner ?? ''}
                onChange={(owner) => patch({ owner })}
              />
            )}
          </Field>
          {area('measures', t('form.measures'))}
          <Field label={t('form.funds')}>
            {(id) => (
              <Input
                id={id}
                inputMode="decimal"
                placeholder={t('form.fundsPlaceholder')}
                value={answer.fundsYuan ?? ''}
                // Only digits and one point with two decimals can be typed: money is kept in fen.
                onChange={(value) => {
                  if (/^\d{0,10}(\.\d{0,2})?$/.test(value)) patch({ fundsYuan: value });
                }}
              />
            )}
          </Field>
          <DeadlineField value={answer.deadline} onChange={(deadline) => patch({ deadline })} />
          {area('contingency', t('form.contingency'))}
        </>
      )}
    </div>
  );
}
