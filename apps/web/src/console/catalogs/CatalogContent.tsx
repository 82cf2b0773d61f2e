import type { CatalogCategory, CatalogItem } from '@ancha/contracts';
import { Collapse, Empty, Flex, Typography, theme } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { MajorTag } from './MajorTag.tsx';

/**
 * The catalog as people read it on paper: first-level categories as folds (all open, so the
 * browser's own find works), sub-categories as headings, items numbered in order.
 */
export function CatalogContent({ categories }: { categories: CatalogCategory[] }) {
  const { t } = useTranslation('catalogs');
  useScrollToItem();

  if (categories.length === 0) return <Empty description={t('detail.empty')} />;
  return (
    <Collapse
      defaultActiveKey={categories.map((category) => category.id)}
      items={categories.map((category) => ({
        key: category.id,
        label: (
          <Typography.Text strong>
            {category.name}
            <Typography.Text type="secondary" style={{ fontWeight: 'normal', marginInlineStart: 8 }}>
              {t('detail.itemCountValue', { count: countItems(category) })}
            </Typography.Text>
          </Typography.Text>
        ),
        children: (
          <Flex vertical gap="middle">
            {category.children.map((sub) => (
              <section key={sub.id} aria-label={sub.name}>
                <Typography.Title level={4} style={{ fontSize: 15, margin: '0 0 4px' }}>
                  {sub.name}
                </Typography.Title>
                {sub.items.length === 0 ? (
                  <Typography.Text type="secondary">{t('detail.emptyCategory')}</Typography.Text>
                ) : (
                  <ol style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                    {sub.items.map((item) => (
                      <ItemRow key={item.id} item={item} />
                    ))}
                  </ol>
                )}
              </section>
            ))}
          </Flex>
        ),
      }))}
    />
  );
}

export function countItems(category: CatalogCategory): number {
  return category.children.reduce((sum, sub) => sum + sub.items.length, 0);
}

function ItemRow({ item }: { item: CatalogItem }) {
  const { t } = useTranslation('catalogs');
  const { token } = theme.useToken();
  return (
    <li
      id={`item-${item.no}`}
      data-testid="catalog-item"
      style={{
        display: 'flex',
        gap: 12,
        padding: '8px 0',
        borderBottom: `1px dashed ${token.colorBorderSecondary}`,
        scrollMarginTop: 24,
      }}
    >
      <Typography.Text strong style={{ minWidth: 56, flex: 'none' }}>
        {item.no}
      </Typography.Text>
      <div style={{ minWidth: 0 }}>
        <div>
          {item.text}
          {item.major && <MajorTag clause={item.major} />}
        </div>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {t('detail.basis', { basis: item.basis })}
        </Typography.Text>
        {item.guidance && (
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {t('detail.guidance', { guidance: item.guidance })}
            </Typography.Text>
          </div>
        )}
      </div>
    </li>
  );
}

/** A search hit links to `#item-<no>`; bring that item into view once the content is there. */
function useScrollToItem() {
  const { hash } = useLocation();
  useEffect(() => {
    if (!hash.startsWith('#item-')) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    target.scrollIntoView({ block: 'center' });
    target.animate([{ background: '#fff1b8' }, { background: 'transparent' }], { duration: 2400 });
  }, [hash]);
}
