import type { PublicReportStatus, PublicReportView } from '@ancha/contracts';
import { Button, Card, Flex, Input, Table, type TableColumnsType, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReports } from '../../api/public-reports.ts';
import { LoadError } from '../../shared/status-pages.tsx';
import { formatDateTime } from '../../shared/user-labels.ts';
import { PageTitle } from '../modules.tsx';
import { LoadMore } from '../records/LoadMore.tsx';
import { RegionFilter, type RegionValue } from '../regions/RegionFilter.tsx';
import { ReportDrawer } from './ReportDrawer.tsx';

const statuses: readonly PublicReportStatus[] = ['submitted', 'verified', 'unfounded'];

/** 举报处理 (P1): the public's reports of the office's region, one tab per finding. */
export function ReportsPage() {
  const { t, i18n } = useTranslation('reports', { keyPrefix: 'console' });
  const [status, setStatus] = useState<PublicReportStatus>('submitted');
  const [keyword, setKeyword] = useState<string | undefined>();
  const [region, setRegion] = useState<RegionValue>({});
  const [openId, setOpenId] = useState<string | null>(null);
  const reports = useReports({ status, keyword, ...region });
  const items = reports.data?.pages.flatMap((p) => p.items) ?? [];

  const columns: TableColumnsType<PublicReportView> = [
    {
      title: t('columns.submittedAt'),
      key: 'submittedAt',
      width: 170,
      render: (_, r) => formatDateTime(i18n.language, r.submittedAt),
    },
    {
      title: t('columns.region'),
      key: 'region',
      width: 170,
      render: (_, r) => `${r.districtName} ${r.streetName}`,
    },
    { title: t('columns.place'), dataIndex: 'place', key: 'place', width: 200 },
    { title: t('columns.unitName'), key: 'unitName', width: 150, render: (_, r) => r.unitName ?? '—' },
    { title: t('columns.description'), dataIndex: 'description', key: 'description', ellipsis: true },
    {
      title: t('columns.reporter'),
      key: 'reporter',
      width: 90,
      render: (_, r) => (r.anonymous ? <Tag>{t('anonymous')}</Tag> : <Tag color="blue">{t('realName')}</Tag>),
    },
    { title: t('columns.photos'), dataIndex: 'photoCount', key: 'photos', width: 70 },
    {
      key: 'open',
      width: 80,
      fixed: 'right',
      render: (_, r) => (
        <Button type="link" onClick={() => setOpenId(r.id)} aria-label={`${t('open')} ${r.place}`}>
          {t('open')}
        </Button>
      ),
    },
  ];

  const content = reports.error ? (
    <LoadError message={reports.error.message} onRetry={() => void reports.refetch()} />
  ) : (
    <>
      <Table<PublicReportView>
        rowKey="id"
        columns={columns}
        dataSource={items}
        loading={reports.isFetching && !reports.isFetchingNextPage}
        pagination={false}
        scroll={{ x: 1100 }}
        locale={{ emptyText: t('empty') }}
      />
      <LoadMore query={reports} />
    </>
  );

  return (
    <>
      <PageTitle module="reports" />
      <Card>
        <Typography.Paragraph type="secondary">{t('hint')}</Typography.Paragraph>
        <Flex gap={8} style={{ marginBottom: 8 }}>
          <Input.Search
            allowClear
            placeholder={t('keyword')}
            aria-label={t('keyword')}
            style={{ maxWidth: 320 }}
            onSearch={(v) => setKeyword(v.trim() || undefined)}
          />
          <RegionFilter value={region} onChange={setRegion} />
        </Flex>
        <Tabs
          activeKey={status}
          onChange={(key) => setStatus(statuses.find((s) => s === key) ?? 'submitted')}
          items={statuses.map((key) => ({
            key,
            label: t(`tabs.${key}`),
            children: key === status ? content : null,
          }))}
        />
      </Card>
      <ReportDrawer id={openId} onClose={() => setOpenId(null)} />
    </>
  );
}
