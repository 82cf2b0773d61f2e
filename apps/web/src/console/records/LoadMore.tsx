import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';

/** The part of a TanStack infinite query the button needs. */
interface PagedQuery {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
}

/**
 * 加载更多 under a list the server pages with a cursor. Records and hazards only grow, so the
 * first page is what most visits need and the rest is loaded on request rather than up front.
 */
export function LoadMore({ query }: { query: PagedQuery }) {
  const { t } = useTranslation('enterprise');
  if (!query.hasNextPage) return null;
  return (
    <Flex justify="center" style={{ marginTop: 16 }}>
      <Button loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
        {t('loadMore')}
      </Button>
    </Flex>
  );
}
