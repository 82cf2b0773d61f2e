import type { GovernmentHome } from '@ancha/contracts';
import { Card, Col, Flex, Progress, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePlans } from '../../api/plans.ts';

/** A regulator's 首页 (G7): the ledger's work waiting in its scope, and its plan's progress. */
export function GovernmentHomeCards({ home, year }: { home: GovernmentHome; year: number }) {
  const { t } = useTranslation('home');
  const l = home.ledger;
  const figures = [
    ['proposed', l.proposed, false],
    ['awaitingReview', l.awaitingReview, false],
    ['overdue', l.overdue, true],
    ['supervised', l.supervised, false],
    ['open', l.open, false],
  ] as const;
  return (
    <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
      <Col xs={24} xl={14}>
        <Card
          title={t('government.ledger')}
          extra={<Link to="/console/ledger">{t('more')}</Link>}
          data-testid="home-ledger"
          style={{ height: '100%' }}
        >
          <Flex wrap gap={32}>
            {figures.map(([key, value, alarm]) => (
              <Statistic
                key={key}
                title={t(`government.${key}`)}
                value={value}
                styles={{ content: alarm && value ? { color: '#cf1322' } : undefined }}
              />
            ))}
            <Statistic title={t('government.enterprises')} value={home.enterprises} />
          </Flex>
        </Card>
      </Col>
      <Col xs={24} xl={10}>
        <PlanCard year={year} />
      </Col>
    </Row>
  );
}

function PlanCard({ year }: { year: number }) {
  const { t } = useTranslation('home');
  const plans = usePlans(year);
  const p = plans.data?.own?.progress;
  const share = (done: number, target: number) =>
    target > 0 ? Math.min(100, Math.round((done / target) * 100)) : 0;
  return (
    <Card
      title={t('government.plan', { year })}
      extra={<Link to="/console/plans">{t('more')}</Link>}
      loading={plans.isPending}
      data-testid="home-plan"
      style={{ height: '100%' }}
    >
      {p ? (
        <Flex vertical gap={8}>
          <Typography.Text>
            {t('government.inspections')}{' '}
            {t('government.progress', { done: p.inspections, target: p.targetInspections })}
          </Typography.Text>
          <Progress percent={share(p.inspections, p.targetInspections)} />
          <Typography.Text>
            {t('government.verifications')}{' '}
            {t('government.progress', { done: p.verifications, target: p.verificationTarget })}
          </Typography.Text>
          <Progress percent={share(p.verifications, p.verificationTarget)} />
        </Flex>
      ) : (
        <Typography.Text type="secondary">{t('government.noPlan')}</Typography.Text>
      )}
    </Card>
  );
}
