import { type PostFrequency, type PostView, postFrequencyLabels } from '@ancha/contracts';
import { Form, Input, Select, TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import { organisationApi, useDepartments, useRefreshOrganisation } from '../../api/organisation.ts';
import { SaveModal, useSaveForm } from '../shared/SaveModal.tsx';
import { departmentTree } from './department-tree.ts';

interface Values {
  departmentId: string;
  name: string;
  frequency: PostFrequency;
}

const frequencies = Object.entries(postFrequencyLabels).map(([value, label]) => ({ value, label }));

/** 新增 or 编辑 a post: its department, name and 上报频次 (the enterprise's choice, seed 004 question 8). */
export function PostFormModal({ editing, onClose }: { editing: PostView | null; onClose: () => void }) {
  const { t } = useTranslation('organisation');
  const departments = useDepartments();
  const refresh = useRefreshOrganisation();
  const { form, save } = useSaveForm(
    (v: Values) => (editing ? organisationApi.updatePost(editing.id, v) : organisationApi.createPost(v)),
    { refresh, saved: t('posts.saved'), onClose },
  );

  return (
    <SaveModal<Values>
      title={editing ? t('posts.edit') : t('posts.add')}
      okText={t('posts.submit')}
      cancelText={t('posts.cancel')}
      form={form}
      save={save}
      initialValues={editing ?? { frequency: 'monthly' }}
      onClose={onClose}
    >
      <Form.Item name="departmentId" label={t('posts.department')} rules={[{ required: true }]}>
        <TreeSelect
          treeDefaultExpandAll
          loading={!departments.data}
          treeData={departmentTree(departments.data?.items ?? [])}
        />
      </Form.Item>
      <Form.Item name="name" label={t('posts.name')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name="frequency" label={t('posts.frequency')} rules={[{ required: true }]}>
        <Select options={frequencies} />
      </Form.Item>
    </SaveModal>
  );
}
