import type { StandardItem, StandardView } from '@ancha/contracts';
import { useMutation } from '@tanstack/react-query';
import { App, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/errors.ts';
import { standardsApi, useRefreshStandard } from '../../api/standards.ts';

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
  const { message } = App.useApp();
  const refresh = useRefreshStandard();
  const [form] = Form.useForm<Values>();
  const save = useMutation({
    mutationFn: (v: Values) =>
      item
        ? standardsApi.reword(item.id, { text: v.text, basis: v.basis })
        : standardsApi.addItem({ categoryId: v.categoryId!, text: v.text, basis: v.basis }),
    onSuccess: async () => {
      await refresh();
      void message.success(t('saved'));
      onClose();
    },
    onError: (error) => {
      if (error instanceof ApiError && error.fields.length)
        form.setFields(error.fields.map((f) => ({ name: f.path as keyof Values, errors: [f.message] })));
      else void message.error(error.message);
    },
  });
  const subs = standard.categories.flatMap((top) =>
    top.children.map((sub) => ({ value: sub.id, label: `${top.name} / ${sub.name}` })),
  );
  return (
    <Modal
      open
      title={item ? `${t('reword')} ${item.no}` : t('addItem')}
      okText={t('submit')}
      cancelText={t('cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={item ? { text: item.text, basis: item.basis } : { categoryId: subs[0]?.value }}
        onFinish={(v) => save.mutate(v)}
      >
        {!item && (
          <Form.Item name="categoryId" label={t('category')} rules={[{ required: true }]}>
            <Select options={subs} showSearch optionFilterProp="label" />
          </Form.Item>
        )}
        <Form.Item name="text" label={t('text')} rules={[{ required: true, message: '请填写检查项内容' }]}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
        <Form.Item name="basis" label={t('basis')} rules={[{ required: true, message: '请填写依据' }]}>
          <Input.TextArea rows={2} maxLength={300} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
