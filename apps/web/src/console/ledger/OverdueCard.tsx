import { Card, Empty, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOverdueCounts } from '../../api/ledger.ts';
import { LoadError } from '../../shared/status-pages.tsx';

/**
 * 逾期统计 (G4: overdue hazards are flagged and escalated): per street for a district or street
 * office, per district for the city, most overdue first as the server sorts them.
 */
export function OverdueCard() {
  const { t } = useTranslation('ledger');
  const counts = useOverdueCounts();
  const region = counts.data?.groupBy === 'district' ? t('overdueCard.district') : t('overdueCard.street');
  const total = counts.data?.items.reduce((sum, item) => sum + item.overdue, 0) ?? 0;

  return (
    <Card
      size="small"
      title={
        <>
          {t('overdueCard.title')}
          {total > 0 && (
            <Tag color="red" style={{ marginInlineStart: 8 }}>
              {total}
            </Tag>
          )}
        </>
      }
      style={{ marginBottom: 16 }}
      data-testid="overdue-card"
    >
      {counts.error ? (
        <LoadError message={counts.error.message} onRetry={() => void counts.refetch()} />
      ) : counts.data && counts.data.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('overdueCard.none')} />
      ) : (
        <Table
          rowKey="regionCode"
          size="small"
          loading={counts.isPending}
          dataSource={counts.data?.items ?? []}
          pagination={{ pageSize: 5, hideOnSinglePage: true, showSizeChanger: false }}
          columns={[
            { title: region, dataIndex: 'regionName', key: 'region' },
            {
              title: t('overdueCard.count'),
              dataIndex: 'overdue',
              key: 'overdue',
              width: 120,
              render: (n: number) => <span style={{ color: n > 0 ? '#cf1322' : undefined }}>{n}</span>,
            },
          ]}
        />
      )}
    </Card>
  );
}
