import type { EnterpriseRoleInput, EnterpriseRoleView } from '@ancha/contracts';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/errors.ts';
import { rolesApi, useRefreshUsers } from '../../api/users.ts';
import { PermissionTree } from './PermissionTree.tsx';

interface Props {
  role: EnterpriseRoleView | null;
  onClose: () => void;
}

/** A role's name and its permissions (角色授权). */
export function RoleFormModal({ role, onClose }: Props) {
  const { t } = useTranslation('users');
  const { message } = App.useApp();
  const refresh = useRefreshUsers();
  const [form] = Form.useForm<{ name: string }>();
  const [permissions, setPermissions] = useState<string[]>(role?.permissions ?? []);
  const [alert, setAlert] = useState<string | null>(null);

  const save = useMutation({
    mutationFn: (body: EnterpriseRoleInput) =>
      role ? rolesApi.update(role.id, body) : rolesApi.create(body),
    onSuccess: async (saved) => {
      await refresh();
      void message.success(t(role ? 'roles.updated' : 'roles.created', { name: saved.name }));
      onClose();
    },
    onError: (error) => {
      const nameError = error instanceof ApiError ? error.fields.find((f) => f.path === 'name') : undefined;
      if (nameError) form.setFields([{ name: 'name', errors: [nameError.message] }]);
      setAlert(nameError ? null : error.message);
    },
  });

  return (
    <Modal
      open
      title={t(role ? 'roles.editTitle' : 'roles.createTitle')}
      okText={t('roles.save')}
      cancelText={t('roles.cancel')}
      confirmLoading={save.isPending}
      onCancel={onClose}
      onOk={() =>
        void form
          .validateFields()
          .then((values) => save.mutate({ name: values.name, permissions }))
          .catch(() => undefined)
      }
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ name: role?.name ?? '' }}>
        <Form.Item
          name="name"
          label={t('roles.name')}
          rules={[{ required: true, whitespace: true, message: t('roles.name') }]}
        >
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item label={t('roles.tree')}>
          <PermissionTree value={permissions} onChange={setPermissions} ariaLabel={t('roles.tree')} />
        </Form.Item>
      </Form>
      {alert && <Alert type="error" showIcon message={alert} />}
    </Modal>
  );
}
