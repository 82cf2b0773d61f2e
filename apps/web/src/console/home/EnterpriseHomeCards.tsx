import type { EnterpriseHome } from '@ancha/contracts';
import { Alert, Card, Col, Descriptions, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The enterprise's 首页 (G7): who it is, this month's self-inspection, and its open hazards. */
export function EnterpriseHomeCards({ home }: { home: EnterpriseHome }) {
  const { t } = useTranslation('home');
  const { enterprise: e, inspections: i, hazards: h } = home;
  const none = i.submitted + i.reported === 0;
  return (
    <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
      <Col xs={24} lg={8}>
        <Card title={e.name} style={{ height: '100%' }} data-testid="home-enterprise">
          <Descriptions
            column={1}
            size="small"
            items={[
              { key: 'street', label: t('enterprise.street'), children: `${e.districtName} ${e.streetName}` },
              {
                key: 'day',
                label: t('enterprise.reportDay'),
                children: t('enterprise.reportDayValue', { day: e.reportDay }),
              },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} lg={8}>
        <Card
          title={t('enterprise.period', { month: home.month })}
          extra={<Link to="/console/records">{t('more')}</Link>}
          style={{ height: '100%' }}
          data-testid="home-period"
        >
          <Row gutter={16}>
            <Col span={12}>
              <Statistic title={t('enterprise.submitted')} value={i.submitted} />
            </Col>
            <Col span={12}>
              <Statistic title={t('enterprise.reported')} value={i.reported} />
            </Col>
          </Row>
          {none && (
            <Alert type="warning" showIcon style={{ marginTop: 12 }} title={t('enterprise.noneYet')} />
          )}
        </Card>
      </Col>
      <Col xs={24} lg={8}>
        <Card
          title={t('enterprise.hazards')}
          extra={<Link to="/console/hazards">{t('more')}</Link>}
          style={{ height: '100%' }}
          data-testid="home-hazards"
        >
          <Row gutter={[16, 16]}>
            <Col span={12}>
              <Statistic title={t('enterprise.pending')} value={h.pending} />
            </Col>
            <Col span={12}>
              <Statistic
                title={t('enterprise.overdue')}
                value={h.overdue}
                styles={{ content: h.overdue ? { color: '#cf1322' } : undefined }}
              />
            </Col>
            <Col span={12}>
              <Statistic title={t('enterprise.awaitingAcceptance')} value={h.awaitingAcceptance} />
            </Col>
            <Col span={12}>
              <Statistic
                title={t('enterprise.major')}
                value={h.major}
                styles={{ content: h.major ? { color: '#cf1322' } : undefined }}
              />
            </Col>
          </Row>
        </Card>
      </Col>
    </Row>
  );
}
