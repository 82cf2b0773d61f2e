import type { CatalogItem } from '@ancha/contracts';
import { Selector } from 'antd-mobile';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerDraft } from './draft.ts';
import { HazardFields } from './HazardFields.tsx';

const answers = ['hazard', 'clear', 'na'] as const;

export function itemElementId(itemId: string): string {
  return `item-${itemId}`;
}

interface Props {
  item: CatalogItem;
  answer: AnswerDraft | undefined;
  problems: string[] | undefined;
  /** Applied to the answer as it is then, so a late change (an upload) keeps what was typed since. */
  onChange: (itemId: string, change: (answer: AnswerDraft) => Partial<AnswerDraft>) => void;
}

/**
 * One checklist item and its three-way answer. Memoised: a keystroke in one item must not
 * re-render the other seventy of the catalog.
 */
export const ItemCard = memo(function ItemCard({ item, answer, problems, onChange }: Props) {
  const { t } = useTranslation('field');
  const patch = (change: Partial<AnswerDraft> | ((a: AnswerDraft) => Partial<AnswerDraft>)) =>
    onChange(item.id, typeof change === 'function' ? change : () => change);

  return (
    <div
      id={itemElementId(item.id)}
      data-testid="inspection-item"
      data-answer={answer?.answer ?? ''}
      style={{
        padding: '10px 12px',
        borderBottom: '1px solid var(--adm-color-border)',
        background: problems ? '#fff1f0' : '#fff',
        scrollMarginTop: 8,
      }}
    >
      <p
        style={{
          margin: '0 0 8px',
          lineHeight: 1.6,
          color: answer?.answer === 'hazard' ? 'var(--adm-color-danger)' : undefined,
        }}
      >
        <span style={{ color: 'var(--adm-color-danger)' }}>*</span>
        {item.no}. {item.text}
      </p>
      <Selector
        columns={3}
        options={answers.map((value) => ({ value, label: t(`form.answers.${value}`) }))}
        value={answer ? [answer.answer] : []}
        onChange={([value]) => {
          if (value) patch({ answer: value });
        }}
      />
      {answer?.answer === 'hazard' && <HazardFields item={item} answer={answer} patch={patch} />}
      {problems && (
        <ul
          role="alert"
          style={{ color: 'var(--adm-color-danger)', fontSize: 13, margin: '6px 0 0', paddingLeft: 18 }}
        >
          {problems.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
});
