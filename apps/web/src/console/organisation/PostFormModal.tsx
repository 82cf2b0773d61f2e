import { type PostFrequency, type PostView, postFrequencyLabels } from '@ancha/contracts';
import { useMutation } from '@tanstack/react-query';
import { App, Form, Input, Modal, Select, TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/errors.ts';
import { organisationApi, useDepartments, useRefreshOrganisation } from '../../api/organisation.ts';
import { departmentTree } from './department-tree.ts';

interface Values {
  departmentId: string;
  name: string;
  frequency: PostFrequency;
}

const frequencies = Object.entries(postFrequencyLabels).map(([value, label]) => ({ value, label }));

/** 新增 or 编辑 a post: its department, name and 上报频次 (the enterprise's choice, seed 004 question 8). */
export function PostFormModal({ editing, onClose }: { editing: PostView | null; onClose: () => void }) {
  const { t } = useTranslation('organisation');
  const { message } = App.useApp();
  const departments = useDepartments();
  const refresh = useRefreshOrganisation();
  const [form] = Form.useForm<Values>();
  const save = useMutation({
    mutationFn: (v: Values) =>
      editing ? organisationApi.updatePost(editing.id, v) : organisationApi.createPost(v),
    onSuccess: async () => {
      await refresh();
      void message.success(t('posts.saved'));
      onClose();
    },
    onError: (error) => {
      if (isApiError(error, 'VALIDATION_FAILED') && error.fields.length)
        form.setFields(
          error.fields.map((f) => ({ name: f.path.split('.')[0] as keyof Values, errors: [f.message] })),
        );
      else void message.error(error.message);
    },
  });

  return (
    <Modal
      open
      title={editing ? t('posts.edit') : t('posts.add')}
      okText={t('posts.submit')}
      cancelText={t('posts.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={editing ?? { frequency: 'monthly' }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="departmentId" label={t('posts.department')} rules={[{ required: true }]}>
          <TreeSelect
            treeDefaultExpandAll
            loading={!departments.data}
            treeData={departmentTree(departments.data?.items ?? [])}
          />
        </Form.Item>
        <Form.Item name="name" label={t('posts.name')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="frequency" label={t('posts.frequency')} rules={[{ required: true }]}>
          <Select options={frequencies} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
