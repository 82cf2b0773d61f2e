import { type InfoReportSummary, periodLabel } from '@ancha/contracts';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Drawer, Flex, Table, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMyReports } from '../../api/info-reports.ts';
import { LoadError } from '../../shared/status-pages.tsx';
import { ReportForm } from './ReportForm.tsx';

const kindColors = { work_info: 'blue', typical_case: 'purple', quarterly_summary: 'gold' } as const;
export const at = (iso: string) => new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' });

export function KindTag({ kind }: { kind: InfoReportSummary['kind'] }) {
  const { t } = useTranslation('infoReports');
  return <Tag color={kindColors[kind]}>{t(`kinds.${kind}`)}</Tag>;
}

/** 报送信息: what the caller's office has sent, newest first, and 新增报送 (not for the city). */
export function MyReportsTab({ sends, onOpen }: { sends: boolean; onOpen: (id: string) => void }) {
  const { t } = useTranslation('infoReports');
  const reports = useMyReports();
  const [adding, setAdding] = useState(false);

  const columns: TableColumnsType<InfoReportSummary> = [
    {
      title: t('columns.title'),
      key: 'title',
      render: (_, r) => (
        <Button
          type="link"
          style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
          onClick={() => onOpen(r.id)}
        >
          {r.title}
        </Button>
      ),
    },
    { title: t('columns.kind'), key: 'kind', width: 110, render: (_, r) => <KindTag kind={r.kind} /> },
    { title: t('columns.period'), key: 'period', width: 140, render: (_, r) => periodLabel(r.period) },
    { title: t('columns.to'), dataIndex: 'toOfficeName', key: 'to', width: 160 },
    { title: t('columns.submittedBy'), dataIndex: 'submittedByName', key: 'by', width: 160 },
    { title: t('columns.submittedAt'), key: 'at', width: 180, render: (_, r) => at(r.submittedAt) },
    {
      title: t('columns.attachments'),
      key: 'attachments',
      width: 80,
      render: (_, r) => (r.attachmentCount ? t('attachmentCount', { count: r.attachmentCount }) : t('none')),
    },
  ];

  if (reports.error)
    return <LoadError message={reports.error.message} onRetry={() => void reports.refetch()} />;
  return (
    <>
      {sends ? (
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('mine.add')}
          </Button>
        </Flex>
      ) : (
        <Alert type="info" showIcon title={t('mine.cityNote')} style={{ marginBottom: 12 }} />
      )}
      <Table<InfoReportSummary>
        rowKey="id"
        size="middle"
        data-testid="my-reports"
        loading={reports.isFetching}
        columns={columns}
        dataSource={reports.data?.items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('mine.empty') }}
      />
      <Drawer
        title={t('form.title')}
        open={adding}
        size={760}
        destroyOnHidden
        onClose={() => setAdding(false)}
      >
        <ReportForm onDone={() => setAdding(false)} />
      </Drawer>
    </>
  );
}
