import {
  type AttachmentRef,
  type ContentCategory,
  type ContentPageView,
  contentCategories,
} from '@ancha/contracts';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Checkbox, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { contentApi, useRefreshContent } from '../../api/content.ts';
import { isApiError } from '../../api/errors.ts';
import { AttachmentsField } from '../shared/AttachmentsField.tsx';
import { RichTextEditor } from '../shared/RichTextEditor.tsx';

interface Values {
  category: ContentCategory;
  title: string;
  bodyHtml: string;
  source?: string;
  pinned: boolean;
  attachments: AttachmentRef[];
}

/** 新增 / 编辑 a page (platform admin). The body is HTML from the editor, sanitized on save. */
export function ContentFormModal({
  page,
  category,
  onClose,
}: {
  /** The page being edited; absent for 新增. */
  page?: ContentPageView;
  category: ContentCategory;
  onClose: () => void;
}) {
  const { t } = useTranslation('help');
  const refresh = useRefreshContent();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useMutation({
    mutationFn: (v: Values) => {
      const body = {
        category: v.category,
        title: v.title,
        bodyHtml: v.bodyHtml,
        source: v.source ?? null,
        pinned: v.pinned,
        attachmentIds: v.attachments.map((a) => a.id),
      };
      return page ? contentApi.update(page.id, body) : contentApi.create(body);
    },
    onSuccess: async () => {
      await refresh();
      void message.success(t('saved'));
      onClose();
    },
    onError: (error) => {
      if (isApiError(error, 'VALIDATION_FAILED') && error.fields.length)
        form.setFields(
          error.fields.map((f) => {
            const name = f.path.split('.')[0];
            // The server names the ids it was sent; the form holds the attachments themselves.
            return { name: (name === 'attachmentIds' ? 'attachments' : name) as never, errors: [f.message] };
          }),
        );
      else void message.error(error.message);
    },
  });
  const initialValues: Values = page
    ? {
        category: page.category,
        title: page.title,
        bodyHtml: page.bodyHtml,
        source: page.source ?? '',
        pinned: page.pinned,
        attachments: page.attachments,
      }
    : { category, title: '', bodyHtml: '', source: '', pinned: false, attachments: [] };

  return (
    <Modal
      open
      width={880}
      title={page ? t('form.editTitle') : t('form.addTitle')}
      okText={t('form.save')}
      cancelText={t('form.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      maskClosable={false}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(v) => save.mutate(v)}
      >
        {page?.slug && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('builtInEdit')} />}
        <Form.Item name="category" label={t('form.category')} rules={[{ required: true }]}>
          <Select options={contentCategories.map((c) => ({ value: c, label: t(`categories.${c}`) }))} />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('form.title')}
          rules={[{ required: true, whitespace: true, message: t('form.titleRequired') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="bodyHtml"
          label={t('form.body')}
          rules={[{ required: true, message: t('form.bodyRequired') }]}
        >
          <RichTextEditor aria-label={t('form.body')} />
        </Form.Item>
        <Form.Item name="source" label={t('form.source')}>
          <Input maxLength={100} placeholder={t('form.sourcePlaceholder')} />
        </Form.Item>
        <Form.Item name="attachments" label={t('form.attachments')}>
          <AttachmentsField purpose="content" />
        </Form.Item>
        <Form.Item name="pinned" valuePropName="checked">
          <Checkbox>{t('form.pinned')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
