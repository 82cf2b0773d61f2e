import { Button, SearchBar } from 'antd-mobile';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Empty, LoadFailed, Loading } from '../shared/page-parts.tsx';

interface PagedQuery {
  isPending: boolean;
  error: Error | null;
  refetch: () => unknown;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
}

/** One tab of 消息: search by title, the rows, and 加载更多 while the server has more. */
export function MessageList<T extends { id: string }>(props: {
  query: PagedQuery;
  items: readonly T[];
  emptyText: string;
  onSearch: (keyword: string) => void;
  row: (item: T) => ReactNode;
}) {
  const { t } = useTranslation('mobile');
  const { query } = props;
  return (
    <>
      <div style={{ padding: '8px 12px 0' }}>
        <SearchBar
          placeholder={t('messages.searchTitle')}
          onSearch={props.onSearch}
          onClear={() => props.onSearch('')}
        />
      </div>
      {query.isPending ? (
        <Loading />
      ) : query.error ? (
        <LoadFailed message={query.error.message} onRetry={() => void query.refetch()} />
      ) : props.items.length === 0 ? (
        <Empty text={props.emptyText} />
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {props.items.map((item) => (
            <li key={item.id}>{props.row(item)}</li>
          ))}
        </ul>
      )}
      {query.hasNextPage && (
        <div style={{ padding: '0 12px 12px' }}>
          <Button block loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
            {t('messages.more')}
          </Button>
        </div>
      )}
    </>
  );
}
