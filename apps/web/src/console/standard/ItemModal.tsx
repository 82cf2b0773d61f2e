import type { StandardItem, StandardView } from '@ancha/contracts';
import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { standardsApi, useRefreshStandard } from '../../api/standards.ts';
import { SaveModal, useSaveForm } from '../shared/SaveModal.tsx';

interface Values {
  categoryId?: string;
  text: string;
  basis: string;
}

/** 增加检查项 (basis required) or 修改 an item's text and basis, in the draft. */
export function ItemModal({
  standard,
  item,
  onClose,
}: {
  standard: StandardView;
  item: StandardItem | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('standard');
  const refresh = useRefreshStandard();
  const { form, save } = useSaveForm(
    (v: Values) =>
      item
        ? standardsApi.reword(item.id, { text: v.text, basis: v.basis })
        : standardsApi.addItem({ categoryId: v.categoryId!, text: v.text, basis: v.basis }),
    { refresh, saved: t('saved'), onClose },
  );
  const subs = standard.categories.flatMap((top) =>
    top.children.map((sub) => ({ value: sub.id, label: `${top.name} / ${sub.name}` })),
  );
  return (
    <SaveModal<Values>
      title={item ? `${t('reword')} ${item.no}` : t('addItem')}
      okText={t('submit')}
      cancelText={t('cancel')}
      form={form}
      save={save}
      initialValues={item ? { text: item.text, basis: item.basis } : { categoryId: subs[0]?.value }}
      onClose={onClose}
    >
      {!item && (
        <Form.Item name="categoryId" label={t('category')} rules={[{ required: true }]}>
          <Select options={subs} showSearch optionFilterProp="label" />
        </Form.Item>
      )}
      <Form.Item name="text" label={t('text')} rules={[{ required: true, message: t('textRequired') }]}>
        <Input.TextArea rows={3} maxLength={500} />
      </Form.Item>
      <Form.Item name="basis" label={t('basis')} rules={[{ required: true, message: t('basisRequired') }]}>
        <Input.TextArea rows={2} maxLength={300} />
      </Form.Item>
    </SaveModal>
  );
}
