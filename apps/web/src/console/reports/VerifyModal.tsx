import { type PublicReportDetail, type PublicReportVerifyInput, shanghaiDate } from '@ancha/contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, App, DatePicker, Form, Input, Modal, Radio, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reportsApi, useRefreshReports } from '../../api/public-reports.ts';
import { registryApi } from '../../api/registry.ts';
import { applyFieldErrors } from '../../auth/AuthShell.tsx';

/** What antd's DatePicker hands back (a dayjs), as far as this form reads it. */
interface PickedDate {
  format(template: string): string;
}
interface Values extends Omit<PublicReportVerifyInput, 'deadline'> {
  deadline?: PickedDate | null;
}
const fields = ['enterpriseId', 'unitName', 'level', 'description', 'measures', 'deadline', 'reply'] as const;

/** 核实: the report is true; it goes to the ledger as a proposal with source 举报. */
export function VerifyModal({ report, onClose }: { report: PublicReportDetail; onClose: () => void }) {
  const { t } = useTranslation('reports', { keyPrefix: 'console' });
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [search, setSearch] = useState(report.unitName ?? '');
  const [alert, setAlert] = useState<string | null>(null);
  const refresh = useRefreshReports();
  // The registry in the office's scope: the server refuses any other enterprise anyway.
  const registry = useQuery({
    queryKey: ['registry', 'verify-select', search],
    queryFn: ({ signal }) => registryApi.list({ keyword: search || undefined }, undefined, signal),
  });
  const enterpriseId = Form.useWatch('enterpriseId', form);
  const verify = useMutation({
    mutationFn: (v: Values) =>
      reportsApi.verify(report.id, {
        ...v,
        enterpriseId: v.enterpriseId ?? null,
        deadline: v.deadline ? v.deadline.format('YYYY-MM-DD') : undefined,
      }),
    onSuccess: async (detail) => {
      await refresh(detail);
      message.success(t('done'));
      onClose();
    },
    onError: (error) => setAlert(applyFieldErrors(form, error, fields) ? null : error.message),
  });
  const today = shanghaiDate(new Date());

  return (
    <Modal
      open
      title={t('verifyTitle')}
      okText={t('confirm')}
      cancelText={t('cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={verify.isPending}
      width={640}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ level: 'general', description: report.description, unitName: report.unitName ?? '' }}
        onFinish={(v) => {
          setAlert(null);
          verify.mutate(v);
        }}
      >
        <Form.Item label={t('enterpriseId')} name="enterpriseId">
          <Select
            showSearch={{ filterOption: false, onSearch: setSearch }}
            allowClear
            placeholder={t('enterpriseSearch')}
            loading={registry.isFetching}
            options={registry.data?.items.map((e) => ({ value: e.id, label: e.name }))}
          />
        </Form.Item>
        {!enterpriseId && (
          <Form.Item label={t('unitNameField')} name="unitName">
            <Input maxLength={100} />
          </Form.Item>
        )}
        <Form.Item label={t('level')} name="level" rules={[{ required: true }]}>
          <Radio.Group
            options={[
              { value: 'general', label: t('general') },
              { value: 'major', label: t('major') },
            ]}
          />
        </Form.Item>
        <Form.Item label={t('ledgerDescription')} name="description">
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item label={t('measures')} name="measures">
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <Form.Item label={t('deadline')} name="deadline">
          <DatePicker
            disabledDate={(day: PickedDate) => day.format('YYYY-MM-DD') < today}
            style={{ width: 200 }}
          />
        </Form.Item>
        <Form.Item label={t('reply')} name="reply">
          <Input maxLength={500} />
        </Form.Item>
        {alert && <Alert type="error" showIcon title={alert} />}
      </Form>
    </Modal>
  );
}
