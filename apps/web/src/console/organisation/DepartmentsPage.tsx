import type { DepartmentView } from '@ancha/contracts';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Card, Empty, Flex, Popconfirm, Skeleton, Space, Tag, Tree, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { organisationApi, useDepartments, useRefreshOrganisation } from '../../api/organisation.ts';
import { LoadError } from '../../shared/status-pages.tsx';
import { PageTitle } from '../modules.tsx';
import { DepartmentFormModal } from './DepartmentFormModal.tsx';
import { type DepartmentNode, departmentTree } from './department-tree.ts';

type Editing = { department: DepartmentView | null; parentId: string | null } | null;

/** 部门管理 (seed 004, question 19): the department tree the posts and the import hang on. */
export function DepartmentsPage() {
  const { t } = useTranslation('organisation');
  const { message } = App.useApp();
  const departments = useDepartments();
  const refresh = useRefreshOrganisation();
  const [editing, setEditing] = useState<Editing>(null);
  const remove = useMutation({
    mutationFn: (id: string) => organisationApi.deleteDepartment(id),
    onSuccess: async () => {
      await refresh();
      void message.success(t('departments.deleted'));
    },
    // 409: posts or sub-departments still under it; the server says which.
    onError: (error) => void message.error(error.message),
  });
  const items = departments.data?.items ?? [];

  const title = (node: DepartmentNode) => {
    const d = node.department;
    return (
      <Space size="small" data-testid={`department-${d.name}`}>
        <Typography.Text strong={d.depth === 0}>{d.name}</Typography.Text>
        {d.postCount > 0 && <Tag>{`${t('departments.posts')} ${d.postCount}`}</Tag>}
        <Button
          size="small"
          type="link"
          icon={<PlusOutlined />}
          onClick={() => setEditing({ department: null, parentId: d.id })}
        >
          {t('departments.addChild')}
        </Button>
        <Button
          size="small"
          type="link"
          icon={<EditOutlined />}
          onClick={() => setEditing({ department: d, parentId: d.parentId })}
        >
          {t('departments.rename')}
        </Button>
        <Popconfirm
          title={t('departments.deleteConfirm', { name: d.name })}
          onConfirm={() => remove.mutate(d.id)}
        >
          <Button size="small" type="link" danger icon={<DeleteOutlined />}>
            {t('departments.delete')}
          </Button>
        </Popconfirm>
      </Space>
    );
  };

  return (
    <>
      <PageTitle module="departments" />
      <Card>
        <Flex justify="flex-end" style={{ marginBottom: 16 }}>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing({ department: null, parentId: null })}
          >
            {t('departments.add')}
          </Button>
        </Flex>
        {departments.error ? (
          <LoadError message={departments.error.message} onRetry={() => void departments.refetch()} />
        ) : !departments.data ? (
          <Skeleton active />
        ) : items.length === 0 ? (
          <Empty description={t('departments.empty')} />
        ) : (
          <Tree<DepartmentNode>
            // Re-mounted when departments come or go, so new ones show expanded too.
            key={items.length}
            blockNode
            defaultExpandAll
            selectable={false}
            treeData={departmentTree(items)}
            titleRender={title}
          />
        )}
      </Card>
      {editing && (
        <DepartmentFormModal
          editing={editing.department}
          parentId={editing.parentId}
          all={items}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
