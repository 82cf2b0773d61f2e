import type { DepartmentView } from '@ancha/contracts';
import { Form, Input, TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import { organisationApi, useRefreshOrganisation } from '../../api/organisation.ts';
import { SaveModal, useSaveForm } from '../shared/SaveModal.tsx';
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
  const refresh = useRefreshOrganisation();
  const { form, save } = useSaveForm(
    (v: Values) => {
      const body = { name: v.name, parentId: v.parentId ?? null };
      return editing
        ? organisationApi.updateDepartment(editing.id, body)
        : organisationApi.createDepartment(body);
    },
    { refresh, saved: t('departments.saved'), onClose },
  );
  // A department cannot move under itself or its own subtree: those are not offered.
  const options = departmentTree(all, editing?.id);

  return (
    <SaveModal<Values>
      title={editing ? t('departments.rename') : t('departments.add')}
      okText={t('departments.submit')}
      cancelText={t('departments.cancel')}
      form={form}
      save={save}
      initialValues={{ name: editing?.name ?? '', parentId: editing ? editing.parentId : parentId }}
      onClose={onClose}
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
    </SaveModal>
  );
}
