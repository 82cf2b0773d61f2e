import { type InfoReportOfficeStatus, periodLabel } from '@ancha/contracts';
import { DownloadOutlined } from '@ant-design/icons';
import { Button, Flex, List, Radio, Select, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { infoReportsApi, useReportOverview } from '../../api/info-reports.ts';
import { LoadError } from '../../shared/status-pages.tsx';
import { at, KindTag } from './MyReportsTab.tsx';
import { currentPeriod, recentPeriods } from './periods.ts';

/**
 * 下级报送情况: for a month (工作信息 or 典型案例) or a quarter (工作总结), each office below with
 * 已报送 or 未报送, 未报送 first, and the titles of what it sent; a title opens the report.
 */
export function BelowReportsTab({ onOpen }: { onOpen: (id: string) => void }) {
  const { t } = useTranslation('infoReports');
  const [quarterly, setQuarterly] = useState(false);
  const [period, setPeriod] = useState(() => currentPeriod(false));
  const overview = useReportOverview(period);

  const columns: TableColumnsType<InfoReportOfficeStatus> = [
    { title: t('columns.office'), dataIndex: 'officeName', key: 'office', width: 220 },
    {
      title: t('columns.status'),
      key: 'status',
      width: 110,
      render: (_, o) =>
        o.submitted ? (
          <Tag color="success">{t('below.submitted')}</Tag>
        ) : (
          <Tag color="error">{t('below.missing')}</Tag>
        ),
    },
    {
      title: t('columns.reports'),
      key: 'reports',
      render: (_, o) =>
        o.reports.length === 0 ? (
          t('none')
        ) : (
          <List
            size="small"
            split={false}
            dataSource={o.reports}
            renderItem={(r) => (
              <List.Item style={{ padding: '2px 0' }}>
                <Flex gap={8} align="center" wrap>
                  <KindTag kind={r.kind} />
                  <Button type="link" style={{ padding: 0, height: 'auto' }} onClick={() => onOpen(r.id)}>
                    {r.title}
                  </Button>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {r.submittedByName} · {at(r.submittedAt)}
                  </Typography.Text>
                </Flex>
              </List.Item>
            )}
          />
        ),
    },
  ];

  return (
    <>
      <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
        <Radio.Group
          value={quarterly}
          optionType="button"
          options={[
            { value: false, label: t('below.month') },
            { value: true, label: t('below.quarter') },
          ]}
          onChange={(e) => {
            setQuarterly(e.target.value);
            setPeriod(currentPeriod(e.target.value));
          }}
        />
        <Select
          aria-label={t('below.period')}
          value={period}
          onChange={setPeriod}
          options={recentPeriods(quarterly)}
          style={{ width: 180 }}
        />
        <Button icon={<DownloadOutlined />} href={infoReportsApi.overviewXlsx(period)} download>
          {t('below.export')}
        </Button>
      </Flex>
      {overview.error ? (
        <LoadError message={overview.error.message} onRetry={() => void overview.refetch()} />
      ) : (
        <>
          {overview.data && (
            <Typography.Paragraph data-testid="below-summary">
              {t('below.summary', {
                label: periodLabel(overview.data.period),
                submitted: overview.data.submittedCount,
                missing: overview.data.missingCount,
              })}
            </Typography.Paragraph>
          )}
          <Table<InfoReportOfficeStatus>
            rowKey="officeKey"
            size="middle"
            data-testid="below-reports"
            loading={overview.isFetching}
            columns={columns}
            dataSource={overview.data?.offices ?? []}
            pagination={false}
            locale={{ emptyText: t('below.empty') }}
          />
        </>
      )}
    </>
  );
}
