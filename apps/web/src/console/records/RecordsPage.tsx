import type { InspectionSummary } from '@ancha/contracts';
import { Button, Card, Table, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInspections } from '../../api/enterprise.ts';
import { LoadError } from '../../shared/status-pages.tsx';
import { formatDateTime } from '../../shared/user-labels.ts';
import { PageTitle } from '../modules.tsx';
import { LoadMore } from './LoadMore.tsx';
import { RecordDrawer } from './RecordDrawer.tsx';

const timeOf = (record: InspectionSummary) => record.submittedAt ?? record.savedAt;

/** 自查记录: every record the enterprise's inspectors submitted, newest first (seed 000 §1.2.2). */
export function RecordsPage() {
  const { t, i18n } = useTranslation('enterprise');
  const records = useInspections();
  const [openId, setOpenId] = useState<string | null>(null);

  const columns: TableColumnsType<InspectionSummary> = [
    { title: t('records.columns.catalog'), dataIndex: 'catalogName', key: 'catalog' },
    { title: t('records.columns.site'), dataIndex: 'siteName', key: 'site', width: 160 },
    { title: t('records.columns.industry'), dataIndex: 'industryName', key: 'industry', width: 180 },
    {
      title: t('records.columns.submittedAt'),
      key: 'submittedAt',
      width: 190,
      // The server pages in id order; what is loaded shows newest first, and can be turned around.
      defaultSortOrder: 'descend',
      sorter: (a, b) => timeOf(a).localeCompare(timeOf(b)),
      render: (_, record) => formatDateTime(i18n.language, timeOf(record)),
    },
    { title: t('records.columns.inspector'), dataIndex: 'inspectorName', key: 'inspector', width: 100 },
    {
      title: t('records.columns.hasHazards'),
      key: 'hasHazards',
      width: 90,
      render: (_, record) =>
        record.hasHazards ? (
          <Typography.Text type="danger" strong>
            {t('records.yes')}
          </Typography.Text>
        ) : (
          t('records.no')
        ),
    },
    {
      title: t('records.columns.actions'),
      key: 'actions',
      width: 80,
      render: (_, record) => (
        <Button type="link" size="small" onClick={() => setOpenId(record.id)}>
          {t('records.view')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageTitle module="records" />
      <Card>
        {records.error ? (
          <LoadError message={records.error.message} onRetry={() => void records.refetch()} />
        ) : (
          <Table<InspectionSummary>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={records.data?.pages.flatMap((page) => page.items) ?? []}
            loading={records.isPending}
            pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
            locale={{ emptyText: t('records.empty') }}
            onRow={(record) => ({ onClick: () => setOpenId(record.id), style: { cursor: 'pointer' } })}
            data-testid="record-table"
          />
        )}
        <LoadMore query={records} />
      </Card>
      <RecordDrawer id={openId} onClose={() => setOpenId(null)} />
    </>
  );
}
