import { Card, Col, Flex, Row, Select, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlans } from '../../api/plans.ts';
import { useCurrentUser } from '../../auth/session.ts';
import { LoadError } from '../../shared/status-pages.tsx';
import { BelowPlansTable } from './BelowPlansTable.tsx';
import { PlanForm } from './PlanForm.tsx';
import { PlanProgressBars } from './PlanProgressBars.tsx';
import { beijingYear } from './plan-form.ts';

/**
 * 年度监督检查计划 (G5): the office's own plan of the chosen year with its progress, and for
 * district and city offices the plans of the offices below them.
 */
export function PlansPage() {
  const { t } = useTranslation('plans');
  const me = useCurrentUser();
  const current = beijingYear();
  const [year, setYear] = useState(current);
  const plans = usePlans(year);
  const years = Array.from({ length: 5 }, (_, i) => current + 1 - i);
  const showsBelow = me.role === 'gov_district' || me.role === 'gov_city';
  const own = plans.data?.own ?? null;

  return (
    <>
      <Flex justify="space-between" align="flex-start" wrap gap={12}>
        <Typography.Title level={2} style={{ fontSize: 20, marginTop: 0, marginBottom: 16 }}>
          {t('title')}
        </Typography.Title>
        <Select
          aria-label={t('year')}
          value={year}
          onChange={setYear}
          options={years.map((y) => ({ value: y, label: t('yearOption', { year: y }) }))}
          style={{ width: 140 }}
        />
      </Flex>
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      {plans.error ? (
        <LoadError message={plans.error.message} onRetry={() => void plans.refetch()} />
      ) : !plans.data ? (
        <Skeleton active />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={17}>
            <Card>
              {/* Keyed by year and save time, so the form starts again from what the server holds. */}
              <PlanForm
                key={`${year}:${own?.updatedAt ?? 'new'}`}
                year={year}
                plan={own}
                unitName={me.displayName}
              />
            </Card>
          </Col>
          <Col xs={24} xl={7}>
            <Card title={t('progress.title')}>
              {own ? (
                <>
                  <PlanProgressBars progress={own.progress} percent={own.verificationPercent} />
                  <Typography.Paragraph
                    type="secondary"
                    style={{ marginTop: 12, marginBottom: 0, fontSize: 12 }}
                  >
                    {t('form.updatedAt', { at: new Date(own.updatedAt).toLocaleString('zh-CN') })}
                  </Typography.Paragraph>
                </>
              ) : (
                <Typography.Text type="secondary">{t('form.unsaved')}</Typography.Text>
              )}
            </Card>
          </Col>
          {showsBelow && (
            <Col span={24}>
              <Card title={t('below.title')}>
                <Typography.Paragraph type="secondary">{t('below.hint')}</Typography.Paragraph>
                <BelowPlansTable plans={plans.data.below} loading={plans.isFetching} />
              </Card>
            </Col>
          )}
        </Row>
      )}
    </>
  );
}
