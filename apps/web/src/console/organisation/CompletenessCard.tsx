import type { CompletenessKey } from '@ancha/contracts';
import { CheckCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import { Card, List, Progress, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCompleteness } from '../../api/organisation.ts';
import { LoadError } from '../../shared/status-pages.tsx';

/** Where the enterprise admin completes each part; regulators get no links (they only read). */
const fixAt: Record<CompletenessKey, string> = {
  departments: '/console/departments',
  standard: '/console/standard',
  checklists: '/console/posts',
  responsibility: '/console/posts',
};

/**
 * 信息完备率 (seed 004, question 5): four parts of 25% and what each still lacks. Not the
 * profile's 完整率, which counts its required fields.
 */
export function CompletenessCard({ enterpriseId, links }: { enterpriseId: string; links: boolean }) {
  const { t } = useTranslation('organisation');
  const rate = useCompleteness(enterpriseId);
  return (
    <Card title={t('completeness.title')} data-testid="org-completeness" style={{ marginTop: 16 }}>
      {rate.error ? (
        <LoadError message={rate.error.message} onRetry={() => void rate.refetch()} />
      ) : !rate.data ? (
        <Skeleton active />
      ) : (
        <Space align="start" size="large" wrap>
          <Progress
            type="circle"
            size={96}
            percent={rate.data.rate}
            format={(p) => <span data-testid="org-completeness-rate">{p}%</span>}
          />
          <div style={{ minWidth: 320 }}>
            <Typography.Paragraph type="secondary">{t('completeness.explain')}</Typography.Paragraph>
            <List
              size="small"
              dataSource={rate.data.parts}
              renderItem={(part) => (
                <List.Item
                  data-testid={`org-part-${part.key}`}
                  extra={
                    links && !part.done ? <Link to={fixAt[part.key]}>{t('completeness.go')}</Link> : null
                  }
                >
                  <List.Item.Meta
                    avatar={
                      part.done ? (
                        <CheckCircleFilled style={{ color: '#389e0d' }} aria-label={t('completeness.done')} />
                      ) : (
                        <ExclamationCircleFilled
                          style={{ color: '#d46b08' }}
                          aria-label={t('completeness.missing')}
                        />
                      )
                    }
                    title={`${part.label}（25%）`}
                    description={part.done ? t('completeness.done') : part.missing.join('；')}
                  />
                </List.Item>
              )}
            />
          </div>
        </Space>
      )}
    </Card>
  );
}
