import type { PlanView } from '@ancha/contracts';
import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProgressBar } from './PlanProgressBars.tsx';

/** The plans of the offices below (a district's streets; for the city, every other office), read-only. */
export function BelowPlansTable({ plans, loading }: { plans: PlanView[]; loading: boolean }) {
  const { t } = useTranslation('plans');
  const columns: TableColumnsType<PlanView> = [
    { title: t('below.columns.unitName'), dataIndex: 'unitName', key: 'unitName' },
    { title: t('below.columns.region'), dataIndex: 'regionName', key: 'region', width: 140 },
    {
      title: t('below.columns.inspections'),
      key: 'inspections',
      width: 220,
      render: (_, p) => (
        <ProgressBar size="small" done={p.progress.inspections} target={p.targetInspections} />
      ),
    },
    {
      title: t('below.columns.verificationPercent'),
      key: 'verificationPercent',
      width: 100,
      render: (_, p) => `${p.verificationPercent}%`,
    },
    {
      title: t('below.columns.verifications'),
      key: 'verifications',
      width: 220,
      render: (_, p) => (
        <ProgressBar size="small" done={p.progress.verifications} target={p.progress.verificationTarget} />
      ),
    },
    {
      title: t('below.columns.rows'),
      key: 'rows',
      width: 100,
      render: (_, p) => t('below.rowsCount', { count: p.rows.length }),
    },
  ];
  return (
    <Table<PlanView>
      rowKey="id"
      size="small"
      data-testid="below-plans"
      loading={loading}
      columns={columns}
      dataSource={plans}
      pagination={false}
      locale={{ emptyText: t('below.empty') }}
      expandable={{
        rowExpandable: (p) => p.rows.length > 0,
        expandedRowRender: (p) => (
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={p.rows}
            columns={(['schedule', 'people', 'targets', 'focus'] as const).map((c) => ({
              title: t(`form.${c}`),
              dataIndex: c,
              key: c,
            }))}
          />
        ),
      }}
    />
  );
}
