import type { Person } from '@ancha/contracts';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Flex, Popconfirm, Space, Table, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { profileApi, usePersonnel, useRefreshProfile } from '../../api/profile.ts';
import { LoadError } from '../../shared/status-pages.tsx';
import { PersonFormModal } from './PersonFormModal.tsx';

/** What the form is open for: a new person (`person` null) or one being changed. */
type Editing = { person: Person | null } | null;

/** 单位人员信息: the safety head first, then the other safety managers. */
export function PersonnelTab({ enterpriseId }: { enterpriseId: string }) {
  const { t } = useTranslation('profile');
  const { message } = App.useApp();
  const personnel = usePersonnel(enterpriseId);
  const refresh = useRefreshProfile(enterpriseId);
  const [editing, setEditing] = useState<Editing>(null);
  const remove = useMutation({
    mutationFn: (person: Person) => profileApi.removePerson(enterpriseId, person.id),
    onSuccess: async () => {
      await refresh('personnel');
      void message.success(t('personnel.deleted'));
    },
    onError: (error) => void message.error(error.message),
  });

  const people = [...(personnel.data?.items ?? [])].sort(
    (a, b) => Number(b.role === 'safety_head') - Number(a.role === 'safety_head'),
  );
  const head = people.find((p) => p.role === 'safety_head');
  const columns: TableColumnsType<Person> = [
    {
      title: t('personnel.columns.role'),
      key: 'role',
      width: 170,
      render: (_, p) => (
        <Tag color={p.role === 'safety_head' ? 'green' : undefined}>{t(`personnel.roles.${p.role}`)}</Tag>
      ),
    },
    { title: t('personnel.columns.name'), dataIndex: 'name', key: 'name' },
    { title: t('personnel.columns.position'), key: 'position', render: (_, p) => p.position || t('none') },
    { title: t('personnel.columns.phone'), dataIndex: 'phone', key: 'phone', width: 150 },
    {
      title: t('personnel.columns.certificateNo'),
      key: 'certificateNo',
      render: (_, p) => p.certificateNo || t('none'),
    },
    {
      title: t('personnel.columns.actions'),
      key: 'actions',
      width: 130,
      render: (_, p) => (
        <Space size={0}>
          <Button
            type="link"
            size="small"
            onClick={() => setEditing({ person: p })}
            aria-label={`${t('personnel.edit')} ${p.name}`}
          >
            {t('personnel.edit')}
          </Button>
          <Popconfirm
            title={t('personnel.deleteConfirm', { name: p.name })}
            onConfirm={() => remove.mutate(p)}
          >
            <Button type="link" size="small" danger aria-label={`${t('personnel.delete')} ${p.name}`}>
              {t('personnel.delete')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <>
      <Flex justify="flex-end" style={{ marginBottom: 16 }}>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ person: null })}>
          {t('personnel.add')}
        </Button>
      </Flex>
      {personnel.error ? (
        <LoadError message={personnel.error.message} onRetry={() => void personnel.refetch()} />
      ) : (
        <Table<Person>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={people}
          loading={personnel.isFetching}
          pagination={false}
          locale={{ emptyText: t('personnel.empty') }}
          data-testid="personnel-table"
        />
      )}
      {editing && (
        <PersonFormModal
          enterpriseId={enterpriseId}
          person={editing.person}
          headTaken={head !== undefined && head.id !== editing.person?.id}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
