import { type EnterpriseRoleView, isPermissionKey, permissionLabels } from '@ancha/contracts';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Card, Flex, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rolesApi, useRefreshUsers, useRoles } from '../../api/users.ts';
import { LoadError } from '../../shared/status-pages.tsx';
import { PageTitle } from '../modules.tsx';
import { RoleFormModal } from './RoleFormModal.tsx';

type Editing = { role: EnterpriseRoleView | null } | null;

/** 角色管理 (seed 004, question 12): roles and what each may do; users get them in 用户管理. */
export function RolesPage() {
  const { t } = useTranslation('users');
  const { message } = App.useApp();
  const roles = useRoles();
  const refresh = useRefreshUsers();
  const [editing, setEditing] = useState<Editing>(null);
  const remove = useMutation({
    mutationFn: (role: EnterpriseRoleView) => rolesApi.remove(role.id),
    onSuccess: async (_, role) => {
      await refresh();
      void message.success(t('roles.removed', { name: role.name }));
    },
    onError: (error) => void message.error(error.message),
  });

  return (
    <>
      <PageTitle module="roles" />
      <Card>
        <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
          <Typography.Text type="secondary">{t('roles.empty')}</Typography.Text>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ role: null })}>
            {t('roles.add')}
          </Button>
        </Flex>
        {roles.error ? (
          <LoadError message={roles.error.message} onRetry={() => void roles.refetch()} />
        ) : (
          <Table<EnterpriseRoleView>
            rowKey="id"
            loading={roles.isFetching}
            dataSource={roles.data?.items ?? []}
            pagination={false}
            columns={[
              { title: t('roles.name'), dataIndex: 'name', width: 180 },
              {
                title: t('roles.permissions'),
                dataIndex: 'permissions',
                render: (keys: string[]) =>
                  keys.length === 0
                    ? t('roles.none')
                    : keys.filter(isPermissionKey).map((k) => <Tag key={k}>{permissionLabels[k]}</Tag>),
              },
              { title: t('roles.userCount'), dataIndex: 'userCount', width: 90 },
              {
                title: t('roles.actions'),
                width: 140,
                render: (_, role) => (
                  <Space>
                    <Button type="link" size="small" onClick={() => setEditing({ role })}>
                      {t('roles.edit')}
                    </Button>
                    {role.userCount > 0 ? (
                      <Button
                        type="link"
                        size="small"
                        disabled
                        title={t('roles.inUse', { count: role.userCount })}
                      >
                        {t('roles.remove')}
                      </Button>
                    ) : (
                      <Popconfirm
                        title={t('roles.removeConfirm', { name: role.name })}
                        onConfirm={() => remove.mutate(role)}
                      >
                        <Button type="link" size="small" danger>
                          {t('roles.remove')}
                        </Button>
                      </Popconfirm>
                    )}
                  </Space>
                ),
              },
            ]}
          />
        )}
      </Card>
      {editing && <RoleFormModal role={editing.role} onClose={() => setEditing(null)} />}
    </>
  );
}
