import type { CreateUserBody, EnterpriseRoleView, UpdateUserBody, UserSummary } from '@ancha/contracts';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/errors.ts';
import { useRefreshUsers, usersApi } from '../../api/users.ts';

interface Values {
  username: string;
  displayName: string;
  phone: string;
  initialPassword: string;
  role: 'ent_admin' | 'ent_inspector';
  enterpriseRoleId: string;
}

interface Props {
  /** `null`: a new user (an inspector, the only kind an enterprise admin creates). */
  user: UserSummary | null;
  roles: EnterpriseRoleView[];
  isSelf: boolean;
  onClose: () => void;
}

const noRole = '';

/** 新增 / 编辑 a user of the enterprise: name, phone, account type and role. */
export function UserFormModal({ user, roles, isSelf, onClose }: Props) {
  const { t } = useTranslation('users');
  const { message } = App.useApp();
  const refresh = useRefreshUsers();
  const [form] = Form.useForm<Values>();
  const [alert, setAlert] = useState<string | null>(null);
  const accountRole = Form.useWatch('role', form) ?? user?.role ?? 'ent_inspector';

  const save = useMutation({
    mutationFn: (v: Values) => {
      const enterpriseRoleId = v.enterpriseRoleId === noRole ? null : v.enterpriseRoleId;
      if (!user) {
        const body: CreateUserBody = {
          username: v.username,
          displayName: v.displayName,
          role: 'ent_inspector',
          initialPassword: v.initialPassword,
          ...(v.phone ? { phone: v.phone } : {}),
          ...(enterpriseRoleId ? { enterpriseRoleId } : {}),
        };
        return usersApi.create(body);
      }
      const body: UpdateUserBody = {
        displayName: v.displayName,
        phone: v.phone ? v.phone : null,
        role: v.role,
        enterpriseRoleId: v.role === 'ent_admin' ? null : enterpriseRoleId,
      };
      return usersApi.update(user.id, body);
    },
    onSuccess: async (saved) => {
      await refresh();
      void message.success(t(user ? 'form.updated' : 'form.created', { name: saved.displayName }));
      onClose();
    },
    onError: (error) => {
      if (!(error instanceof ApiError) || error.fields.length === 0) return setAlert(error.message);
      const names = ['username', 'displayName', 'phone', 'initialPassword', 'role', 'enterpriseRoleId'];
      const placed = error.fields.filter((f) => names.includes(f.path));
      form.setFields(placed.map((f) => ({ name: f.path as keyof Values, errors: [f.message] })));
      setAlert(placed.length < error.fields.length ? error.message : null);
    },
  });

  return (
    <Modal
      open
      title={t(user ? 'form.editTitle' : 'form.createTitle')}
      okText={t('form.save')}
      cancelText={t('form.cancel')}
      confirmLoading={save.isPending}
      onCancel={onClose}
      onOk={() =>
        void form
          .validateFields()
          .then((v) => save.mutate(v))
          .catch(() => undefined)
      }
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          username: user?.username ?? '',
          displayName: user?.displayName ?? '',
          phone: user?.phone ?? '',
          initialPassword: '',
          role: user?.role === 'ent_admin' ? 'ent_admin' : 'ent_inspector',
          enterpriseRoleId: user?.enterpriseRoleId ?? noRole,
        }}
      >
        <Form.Item
          name="username"
          label={t('form.username')}
          extra={user ? undefined : t('form.usernameHint')}
          rules={[{ required: !user, message: t('form.username') }]}
        >
          <Input disabled={!!user} maxLength={32} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('form.displayName')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="phone" label={t('form.phone')}>
          <Input maxLength={11} inputMode="numeric" />
        </Form.Item>
        {!user && (
          <Form.Item
            name="initialPassword"
            label={t('form.initialPassword')}
            extra={t('form.initialPasswordHint')}
            rules={[{ required: true }]}
          >
            <Input.Password autoComplete="new-password" maxLength={64} />
          </Form.Item>
        )}
        {user && (
          <Form.Item name="role" label={t('form.accountRole')}>
            <Select
              disabled={isSelf}
              options={(['ent_inspector', 'ent_admin'] as const).map((r) => ({
                value: r,
                label: t(`accountRoles.${r}`),
              }))}
            />
          </Form.Item>
        )}
        {accountRole === 'ent_admin' ? (
          <Alert type="info" showIcon message={t('form.adminHasAll')} style={{ marginBottom: 16 }} />
        ) : (
          <Form.Item name="enterpriseRoleId" label={t('form.enterpriseRole')}>
            <Select
              options={[
                { value: noRole, label: t('form.noRole') },
                ...roles.map((r) => ({ value: r.id, label: r.name })),
              ]}
            />
          </Form.Item>
        )}
      </Form>
      {alert && <Alert type="error" showIcon message={alert} />}
    </Modal>
  );
}
