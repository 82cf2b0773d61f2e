import { Selector } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useHazardGrades } from '../../api/standards.ts';
import { useCurrentUser } from '../../auth/session.ts';
import type { AnswerDraft } from './draft.ts';
import { Field } from './fields.tsx';

/**
 * 隐患分级 (E9): when the enterprise has its own grades (A/B/C/D), its user picks one and the
 * legal level follows the grade (the server refuses a level that contradicts it). Regulators
 * filling a supervision form, and enterprises without grades, see nothing here.
 */
export function GradePicker({
  answer,
  patch,
}: {
  answer: AnswerDraft;
  patch: (change: Partial<AnswerDraft>) => void;
}) {
  const { t } = useTranslation('standard');
  const me = useCurrentUser();
  const grades = useHazardGrades(me.role === 'ent_admin' || me.role === 'ent_inspector');
  const items = grades.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Field label={t('grade')}>
      {() => (
        <Selector
          options={items.map((g) => ({ value: g.code, label: g.name }))}
          value={answer.gradeCode ? [answer.gradeCode] : []}
          onChange={([code]) => {
            const grade = items.find((g) => g.code === code);
            patch({ gradeCode: grade?.code, level: grade?.level });
          }}
        />
      )}
    </Field>
  );
}
