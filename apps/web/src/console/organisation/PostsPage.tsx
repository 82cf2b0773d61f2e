import { type PostView, postFrequencyLabels } from '@ancha/contracts';
import { DeleteOutlined, EditOutlined, PlusOutlined, TeamOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Popconfirm, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { organisationApi, useDepartments, usePosts, useRefreshOrganisation } from '../../api/organisation.ts';
import { LoadError } from '../../shared/status-pages.tsx';
import { PageTitle } from '../modules.tsx';
import { HoldersModal } from './HoldersModal.tsx';
import { PostFormModal } from './PostFormModal.tsx';
import { PostImportButton } from './PostImportButton.tsx';
import { ResponsibilityUpload } from './ResponsibilityUpload.tsx';

/** 岗位管理: posts with 上报频次, 岗位责任制, 岗位用户 and 岗位清单 size; and 导入岗位清单. */
export function PostsPage() {
  const { t } = useTranslation('organisation');
  const { message } = App.useApp();
  const posts = usePosts();
  const departments = useDepartments();
  const refresh = useRefreshOrganisation();
  const [editing, setEditing] = useState<{ post: PostView | null } | null>(null);
  const [holding, setHolding] = useState<PostView | null>(null);
  const remove = useMutation({
    mutationFn: (id: string) => organisationApi.deletePost(id),
    onSuccess: async () => {
      await refresh();
      void message.success(t('posts.deleted'));
    },
    onError: (error) => void message.error(error.message),
  });
  const noDepartments = departments.data?.items.length === 0;

  return (
    <>
      <PageTitle module="posts" />
      <Card>
        <Flex wrap gap="middle" justify="space-between" style={{ marginBottom: 16 }}>
          <PostImportButton />
          <Button
            type="primary"
            icon={<PlusOutlined />}
            disabled={noDepartments}
            onClick={() => setEditing({ post: null })}
          >
            {t('posts.add')}
          </Button>
        </Flex>
        {noDepartments && (
          <Alert type="info" showIcon title={t('posts.needDepartment')} style={{ marginBottom: 16 }} />
        )}
        {posts.error ? (
          <LoadError message={posts.error.message} onRetry={() => void posts.refetch()} />
        ) : (
          <Table<PostView>
            rowKey="id"
            loading={!posts.data}
            dataSource={posts.data?.items}
            pagination={false}
            locale={{ emptyText: t('posts.empty') }}
            columns={[
              { title: t('posts.department'), dataIndex: 'departmentName', key: 'department' },
              { title: t('posts.name'), dataIndex: 'name', key: 'name' },
              {
                title: t('posts.frequency'),
                key: 'frequency',
                render: (_, p) => <Tag color="blue">{postFrequencyLabels[p.frequency]}</Tag>,
              },
              {
                title: t('posts.responsibility'),
                key: 'responsibility',
                render: (_, p) => <ResponsibilityUpload post={p} />,
              },
              {
                title: t('posts.holders'),
                key: 'holders',
                render: (_, p) => p.holders.map((h) => h.displayName).join('、') || '—',
              },
              {
                title: t('posts.items'),
                key: 'items',
                render: (_, p) => t('posts.itemCount', { count: p.itemCount }),
              },
              {
                title: t('posts.actions'),
                key: 'actions',
                render: (_, p) => (
                  <Space size={0} wrap>
                    <Button
                      type="link"
                      size="small"
                      icon={<EditOutlined />}
                      onClick={() => setEditing({ post: p })}
                    >
                      {t('posts.edit')}
                    </Button>
                    <Button type="link" size="small" icon={<TeamOutlined />} onClick={() => setHolding(p)}>
                      {t('posts.setHolders')}
                    </Button>
                    <Popconfirm
                      title={t('posts.deleteConfirm', { name: p.name })}
                      onConfirm={() => remove.mutate(p.id)}
                    >
                      <Button type="link" size="small" danger icon={<DeleteOutlined />}>
                        {t('posts.delete')}
                      </Button>
                    </Popconfirm>
                  </Space>
                ),
              },
            ]}
          />
        )}
      </Card>
      {editing && <PostFormModal editing={editing.post} onClose={() => setEditing(null)} />}
      {holding && (
        <HoldersModal post={holding} posts={posts.data?.items ?? []} onClose={() => setHolding(null)} />
      )}
    </>
  );
}
