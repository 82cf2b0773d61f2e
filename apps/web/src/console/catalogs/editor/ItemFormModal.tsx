import { type CatalogDetail, type CatalogItem, ItemInput } from '@ancha/contracts';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogsApi, useRefreshCatalogs } from '../../../api/catalogs.ts';
import { applyFieldErrors } from '../../../auth/AuthShell.tsx';
import { contractRule } from '../../../shared/contract-rule.ts';

/** Where the form writes: a new item in a sub-category (`item` null), or an existing item. */
export interface ItemFormTarget {
  categoryId: string;
  categoryName: string;
  item: CatalogItem | null;
  defaultNo: string;
}

interface Values {
  no: string;
  text: string;
  basis: string;
  major?: string;
  guidance?: string;
}

const fieldNames = ['no', 'text', 'basis', 'major', 'guidance'] as const;

export function ItemFormModal(props: {
  detail: CatalogDetail;
  target: ItemFormTarget | null;
  onClose: () => void;
}) {
  const { detail, target, onClose } = props;
  const { t } = useTranslation('catalogs');
  const { message } = App.useApp();
  const refresh = useRefreshCatalogs();
  const [form] = Form.useForm<Values>();
  const [alert, setAlert] = useState<string | null>(null);
  const version = detail.version.version;

  const save = useMutation({
    mutationFn: (body: ItemInput) =>
      target?.item
        ? catalogsApi.updateItem(detail.id, version, target.item.id, body)
        : catalogsApi.addItem(detail.id, version, body),
    onSuccess: async (saved) => {
      await refresh();
      void message.success(t('itemForm.saved', { no: saved.no }));
      onClose();
    },
    onError: (error) => setAlert(applyFieldErrors(form, error, fieldNames) ? null : error.message),
  });

  const close = () => {
    setAlert(null);
    save.reset();
    onClose();
  };

  return (
    <Modal
      open={target !== null}
      title={
        target?.item
          ? t('itemForm.editTitle', { no: target.item.no })
          : t('itemForm.addTitle', { category: target?.categoryName ?? '' })
      }
      width={640}
      okText={t('itemForm.save')}
      cancelText={t('itemForm.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={close}
      destroyOnHidden
      mask={{ closable: false }}
    >
      {target && (
        <Form<Values>
          name="catalogItem"
          form={form}
          layout="vertical"
          disabled={save.isPending}
          initialValues={{
            no: target.defaultNo,
            text: target.item?.text ?? '',
            basis: target.item?.basis ?? '',
            major: target.item?.major?.code ?? '',
            guidance: target.item?.guidance ?? '',
          }}
          onFinish={(values) => {
            setAlert(null);
            save.mutate({
              categoryId: target.categoryId,
              no: values.no.trim(),
              text: values.text.trim(),
              basis: values.basis.trim(),
              major: values.major?.trim() || null,
              guidance: values.guidance?.trim() || null,
            });
          }}
        >
          <Form.Item
            label={t('itemForm.no')}
            name="no"
            extra={t('itemForm.noHint')}
            rules={[contractRule(ItemInput.shape.no)]}
          >
            <Input style={{ width: 200 }} />
          </Form.Item>
          <Form.Item
            label={t('itemForm.text')}
            name="text"
            extra={t('itemForm.textHint')}
            rules={[contractRule(ItemInput.shape.text)]}
          >
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={500} showCount />
          </Form.Item>
          <Form.Item
            label={t('itemForm.basis')}
            name="basis"
            extra={t('itemForm.basisHint')}
            rules={[contractRule(ItemInput.shape.basis)]}
          >
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={300} />
          </Form.Item>
          <Form.Item
            label={t('itemForm.major')}
            name="major"
            extra={t('itemForm.majorHint')}
            rules={[contractRule(ItemInput.shape.major, null)]}
          >
            <Input style={{ width: 240 }} maxLength={40} />
          </Form.Item>
          <Form.Item
            label={t('itemForm.guidance')}
            name="guidance"
            rules={[contractRule(ItemInput.shape.guidance, null)]}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
          </Form.Item>
          {alert && <Alert type="error" showIcon title={alert} />}
        </Form>
      )}
    </Modal>
  );
}
