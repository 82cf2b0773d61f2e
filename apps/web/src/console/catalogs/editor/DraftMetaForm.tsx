import { type CatalogDetail, DraftMetaInput } from '@ancha/contracts';
import { SaveOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogsApi, useRefreshCatalogs } from '../../../api/catalogs.ts';
import { applyFieldErrors } from '../../../auth/AuthShell.tsx';
import { contractRule } from '../../../shared/contract-rule.ts';

interface Values {
  name: string;
  source: string;
}

const fieldNames = ['name', 'source'] as const;

/** The draft's name and source line; they print at the head of the catalog, so they are edited too. */
export function DraftMetaForm({ detail }: { detail: CatalogDetail }) {
  const { t } = useTranslation('catalogs');
  const { message } = App.useApp();
  const refresh = useRefreshCatalogs();
  const [form] = Form.useForm<Values>();
  const [alert, setAlert] = useState<string | null>(null);

  const save = useMutation({
    mutationFn: (body: DraftMetaInput) => catalogsApi.updateMeta(detail.id, detail.version.version, body),
    onSuccess: async () => {
      await refresh();
      void message.success(t('editor.metaSaved'));
    },
    onError: (error) => setAlert(applyFieldErrors(form, error, fieldNames) ? null : error.message),
  });

  return (
    <Card title={t('editor.meta')}>
      <Form<Values>
        name="draftMeta"
        form={form}
        layout="vertical"
        disabled={save.isPending}
        initialValues={{ name: detail.version.name, source: detail.version.source }}
        onFinish={(values) => {
          setAlert(null);
          save.mutate({ name: values.name.trim(), source: values.source.trim() });
        }}
      >
        <Form.Item label={t('editor.name')} name="name" rules={[contractRule(DraftMetaInput.shape.name)]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          label={t('editor.source')}
          name="source"
          rules={[contractRule(DraftMetaInput.shape.source)]}
        >
          <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 6 }} showCount />
        </Form.Item>
        {alert && <Alert type="error" showIcon title={alert} style={{ marginBottom: 16 }} />}
        <Button type="primary" htmlType="submit" icon={<SaveOutlined aria-hidden />} loading={save.isPending}>
          {t('editor.saveMeta')}
        </Button>
      </Form>
    </Card>
  );
}
