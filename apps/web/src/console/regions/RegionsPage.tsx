import { SearchOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Flex, Input, Skeleton, Table, type TableColumnsType, Typography } from 'antd';
import { type Key, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { regionsApi } from '../../api/client.ts';
import { useCurrentUser } from '../../auth/session.ts';
import { LoadError } from '../../shared/status-pages.tsx';
import { PageTitle } from '../modules.tsx';
import { BoundaryMapCard } from './BoundaryMapCard.tsx';

import { countStreets, ownDistrict, type RegionRow, regionRows } from './region-rows.ts';

export function RegionsPage() {
  const { t } = useTranslation('console');
  const regions = useQuery({
    queryKey: ['regions'],
    queryFn: ({ signal }) => regionsApi.tree(signal),
    staleTime: Infinity,
  });
  const me = useCurrentUser();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  // Expansion belongs to one search: a new search opens its own matches, clearing it folds all.
  // Regulators open on their own district: its streets are what they work with.
  const [manual, setManual] = useState<{ query: string; keys: readonly Key[] }>(() => ({
    query: '',
    keys: ownDistrict(me.scope.regionCode),
  }));

  const view = useMemo(
    () => (regions.data ? regionRows(regions.data, deferredQuery) : null),
    [regions.data, deferredQuery],
  );
  const searching = deferredQuery.trim() !== '';
  const expandedKeys = manual.query === deferredQuery ? manual.keys : (view?.expandKeys ?? []);

  const columns: TableColumnsType<RegionRow> = [
    { title: t('regions.name'), dataIndex: 'name', key: 'name' },
    { title: t('regions.code'), dataIndex: 'code', key: 'code', width: 160 },
    {
      title: t('regions.type'),
      key: 'type',
      width: 160,
      render: (_, row) => row.type ?? t('regions.district'),
    },
    { title: t('regions.streetCount'), dataIndex: 'streetCount', key: 'streetCount', width: 140 },
  ];

  return (
    <>
      <PageTitle module="regions" />
      <Card>
        {regions.error ? (
          <LoadError message={regions.error.message} onRetry={() => void regions.refetch()} />
        ) : !regions.data || !view ? (
          <Skeleton active />
        ) : (
          <Flex vertical gap="middle">
            <Flex wrap gap="middle" align="center" justify="space-between">
              <Typography.Text data-testid="region-summary">
                {t('regions.summary', {
                  city: regions.data.name,
                  districts: regions.data.districts.length,
                  streets: countStreets(regions.data),
                })}
                {searching && ` · ${t('regions.matches', { count: view.matches })}`}
              </Typography.Text>
              <Input
                allowClear
                prefix={<SearchOutlined aria-hidden />}
                aria-label={t('regions.searchLabel')}
                placeholder={t('regions.searchPlaceholder')}
                value={query}
                onChange={(event) => setQuery(event.target.value)}
                style={{ width: 280 }}
              />
            </Flex>
            <Table<RegionRow>
              rowKey="code"
              size="middle"
              columns={columns}
              dataSource={view.rows}
              pagination={false}
              locale={{ emptyText: t('regions.empty') }}
              expandable={{
                expandedRowKeys: expandedKeys,
                onExpandedRowsChange: (keys) => setManual({ query: deferredQuery, keys }),
              }}
            />
          </Flex>
        )}
      </Card>
      {me.role === 'admin' && <BoundaryMapCard />}
    </>
  );
}
