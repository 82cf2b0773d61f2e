import { AcceptanceInput } from '@ancha/contracts';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Radio } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { enterpriseApi, useRefreshHazards } from '../../api/enterprise.ts';
import { contractRule } from '../../shared/contract-rule.ts';

interface Values {
  passed: boolean;
  note?: string;
}

/**
 * 验收 of a rectified hazard: 通过 closes it, 不通过 sends it back to 待处置. A refusal must say
 * why, since the inspector has to act on it; the server refuses (409) a hazard no longer waiting.
 */
export function AcceptanceForm({ hazardId }: { hazardId: string }) {
  const { t } = useTranslation('enterprise');
  const { message } = App.useApp();
  const refresh = useRefreshHazards();
  const [form] = Form.useForm<Values>();
  const [alert, setAlert] = useState<string | null>(null);
  const passed = Form.useWatch('passed', form);

  const accept = useMutation({
    mutationFn: (body: AcceptanceInput) => enterpriseApi.accept(hazardId, body),
    onSuccess: async (_, body) => {
      await refresh();
      void message.success(t(body.passed ? 'acceptance.donePassed' : 'acceptance.doneFailed'));
    },
    onError: (error) => setAlert(error.message),
  });

  return (
    <Form<Values>
      name="acceptance"
      form={form}
      layout="vertical"
      disabled={accept.isPending}
      onFinish={(values) => {
        setAlert(null);
        accept.mutate({ passed: values.passed, note: values.note?.trim() ?? '' });
      }}
      data-testid="acceptance-form"
    >
      <Form.Item
        label={t('acceptance.verdict')}
        name="passed"
        rules={[
          {
            required: true,
            message: AcceptanceInput.shape.passed.safeParse(undefined).error?.issues[0]?.message,
          },
        ]}
      >
        <Radio.Group
          options={[
            { value: true, label: t('acceptance.passed') },
            { value: false, label: t('acceptance.failed') },
          ]}
        />
      </Form.Item>
      <Form.Item
        label={t('acceptance.note')}
        name="note"
        rules={[
          contractRule(AcceptanceInput.shape.note),
          { required: passed === false, whitespace: true, message: t('acceptance.needNote') },
        ]}
      >
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={1000}
          placeholder={t('acceptance.notePlaceholder')}
        />
      </Form.Item>
      {alert && <Alert type="error" showIcon title={alert} style={{ marginBottom: 16 }} />}
      <Button type="primary" htmlType="submit" loading={accept.isPending}>
        {t('acceptance.submit')}
      </Button>
    </Form>
  );
}
