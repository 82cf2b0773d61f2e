import { defaultInspectorPermissions, type EnterpriseRoleView, type UserSummary } from '@ancha/contracts';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRefreshUsers, usersApi } from '../../api/users.ts';
import { PermissionTree } from '../roles/PermissionTree.tsx';

interface Props {
  user: UserSummary;
  roles: EnterpriseRoleView[];
  onClose: () => void;
}

/**
 * 用户授权 (seed 004, question 12): the user's own permissions, on top of what its role gives
 * (or, with no role, the default inspector set), which is shown checked and locked.
 */
export function GrantModal({ user, roles, onClose }: Props) {
  const { t } = useTranslation('users');
  const { message } = App.useApp();
  const refresh = useRefreshUsers();
  const [own, setOwn] = useState<string[]>(user.permissions);
  const role = roles.find((r) => r.id === user.enterpriseRoleId);
  const inherited = role ? role.permissions : [...defaultInspectorPermissions];

  const save = useMutation({
    mutationFn: () => usersApi.setPermissions(user.id, own),
    onSuccess: async () => {
      await refresh();
      void message.success(t('grant.saved', { name: user.displayName }));
      onClose();
    },
  });

  return (
    <Modal
      open
      title={t('grant.title', { name: user.displayName })}
      okText={t('grant.save')}
      cancelText={t('form.cancel')}
      confirmLoading={save.isPending}
      onCancel={onClose}
      onOk={() => save.mutate()}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {role ? t('grant.intro', { role: role.name }) : t('grant.introDefault')}
      </Typography.Paragraph>
      <PermissionTree
        value={own.filter((k) => !inherited.includes(k))}
        onChange={setOwn}
        inherited={inherited}
        inheritedLabel={role ? t('grant.fromRole') : t('grant.fromDefault')}
        ariaLabel={t('grant.title', { name: user.displayName })}
      />
      {save.error && <Alert type="error" showIcon message={save.error.message} />}
    </Modal>
  );
}
