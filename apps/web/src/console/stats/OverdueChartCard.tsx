import type { LedgerStats } from '@ancha/contracts';
import { Card, Empty } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from './EChart.tsx';
import { overdueOption } from './stats-charts.ts';

/** 逾期隐患 per group of the page's grouping (G4: overdue hazards are flagged and escalated). */
export function OverdueChartCard({ data }: { data: LedgerStats | undefined }) {
  const { t } = useTranslation('stats');
  const option = useMemo(() => data && overdueOption(data), [data]);
  const none = data !== undefined && data.total.overdue === 0;

  return (
    <Card
      title={`${t('overdue.title')}（${t(`groupBy.${data?.groupBy ?? 'district'}`)}）`}
      style={{ marginBottom: 16, height: 'calc(100% - 16px)' }}
      data-testid="stats-overdue"
    >
      {none ? (
        <Empty description={t('overdue.none')} />
      ) : (
        option && (
          <EChart option={option} height={360} label={t('overdue.title')} data-testid="stats-overdue-chart" />
        )
      )}
    </Card>
  );
}
