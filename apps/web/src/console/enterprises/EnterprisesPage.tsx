import type { EnterpriseSummary } from '@ancha/contracts';
import { Button, Card, Flex, Input, Progress, Select, Table, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useIndustries } from '../../api/catalogs.ts';
import { useRegionTree } from '../../api/enterprise.ts';
import { type RegistryFilters, useRegistry } from '../../api/registry.ts';
import { useCurrentUser } from '../../auth/session.ts';
import { LoadError } from '../../shared/status-pages.tsx';
import { streetOptions } from '../ledger/ledger-rules.ts';
import { LoadMore } from '../records/LoadMore.tsx';
import { EnterpriseDrawer } from './EnterpriseDrawer.tsx';

/**
 * 企业信息: the enterprises in the regulator's scope, searched by name or USCC, street and
 * industry, each with its profile's completeness. The open enterprise lives in the address.
 */
export function EnterprisesPage() {
  const { t } = useTranslation('registry');
  const me = useCurrentUser();
  const [filters, setFilters] = useState<RegistryFilters>({});
  const [search, setSearch] = useSearchParams();
  const openId = search.get('id');
  const registry = useRegistry(filters);
  const regions = useRegionTree();
  const industries = useIndustries();
  const streets = regions.data ? streetOptions(regions.data, me.scope.regionCode) : [];
  const industryName = new Map((industries.data?.items ?? []).map((i) => [i.code, i.name]));
  const rows = registry.data?.pages.flatMap((p) => p.items) ?? [];
  const set = (patch: Partial<RegistryFilters>) => setFilters((f) => ({ ...f, ...patch }));

  const columns: TableColumnsType<EnterpriseSummary> = [
    { title: t('columns.name'), dataIndex: 'name', key: 'name' },
    { title: t('columns.uscc'), dataIndex: 'uscc', key: 'uscc', width: 190 },
    {
      title: t('columns.region'),
      key: 'region',
      width: 200,
      render: (_, e) => `${e.districtName}${e.streetName}`,
    },
    {
      title: t('columns.industries'),
      key: 'industries',
      render: (_, e) => e.industries.map((c) => industryName.get(c) ?? c).join('、'),
    },
    {
      title: t('columns.completeness'),
      key: 'completeness',
      width: 160,
      // The number, not antd's check mark at 100 %: the rate is what is read here.
      render: (_, e) => <Progress size="small" percent={e.profileCompleteness} format={(p) => `${p}%`} />,
    },
    {
      title: t('columns.actions'),
      key: 'actions',
      width: 80,
      render: (_, e) => (
        <Button
          type="link"
          size="small"
          onClick={() => setSearch({ id: e.id })}
          aria-label={`${t('open')} ${e.name}`}
        >
          {t('open')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <Typography.Title level={2} style={{ fontSize: 20, marginTop: 0, marginBottom: 16 }}>
        {t('title')}
      </Typography.Title>
      <Card>
        <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
        <Flex wrap gap={12} style={{ marginBottom: 16 }} data-testid="registry-filters">
          <Input.Search
            aria-label={t('filters.keyword')}
            placeholder={t('filters.keywordPlaceholder')}
            allowClear
            onSearch={(keyword) => set({ keyword: keyword.trim() || undefined })}
            style={{ width: 300 }}
          />
          {streets.length > 0 && (
            <Select
              aria-label={t('filters.street')}
              placeholder={t('filters.streetPlaceholder')}
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              // The city's tree is districts with streets: offer the streets, grouped by district.
              options={streets.map((o) =>
                o.children ? { label: o.label, title: o.label, options: o.children } : o,
              )}
              value={filters.streetCode}
              onChange={(streetCode?: string) => set({ streetCode })}
              style={{ width: 220 }}
            />
          )}
          <Select
            aria-label={t('filters.industry')}
            placeholder={t('filters.industryPlaceholder')}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={(industries.data?.items ?? []).map((i) => ({ value: i.code, label: i.name }))}
            value={filters.industry}
            onChange={(industry?: string) => set({ industry })}
            style={{ width: 220 }}
          />
        </Flex>
        {registry.error ? (
          <LoadError message={registry.error.message} onRetry={() => void registry.refetch()} />
        ) : (
          <>
            <Table<EnterpriseSummary>
              rowKey="id"
              size="middle"
              data-testid="registry-table"
              loading={registry.isFetching && !registry.isFetchingNextPage}
              columns={columns}
              dataSource={rows}
              pagination={false}
              locale={{ emptyText: t('empty') }}
              onRow={(e) => ({ onDoubleClick: () => setSearch({ id: e.id }) })}
            />
            <LoadMore query={registry} />
          </>
        )}
      </Card>
      {openId && <EnterpriseDrawer id={openId} onClose={() => setSearch({}, { replace: true })} />}
    </>
  );
}
