import {
  type AttachmentRef,
  InfoReportInput,
  type InfoReportKind,
  infoReportKinds,
  isQuarterlyKind,
} from '@ancha/contracts';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/errors.ts';
import { infoReportsApi, useRefreshInfoReports } from '../../api/info-reports.ts';
import { contractRule } from '../../shared/contract-rule.ts';
import { AttachmentsField } from '../shared/AttachmentsField.tsx';
import { RichTextEditor } from '../shared/RichTextEditor.tsx';
import { currentPeriod, recentPeriods } from './periods.ts';

interface Values {
  kind: InfoReportKind;
  period: string;
  title: string;
  bodyHtml: string;
  attachments: AttachmentRef[];
}

const shape = InfoReportInput.shape;

/**
 * 新增报送: kind, period (this month, or this quarter for a 工作总结; earlier ones for a late
 * report), title, rich-text body and attachments, sent to the office above on 提交.
 */
export function ReportForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('infoReports');
  const { message } = App.useApp();
  const refresh = useRefreshInfoReports();
  const [form] = Form.useForm<Values>();
  const [alert, setAlert] = useState<string | null>(null);
  const kind = Form.useWatch('kind', form) ?? 'work_info';
  const quarterly = isQuarterlyKind(kind);

  const submit = useMutation({
    mutationFn: (v: Values) =>
      infoReportsApi.submit({
        kind: v.kind,
        period: v.period,
        title: v.title,
        bodyHtml: v.bodyHtml,
        attachmentIds: (v.attachments ?? []).map((a) => a.id),
      }),
    onSuccess: async () => {
      await refresh();
      void message.success(t('form.submitted'));
      onDone();
    },
    onError: (error) => {
      if (!(error instanceof ApiError) || error.fields.length === 0) return setAlert(error.message);
      const named = (path: string) => (path === 'attachmentIds' ? 'attachments' : path.split('.')[0]!);
      form.setFields(error.fields.map((f) => ({ name: named(f.path) as keyof Values, errors: [f.message] })));
      setAlert(null);
    },
  });

  return (
    <Form<Values>
      form={form}
      name="info-report"
      layout="vertical"
      disabled={submit.isPending}
      initialValues={{
        kind: 'work_info',
        period: currentPeriod(false),
        title: '',
        bodyHtml: '',
        attachments: [],
      }}
      onValuesChange={(changed: Partial<Values>) => {
        // A kind of the other rhythm takes that rhythm's current period.
        if (changed.kind) form.setFieldValue('period', currentPeriod(isQuarterlyKind(changed.kind)));
      }}
      onFinish={(values) => {
        setAlert(null);
        submit.mutate(values);
      }}
    >
      {alert && <Alert type="error" showIcon title={alert} style={{ marginBottom: 12 }} />}
      <Flex gap={16} wrap>
        <Form.Item name="kind" label={t('form.kind')} extra={t('form.monthly')} style={{ minWidth: 240 }}>
          <Select
            aria-label={t('form.kind')}
            options={infoReportKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="period" label={t('form.period')} style={{ minWidth: 200 }}>
          <Select aria-label={t('form.period')} options={recentPeriods(quarterly)} />
        </Form.Item>
      </Flex>
      <Form.Item name="title" label={t('form.titleField')} rules={[contractRule(shape.title)]}>
        <Input aria-label={t('form.titleField')} maxLength={200} showCount />
      </Form.Item>
      <Form.Item name="bodyHtml" label={t('form.body')} rules={[contractRule(shape.bodyHtml)]}>
        <RichTextEditor aria-label={t('form.body')} />
      </Form.Item>
      <Form.Item name="attachments" label={t('form.attachments')}>
        <AttachmentsField purpose="info_report" />
      </Form.Item>
      <Flex gap={8} justify="flex-end">
        <Button onClick={onDone}>{t('form.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={submit.isPending}>
          {t('form.submit')}
        </Button>
      </Flex>
    </Form>
  );
}
