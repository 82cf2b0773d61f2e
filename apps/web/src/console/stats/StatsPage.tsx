import { type StatsGroupBy, shanghaiDate } from '@ancha/contracts';
import { Card, Col, Flex, Row, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLedgerStats } from '../../api/stats.ts';
import { LoadError } from '../../shared/status-pages.tsx';
import { PageTitle } from '../modules.tsx';
import { CompletenessCard } from './CompletenessCard.tsx';
import { LedgerStatsCard } from './LedgerStatsCard.tsx';
import { MajorMapCard } from './MajorMapCard.tsx';
import { OverdueChartCard } from './OverdueChartCard.tsx';
import { UsageCard } from './UsageCard.tsx';

const groups: readonly StatsGroupBy[] = ['district', 'street', 'industry', 'hazardType', 'level', 'month'];
/** The year selector offers this year and the four before it; the goal is counted per year. */
const YEARS_BACK = 5;

/**
 * 统计分析 (G6): the ledger's figures by the chosen group and year (chart, overdue, table), the
 * major-hazard map, the half-monthly usage rate and the profile completeness; each table
 * exports to Excel. Every figure comes from the server already in the user's scope.
 */
export function StatsPage() {
  const { t } = useTranslation('stats');
  const [thisYear, thisMonth] = shanghaiDate(new Date()).split('-').map(Number) as [number, number];
  const years = Array.from({ length: YEARS_BACK }, (_, i) => thisYear - i);
  const [groupBy, setGroupBy] = useState<StatsGroupBy>('district');
  const [year, setYear] = useState<number | undefined>(thisYear);
  // By month needs one year: "all years" would fold the same month of different years together.
  const params = { groupBy, year: groupBy === 'month' ? (year ?? thisYear) : year };
  const ledger = useLedgerStats(params);

  return (
    <>
      <PageTitle module="stats" />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex gap={16} wrap align="center">
          <Flex gap={8} align="center">
            <Typography.Text>{t('controls.groupBy')}</Typography.Text>
            <Select
              aria-label={t('controls.groupBy')}
              value={groupBy}
              onChange={setGroupBy}
              options={groups.map((g) => ({ value: g, label: t(`groupBy.${g}`) }))}
              style={{ width: 140 }}
              data-testid="stats-group-by"
            />
          </Flex>
          <Flex gap={8} align="center">
            <Typography.Text>{t('controls.year')}</Typography.Text>
            <Select
              aria-label={t('controls.year')}
              value={year ?? 0}
              onChange={(y) => setYear(y === 0 ? undefined : y)}
              options={[
                ...years.map((y) => ({ value: y, label: t('controls.yearValue', { year: y }) })),
                { value: 0, label: t('controls.allYears'), disabled: groupBy === 'month' },
              ]}
              style={{ width: 120 }}
              data-testid="stats-year"
            />
          </Flex>
          <Typography.Text type="secondary">{t('hint')}</Typography.Text>
        </Flex>
      </Card>
      {ledger.error ? (
        <LoadError message={ledger.error.message} onRetry={() => void ledger.refetch()} />
      ) : (
        <LedgerStatsCard params={params} data={ledger.data} loading={ledger.isFetching} />
      )}
      <Row gutter={16}>
        <Col xs={24} xl={10}>
          <OverdueChartCard data={ledger.data} />
        </Col>
        <Col xs={24} xl={14}>
          <MajorMapCard year={params.year} />
        </Col>
      </Row>
      <UsageCard years={years} thisYear={thisYear} thisMonth={thisMonth} />
      <CompletenessCard />
    </>
  );
}
