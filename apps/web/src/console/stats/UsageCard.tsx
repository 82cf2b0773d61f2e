import type { UsageStatsRow } from '@ancha/contracts';
import { Card, Empty, Flex, Select, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { statsExports, useUsageStats } from '../../api/stats.ts';
import { LoadError } from '../../shared/status-pages.tsx';
import { EChart } from './EChart.tsx';
import { ExportButton } from './ExportButton.tsx';
import { percent, usageOption } from './stats-charts.ts';

/**
 * 使用率 per half-month (seed 004: counted every half-month, reset every month): the month is
 * chosen here, as usage is a monthly figure while the ledger's goal is a yearly one.
 */
export function UsageCard({
  years,
  thisYear,
  thisMonth,
}: {
  years: number[];
  thisYear: number;
  thisMonth: number;
}) {
  const { t } = useTranslation('stats');
  const [year, setYear] = useState(thisYear);
  const [month, setMonth] = useState(thisMonth);
  const params = { year, month };
  const usage = useUsageStats(params);
  const data = usage.data;
  const [first, second] = [t('usage.firstHalf'), t('usage.secondHalf')];
  const option = useMemo(() => data && usageOption(data, first, second), [data, first, second]);
  const months = year === thisYear ? thisMonth : 12;

  // The half-month's own days (MM-DD—MM-DD), as the server counted them.
  const period = (name: string, h: { from: string; to: string } | undefined) =>
    h ? `${name}（${h.from.slice(5)}—${h.to.slice(5)}）` : name;
  const half = (key: 'firstHalf' | 'secondHalf', title: string) => ({
    title,
    key,
    children: [
      { title: t('usage.reported'), dataIndex: key, key: `${key}-n`, width: 90 },
      {
        title: t('usage.rate'),
        dataIndex: `${key}Rate`,
        key: `${key}-rate`,
        width: 90,
        render: (v: number | null) => percent(v),
      },
    ],
  });

  return (
    <Card
      title={t('usage.title')}
      extra={
        <Flex gap={8} align="center">
          <Select
            size="small"
            value={year}
            onChange={(y) => {
              setYear(y);
              if (y === thisYear && month > thisMonth) setMonth(thisMonth);
            }}
            options={years.map((y) => ({ value: y, label: t('controls.yearValue', { year: y }) }))}
            aria-label={t('controls.year')}
            style={{ width: 100 }}
          />
          <Select
            size="small"
            value={month}
            onChange={setMonth}
            options={Array.from({ length: months }, (_, i) => ({ value: i + 1, label: `${i + 1} 月` }))}
            aria-label={t('usage.month')}
            style={{ width: 80 }}
            data-testid="stats-usage-month"
          />
          <ExportButton href={statsExports.usage(params)} testId="stats-usage-export" />
        </Flex>
      }
      style={{ marginBottom: 16 }}
      data-testid="stats-usage"
    >
      <Typography.Paragraph type="secondary">{t('usage.explain')}</Typography.Paragraph>
      {usage.error ? (
        <LoadError message={usage.error.message} onRetry={() => void usage.refetch()} />
      ) : data && data.items.length === 0 ? (
        <Empty description={t('usage.empty')} />
      ) : (
        option && (
          <EChart option={option} height={280} label={t('usage.title')} data-testid="stats-usage-chart" />
        )
      )}
      <Table<UsageStatsRow>
        rowKey={(r) => r.key || 'total'}
        size="small"
        loading={usage.isFetching}
        dataSource={data ? [...data.items, data.total] : []}
        pagination={false}
        bordered
        scroll={{ x: 760 }}
        data-testid="stats-usage-table"
        columns={[
          {
            title: t(`groupColumn.${data?.groupBy ?? 'street'}`),
            dataIndex: 'name',
            key: 'name',
            render: (name: string, r) => (r === data?.total ? <strong>{name}</strong> : name),
          },
          { title: t('usage.enterprises'), dataIndex: 'enterprises', key: 'enterprises', width: 90 },
          half('firstHalf', period(t('usage.firstHalfShort'), data?.halves[0])),
          half('secondHalf', period(t('usage.secondHalfShort'), data?.halves[1])),
          {
            title: t('usage.monthRate'),
            dataIndex: 'monthRate',
            key: 'monthRate',
            width: 100,
            render: (v: number | null) => percent(v),
          },
        ]}
      />
    </Card>
  );
}
