import type { UserSummary } from '@ancha/contracts';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Card, Flex, Popconfirm, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRefreshUsers, useRoles, usersApi, useUsers } from '../../api/users.ts';
import { useCurrentUser } from '../../auth/session.ts';
import { LoadError } from '../../shared/status-pages.tsx';
import { PageTitle } from '../modules.tsx';
import { GrantModal } from './GrantModal.tsx';
import { TemporaryPasswordModal } from './TemporaryPasswordModal.tsx';
import { UserFormModal } from './UserFormModal.tsx';

type Open =
  | { kind: 'form'; user: UserSummary | null }
  | { kind: 'grant'; user: UserSummary }
  | { kind: 'password'; user: UserSummary; password: string }
  | null;

/** 用户管理 (seed 004, questions 10 and 11): the enterprise's users and what the admin does to them. */
export function UsersPage() {
  const { t } = useTranslation('users');
  const { message } = App.useApp();
  const me = useCurrentUser();
  const users = useUsers();
  const roles = useRoles();
  const refresh = useRefreshUsers();
  const [open, setOpen] = useState<Open>(null);

  const toggle = useMutation({
    mutationFn: (u: UserSummary) => (u.disabled ? usersApi.enable(u.id) : usersApi.disable(u.id)),
    onSuccess: async (saved) => {
      await refresh();
      void message.success(
        t(saved.disabled ? 'list.disabledDone' : 'list.enabledDone', { name: saved.displayName }),
      );
    },
    onError: (error) => void message.error(error.message),
  });
  const reset = useMutation({
    mutationFn: (u: UserSummary) => usersApi.resetPassword(u.id),
    onSuccess: async (result, u) => {
      await refresh();
      setOpen({ kind: 'password', user: u, password: result.temporaryPassword });
    },
    onError: (error) => void message.error(error.message),
  });
  const roleList = roles.data?.items ?? [];
  const dash = t('list.none');

  return (
    <>
      <PageTitle module="users" />
      <Card>
        <Flex justify="end" style={{ marginBottom: 16 }}>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setOpen({ kind: 'form', user: null })}
          >
            {t('list.add')}
          </Button>
        </Flex>
        {users.error ? (
          <LoadError message={users.error.message} onRetry={() => void users.refetch()} />
        ) : (
          <Table<UserSummary>
            rowKey="id"
            loading={users.isFetching}
            dataSource={users.data?.items ?? []}
            pagination={false}
            scroll={{ x: 980 }}
            columns={[
              { title: t('list.username'), dataIndex: 'username', width: 140 },
              {
                title: t('list.displayName'),
                dataIndex: 'displayName',
                width: 120,
                render: (name: string, u) => (u.id === me.id ? `${name}${t('list.self')}` : name),
              },
              {
                title: t('list.phone'),
                dataIndex: 'phone',
                width: 120,
                render: (v: string | null) => v ?? dash,
              },
              {
                title: t('list.role'),
                dataIndex: 'role',
                width: 150,
                render: (r: UserSummary['role']) =>
                  r === 'ent_admin' || r === 'ent_inspector' ? t(`accountRoles.${r}`) : r,
              },
              {
                title: t('list.enterpriseRole'),
                dataIndex: 'enterpriseRoleName',
                width: 120,
                render: (v: string | null, u) =>
                  v ?? (u.role === 'ent_inspector' ? t('list.defaultRole') : dash),
              },
              {
                title: t('list.post'),
                dataIndex: 'postName',
                width: 120,
                render: (v: string | null) => v ?? dash,
              },
              {
                title: t('list.status'),
                width: 110,
                render: (_, u) =>
                  u.disabled ? (
                    <Tag color="default">{t('list.disabled')}</Tag>
                  ) : u.mustChangePassword ? (
                    <Tag color="orange">{t('list.mustChange')}</Tag>
                  ) : (
                    <Tag color="green">{t('list.enabled')}</Tag>
                  ),
              },
              {
                title: t('list.actions'),
                fixed: 'right',
                width: 260,
                render: (_, u) => (
                  <Space size={0} wrap>
                    <Button type="link" size="small" onClick={() => setOpen({ kind: 'form', user: u })}>
                      {t('list.edit')}
                    </Button>
                    {u.role === 'ent_inspector' && (
                      <Button type="link" size="small" onClick={() => setOpen({ kind: 'grant', user: u })}>
                        {t('list.grant')}
                      </Button>
                    )}
                    {u.id !== me.id && (
                      <Popconfirm
                        title={t(u.disabled ? 'list.enable' : 'list.disableConfirm', { name: u.displayName })}
                        onConfirm={() => toggle.mutate(u)}
                      >
                        <Button type="link" size="small" danger={!u.disabled}>
                          {t(u.disabled ? 'list.enable' : 'list.disable')}
                        </Button>
                      </Popconfirm>
                    )}
                    {u.id !== me.id && (
                      <Popconfirm
                        title={t('list.resetConfirm', { name: u.displayName })}
                        onConfirm={() => reset.mutate(u)}
                      >
                        <Button type="link" size="small">
                          {t('list.reset')}
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
      {open?.kind === 'form' && (
        <UserFormModal
          user={open.user}
          roles={roleList}
          isSelf={open.user?.id === me.id}
          onClose={() => setOpen(null)}
        />
      )}
      {open?.kind === 'grant' && (
        <GrantModal user={open.user} roles={roleList} onClose={() => setOpen(null)} />
      )}
      {open?.kind === 'password' && (
        <TemporaryPasswordModal user={open.user} password={open.password} onClose={() => setOpen(null)} />
      )}
    </>
  );
}
