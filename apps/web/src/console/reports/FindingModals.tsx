import type { PublicReportDetail } from '@ancha/contracts';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Form, Input, InputNumber, Modal } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reportsApi, useRefreshReports } from '../../api/public-reports.ts';
import { applyFieldErrors } from '../../auth/AuthShell.tsx';

/** A finding's modal: one form, the server's field errors placed on it, the report re-read after. */
function FindingModal<V>({
  title,
  onClose,
  send,
  children,
}: {
  title: string;
  onClose: () => void;
  send: (v: V) => Promise<PublicReportDetail>;
  children: ReactNode;
}) {
  const { form, alert, mutation, t } = useFinding<V>(onClose, send);
  return (
    <Modal
      open
      title={title}
      okText={t('confirm')}
      cancelText={t('cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={mutation.isPending}
    >
      <Form form={form} layout="vertical" onFinish={(v) => mutation.mutate(v)}>
        {children}
        {alert && <Alert type="error" showIcon title={alert} />}
      </Form>
    </Modal>
  );
}

function useFinding<V>(onClose: () => void, send: (v: V) => Promise<PublicReportDetail>) {
  const { t } = useTranslation('reports', { keyPrefix: 'console' });
  const { message } = App.useApp();
  const [form] = Form.useForm<V>();
  const [alert, setAlert] = useState<string | null>(null);
  const refresh = useRefreshReports();
  const mutation = useMutation({
    mutationFn: send,
    onSuccess: async (detail) => {
      await refresh(detail);
      message.success(t('done'));
      onClose();
    },
    onError: (error) =>
      setAlert(applyFieldErrors(form, error, ['reason', 'amountYuan', 'note']) ? null : error.message),
  });
  return { form, alert, mutation, t };
}

/** 不属实: the reason is kept, and the reporter reads it as the answer. */
export function UnfoundedModal({ report, onClose }: { report: PublicReportDetail; onClose: () => void }) {
  const { t } = useTranslation('reports', { keyPrefix: 'console' });
  return (
    <FindingModal<{ reason: string }>
      title={t('unfounded')}
      onClose={onClose}
      send={(v) => reportsApi.unfounded(report.id, v)}
    >
      <Form.Item
        label={t('reason')}
        name="reason"
        rules={[{ required: true, whitespace: true, message: t('reasonRequired') }]}
      >
        <Input.TextArea rows={3} maxLength={500} />
      </Form.Item>
    </FindingModal>
  );
}

/** 奖励 of the real-name reporter of a verified report, in 元 (kept in fen). */
export function RewardModal({ report, onClose }: { report: PublicReportDetail; onClose: () => void }) {
  const { t } = useTranslation('reports', { keyPrefix: 'console' });
  return (
    <FindingModal<{ amountYuan: number; note?: string }>
      title={t('reward')}
      onClose={onClose}
      send={(v) => reportsApi.reward(report.id, v)}
    >
      <Form.Item
        label={t('rewardAmount')}
        name="amountYuan"
        rules={[{ required: true, message: t('amountRequired') }]}
      >
        <InputNumber min={0.01} precision={2} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item label={t('rewardNote')} name="note">
        <Input maxLength={500} />
      </Form.Item>
    </FindingModal>
  );
}
