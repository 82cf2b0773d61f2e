import type { HazardGrade } from '@ancha/contracts';
import { Selector } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useHazardGrades } from '../../api/standards.ts';
import { useCurrentUser } from '../../auth/session.ts';
import type { AnswerDraft } from './draft.ts';
import { Field } from './fields.tsx';

/** The enterprise's own hazard grades (E9); none for regulators and for enterprises without grades. */
export function useEnterpriseGrades(): HazardGrade[] {
  const me = useCurrentUser();
  const grades = useHazardGrades(me.role === 'ent_admin' || me.role === 'ent_inspector');
  return grades.data?.items ?? [];
}

/**
 * 隐患分级 (E9): when the enterprise has its own grades (A/B/C/D), its user picks one and the
 * legal level follows from it, shown beside the choice; the level cannot be chosen apart from the
 * grade (the server would refuse a level that contradicts it).
 */
export function GradePicker({
  grades,
  answer,
  patch,
}: {
  grades: HazardGrade[];
  answer: AnswerDraft;
  patch: (change: Partial<AnswerDraft>) => void;
}) {
  const { t } = useTranslation('standard');
  const { t: tf } = useTranslation('field');
  const picked = grades.find((g) => g.code === answer.gradeCode);
  return (
    <Field label={t('grade')}>
      {() => (
        <>
          <Selector
            options={grades.map((g) => ({ value: g.code, label: g.name }))}
            value={picked ? [picked.code] : []}
            onChange={([code]) => {
              const grade = grades.find((g) => g.code === code);
              patch({ gradeCode: grade?.code, level: grade?.level });
            }}
          />
          <p
            data-testid="grade-level"
            style={{ fontSize: 13, margin: '4px 0 0', color: 'var(--adm-color-weak)' }}
          >
            {picked ? t('gradeLevel', { level: tf(`form.levels.${picked.level}`) }) : t('gradePlaceholder')}
          </p>
        </>
      )}
    </Field>
  );
}
