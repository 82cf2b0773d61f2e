import type { CompletenessRow } from '@ancha/contracts';
import { Card, Progress, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { statsExports, useCompleteness } from '../../api/stats.ts';
import { LoadError } from '../../shared/status-pages.tsx';
import { ExportButton } from './ExportButton.tsx';
import { percent } from './stats-charts.ts';

/** 完整率: how much of the required 企业基本信息 (E2) the enterprises in scope have filled in. */
export function CompletenessCard() {
  const { t } = useTranslation('stats');
  const completeness = useCompleteness();
  const data = completeness.data;

  return (
    <Card
      title={t('completeness.title')}
      extra={<ExportButton href={statsExports.completeness()} testId="stats-completeness-export" />}
      style={{ marginBottom: 16 }}
      data-testid="stats-completeness"
    >
      <Typography.Paragraph type="secondary">
        {t('completeness.explain', { count: data?.requiredFields.length ?? 7 })}
      </Typography.Paragraph>
      {completeness.error ? (
        <LoadError message={completeness.error.message} onRetry={() => void completeness.refetch()} />
      ) : (
        <Table<CompletenessRow>
          rowKey={(r) => r.key || 'total'}
          size="small"
          loading={completeness.isPending}
          dataSource={data ? [...data.items, data.total] : []}
          pagination={false}
          data-testid="stats-completeness-table"
          columns={[
            {
              title: t(`groupColumn.${data?.groupBy ?? 'street'}`),
              dataIndex: 'name',
              key: 'name',
              render: (name: string, r) => (r === data?.total ? <strong>{name}</strong> : name),
            },
            { title: t('completeness.enterprises'), dataIndex: 'enterprises', key: 'enterprises', width: 90 },
            { title: t('completeness.complete'), dataIndex: 'complete', key: 'complete', width: 120 },
            { title: t('completeness.filledFields'), dataIndex: 'filledFields', key: 'filled', width: 110 },
            {
              title: t('completeness.rate'),
              dataIndex: 'rate',
              key: 'rate',
              width: 200,
              render: (v: number | null) =>
                v === null ? (
                  percent(v)
                ) : (
                  <Progress percent={Math.round(v * 1000) / 10} size="small" format={() => percent(v)} />
                ),
            },
          ]}
        />
      )}
    </Card>
  );
}
