import type { DepartmentView } from '@ancha/contracts';
import { useMutation } from '@tanstack/react-query';
import { App, Form, Input, Modal, TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/errors.ts';
import { organisationApi, useRefreshOrganisation } from '../../api/organisation.ts';
import { departmentTree } from './department-tree.ts';

interface Values {
  name: string;
  parentId: string | null;
}

/** 新增 (under `parentId`) or 重命名/移动 a department; the server names each bad field. */
export function DepartmentFormModal({
  editing,
  parentId,
  all,
  onClose,
}: {
  editing: DepartmentView | null;
  parentId: string | null;
  all: DepartmentView[];
  onClose: () => void;
}) {
  const { t } = useTranslation('organisation');
  const { message } = App.useApp();
  const refresh = useRefreshOrganisation();
  const [form] = Form.useForm<Values>();
  const save = useMutation({
    mutationFn: (v: Values) => {
      const body = { name: v.name, parentId: v.parentId ?? null };
      return editing
        ? organisationApi.updateDepartment(editing.id, body)
        : organisationApi.createDepartment(body);
    },
    onSuccess: async () => {
      await refresh();
      void message.success(t('departments.saved'));
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
  // A department cannot move under itself or its own subtree: those are not offered.
  const options = departmentTree(all, editing?.id);

  return (
    <Modal
      open
      title={editing ? t('departments.rename') : t('departments.add')}
      okText={t('departments.submit')}
      cancelText={t('departments.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ name: editing?.name ?? '', parentId: editing ? editing.parentId : parentId }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="name" label={t('departments.name')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={50} autoFocus />
        </Form.Item>
        <Form.Item name="parentId" label={t('departments.parent')}>
          <TreeSelect
            allowClear
            treeDefaultExpandAll
            placeholder={t('departments.topLevel')}
            treeData={options}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
