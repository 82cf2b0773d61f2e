import { formatReportCode, type PublicReportFollow } from '@ancha/contracts';
import { useMutation } from '@tanstack/react-query';
import { Button, Card, Form, Input, Steps } from 'antd-mobile';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { publicReportsApi } from '../api/public-reports.ts';
import { PublicFrame } from './PublicRoutes.tsx';

const when = (iso: string) =>
  new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai',
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));

/** 查询举报进度: the code in, the report's steps out; the code arrives in navigation state, not the URL. */
export function FollowPage() {
  const { t } = useTranslation('reports', { keyPrefix: 'follow' });
  const [form] = Form.useForm<{ code: string }>();
  const location = useLocation();
  const given = (location.state as { code?: string } | null)?.code;
  const follow = useMutation({ mutationFn: (code: string) => publicReportsApi.follow(code) });
  const asked = useRef(false);
  useEffect(() => {
    if (!given || asked.current) return;
    asked.current = true;
    form.setFieldsValue({ code: formatReportCode(given) });
    follow.mutate(given);
  }, [given, form, follow]);

  return (
    <PublicFrame title={t('title')}>
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => follow.mutate(v.code.trim())}
        footer={
          <Button block type="submit" color="primary" loading={follow.isPending}>
            {t('submit')}
          </Button>
        }
      >
        <Form.Item
          name="code"
          label={t('code')}
          rules={[{ required: true, whitespace: true, message: t('codeRequired') }]}
        >
          <Input placeholder={t('codePlaceholder')} maxLength={20} autoComplete="off" clearable />
        </Form.Item>
      </Form>
      {follow.error && (
        <p role="alert" style={{ color: '#d4380d', padding: '0 16px' }}>
          {follow.error.message}
        </p>
      )}
      {follow.data && <Progress report={follow.data} />}
      <p style={{ textAlign: 'center', fontSize: 14 }}>
        <Link to="/report">{t('report')}</Link>
      </p>
    </PublicFrame>
  );
}

function Progress({ report }: { report: PublicReportFollow }) {
  const { t } = useTranslation('reports', { keyPrefix: 'follow' });
  const handled = report.status !== 'submitted';
  return (
    <Card title={`${report.districtName} ${report.streetName}`} style={{ margin: 12 }}>
      <div style={{ color: '#666', fontSize: 14, marginBottom: 8 }}>
        {t('place')}：{report.place}（{t('photos', { count: report.photoCount })}）
      </div>
      <Steps direction="vertical" current={handled ? 1 : 0}>
        <Steps.Step title={t('submitted')} description={when(report.submittedAt)} status="finish" />
        <Steps.Step
          title={handled ? t(report.status === 'verified' ? 'verified' : 'unfounded') : t('waiting')}
          status={handled ? (report.status === 'verified' ? 'finish' : 'error') : 'process'}
          description={
            handled ? (
              <>
                <div>{report.handledAt && when(report.handledAt)}</div>
                {report.reply && (
                  <div>
                    {t('reply')}：{report.reply}
                  </div>
                )}
                {report.rewarded && <div>{t('rewarded')}</div>}
              </>
            ) : undefined
          }
        />
      </Steps>
    </Card>
  );
}
