import type { LedgerStats, LedgerStatsRow } from '@ancha/contracts';
import { Card, Empty, Statistic, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type LedgerStatsParams, statsExports } from '../../api/stats.ts';
import { EChart } from './EChart.tsx';
import { ExportButton } from './ExportButton.tsx';
import { ledgerOption, percent } from './stats-charts.ts';

interface Props {
  params: LedgerStatsParams;
  data: LedgerStats | undefined;
  loading: boolean;
}

/**
 * 隐患台账统计: the headline 整改率 against the 90% goal, the counts and rate per group as a
 * chart, and the same figures as a table with the 合计 row, exportable as the page shows them.
 */
export function LedgerStatsCard({ params, data, loading }: Props) {
  const { t } = useTranslation('stats');
  // The goal reads as the seed states it: 90%, not 90.0%.
  const target = `${Math.round((data?.target ?? 0.9) * 100)}%`;
  const option = useMemo(
    () =>
      data &&
      ledgerOption(data, {
        listed: t('ledger.listed'),
        rectified: t('ledger.rectified'),
        closed: t('ledger.closed'),
        overdue: t('ledger.overdue'),
        rate: t('ledger.rate'),
        target: t('ledger.target', { target }),
      }),
    [data, t, target],
  );
  const count = (key: keyof LedgerStatsRow, title: string) => ({ title, dataIndex: key, key, width: 90 });
  const rate = data?.total.rate ?? null;

  return (
    <Card
      title={t('ledger.title')}
      extra={<ExportButton href={statsExports.ledger(params)} testId="stats-ledger-export" />}
      style={{ marginBottom: 16 }}
      data-testid="stats-ledger"
    >
      <Statistic
        title={t('ledger.rateTitle')}
        value={percent(rate)}
        styles={{ content: { color: rate !== null && rate < (data?.target ?? 0.9) ? '#cf1322' : '#389e0d' } }}
        suffix={<Typography.Text type="secondary">{t('ledger.target', { target })}</Typography.Text>}
        data-testid="stats-rate"
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {t('ledger.rateExplain')}
      </Typography.Paragraph>
      {data && data.items.length === 0 ? (
        <Empty description={t('ledger.empty')} />
      ) : (
        option && <EChart option={option} label={t('ledger.title')} data-testid="stats-ledger-chart" />
      )}
      <Table<LedgerStatsRow>
        rowKey={(r) => r.key || 'total'}
        size="small"
        loading={loading}
        dataSource={data ? [...data.items, data.total] : []}
        pagination={false}
        scroll={{ x: 760 }}
        data-testid="stats-ledger-table"
        rowClassName={(r) => (r === data?.total ? 'stats-total-row' : '')}
        columns={[
          {
            title: t(`groupColumn.${params.groupBy}`),
            dataIndex: 'name',
            key: 'name',
            render: (name: string, r) => (r === data?.total ? <strong>{name}</strong> : name),
          },
          count('listed', t('ledger.listed')),
          count('inRectification', t('ledger.inRectification')),
          count('rectified', t('ledger.rectified')),
          count('closed', t('ledger.closed')),
          {
            ...count('overdue', t('ledger.overdue')),
            render: (n: number) => <span style={{ color: n > 0 ? '#cf1322' : undefined }}>{n}</span>,
          },
          count('major', t('ledger.major')),
          {
            title: t('ledger.rate'),
            dataIndex: 'rate',
            key: 'rate',
            width: 100,
            render: (v: number | null) => percent(v),
          },
        ]}
      />
    </Card>
  );
}
