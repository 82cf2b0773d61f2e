import type { InspectionSummary } from '@ancha/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Popconfirm, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { enterpriseApi, useInspections } from '../../api/enterprise.ts';
import { useCurrentUser } from '../../auth/session.ts';
import { LoadError } from '../../shared/status-pages.tsx';
import { formatDateTime } from '../../shared/user-labels.ts';
import { PageTitle } from '../modules.tsx';
import { LoadMore } from './LoadMore.tsx';
import { RecordDrawer } from './RecordDrawer.tsx';

const timeOf = (record: InspectionSummary) => record.submittedAt ?? record.savedAt;
const statusColors = { draft: 'default', submitted: 'blue', reported: 'green' } as const;

/** 自查记录: every record the enterprise's inspectors submitted, newest first (seed 000 §1.2.2). */
export function RecordsPage() {
  const { t, i18n } = useTranslation('enterprise');
  const records = useInspections();
  const [openId, setOpenId] = useState<string | null>(null);
  const canReport = useCurrentUser().role === 'ent_admin';

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
      title: t('records.columns.status'),
      key: 'status',
      width: 90,
      render: (_, record) => (
        <Tag color={statusColors[record.status]}>{t(`records.statuses.${record.status}`)}</Tag>
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
      <Flex justify="space-between" align="flex-start">
        <PageTitle module="records" />
        {canReport && <ReportButton />}
      </Flex>
      <Card>
        {records.error ? (
          <LoadError message={records.error.message} onRetry={() => void records.refetch()} />
        ) : (
          <Table<InspectionSummary>
            rowKey="id"
            size="middle"
            columns={columns}
            // An admin's own unfinished draft is work in progress, not a record yet.
            dataSource={
              records.data?.pages.flatMap((page) => page.items.filter((r) => r.status !== 'draft')) ?? []
            }
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

/**
 * 上报 (E8): the enterprise reports its submitted records whenever it likes, rather than waiting
 * for the monthly report day. Asked first, since reported records are locked for good.
 */
function ReportButton() {
  const { t } = useTranslation('enterprise');
  const { message } = App.useApp();
  const client = useQueryClient();
  const report = useMutation({
    mutationFn: enterpriseApi.report,
    onSuccess: async ({ reported }) => {
      void message.success(
        reported > 0 ? t('records.reported', { count: reported }) : t('records.reportedNone'),
      );
      // The list and any open record: their status has changed.
      await client.invalidateQueries({ queryKey: ['enterprise', 'inspections'] });
    },
    onError: (error) => void message.error(error.message),
  });
  return (
    <Popconfirm
      title={t('records.reportTitle')}
      description={<div style={{ maxWidth: 320 }}>{t('records.reportNote')}</div>}
      okText={t('records.report')}
      onConfirm={() => report.mutateAsync().catch(() => undefined)}
    >
      <Button type="primary" loading={report.isPending}>
        {t('records.report')}
      </Button>
    </Popconfirm>
  );
}
