import type { ItemSearchHit } from '@ancha/contracts';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Flex, Skeleton, Typography, theme } from 'antd';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { catalogKeys, catalogsApi } from '../../api/catalogs.ts';
import { LoadError } from '../../shared/status-pages.tsx';
import { catalogPath } from './catalog-rules.ts';
import { MajorTag } from './MajorTag.tsx';

const limit = 100;

/** Items of every published catalog whose text or basis holds the words, with where they sit. */
export function ItemSearch({ keyword, onClear }: { keyword: string; onClear: () => void }) {
  const { t } = useTranslation('catalogs');
  const hits = useQuery({
    queryKey: catalogKeys.search(keyword),
    queryFn: ({ signal }) => catalogsApi.searchItems({ keyword, limit }, signal),
  });
  const items = hits.data?.items;

  return (
    <Card
      title={t('search.title')}
      extra={<Button onClick={onClear}>{t('search.clear')}</Button>}
      style={{ marginBottom: 16 }}
      data-testid="item-search-results"
    >
      {hits.error ? (
        <LoadError message={hits.error.message} onRetry={() => void hits.refetch()} />
      ) : !items ? (
        <Skeleton active />
      ) : items.length === 0 ? (
        <Empty description={t('search.empty', { keyword })} />
      ) : (
        <>
          <Typography.Paragraph type="secondary">
            {t('search.summary', { keyword, count: items.length })}
            {items.length >= limit && ` · ${t('search.limited', { count: limit })}`}
          </Typography.Paragraph>
          <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {items.map((hit) => (
              <HitRow key={`${hit.catalogId}-${hit.item.id}`} hit={hit} keyword={keyword} />
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}

function HitRow({ hit, keyword }: { hit: ItemSearchHit; keyword: string }) {
  const { t } = useTranslation('catalogs');
  const { token } = theme.useToken();
  return (
    <li style={{ padding: '12px 0', borderTop: `1px solid ${token.colorBorderSecondary}` }}>
      <Flex vertical gap={4}>
        <Flex wrap gap={8} align="center">
          <Link to={`${catalogPath(hit.catalogId)}#item-${hit.item.no}`}>{hit.catalogName}</Link>
          <Typography.Text type="secondary">
            {hit.category} › {hit.subcategory}
          </Typography.Text>
        </Flex>
        <div>
          <Typography.Text strong style={{ marginInlineEnd: 8 }}>
            {hit.item.no}
          </Typography.Text>
          <Highlighted text={hit.item.text} keyword={keyword} />
          {hit.item.major && <MajorTag clause={hit.item.major} short />}
        </div>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {t('search.basisLabel')}
          <Highlighted text={hit.item.basis} keyword={keyword} />
        </Typography.Text>
      </Flex>
    </li>
  );
}

/** Marks where the words occur, so a long item shows at a glance why it matched. */
function Highlighted({ text, keyword }: { text: string; keyword: string }) {
  if (!keyword) return <>{text}</>;
  const parts = text.split(keyword);
  return (
    <>
      {parts.map((part, index) => (
        // The parts of one string never reorder, so their position is a stable key.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <Fragment key={index}>
          {index > 0 && <mark style={{ padding: 0, background: '#fff1b8' }}>{keyword}</mark>}
          {part}
        </Fragment>
      ))}
    </>
  );
}
