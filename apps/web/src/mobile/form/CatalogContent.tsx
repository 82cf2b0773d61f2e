import type { CatalogDetail } from '@ancha/contracts';
import { Button, Collapse } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import type { AnswerDraft, Draft } from './draft.ts';
import { ItemCard } from './ItemCard.tsx';

interface Props {
  catalog: CatalogDetail;
  draft: Draft;
  problems: Map<string, string[]>;
  openCategories: string[];
  onOpenCategories: (keys: string[]) => void;
  onAnswer: (itemId: string, change: (answer: AnswerDraft) => Partial<AnswerDraft>) => void;
}

/** 自查内容: categories fold (seed 000), sub-categories head their items. */
export function CatalogContent({
  catalog,
  draft,
  problems,
  openCategories,
  onOpenCategories,
  onAnswer,
}: Props) {
  const { t } = useTranslation('field');
  return (
    <section aria-label={t('form.content')}>
      <div style={heading}>
        <h3 style={{ fontSize: 15, margin: 0 }}>{t('form.content')}</h3>
        <Button size="mini" fill="none" onClick={() => onOpenCategories(catalog.categories.map((c) => c.id))}>
          {t('form.expandAll')}
        </Button>
      </div>
      <Collapse activeKey={openCategories} onChange={(keys) => onOpenCategories(keys)}>
        {catalog.categories.map((category) => {
          const items = category.children.flatMap((c) => c.items);
          const answered = items.filter((i) => draft.answers[i.id]).length;
          return (
            <Collapse.Panel
              key={category.id}
              title={
                <span data-testid="inspection-category">
                  {category.name}
                  <span style={{ color: 'var(--adm-color-weak)', fontSize: 13, marginLeft: 8 }}>
                    {t('form.progress', { answered, total: items.length })}
                  </span>
                </span>
              }
            >
              {category.children.map((child) => (
                <div key={child.id}>
                  <h4 style={{ margin: 0, padding: '8px 12px', fontSize: 14 }}>• {child.name}</h4>
                  {child.items.map((item) => (
                    <ItemCard
                      key={item.id}
                      item={item}
                      answer={draft.answers[item.id]}
                      problems={problems.get(item.id)}
                      onChange={onAnswer}
                    />
                  ))}
                </div>
              ))}
            </Collapse.Panel>
          );
        })}
      </Collapse>
    </section>
  );
}

const heading = {
  display: 'flex',
  alignItems: 'center',
  justifyContent: 'space-between',
  padding: '12px 16px 8px',
} as const;
