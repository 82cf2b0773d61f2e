import type { AttachmentRef } from '@ancha/contracts';
import { useMutation } from '@tanstack/react-query';
import { App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/errors.ts';
import { noticesApi, useRefreshSent } from '../../api/notices.ts';
import { AttachmentsField } from '../shared/AttachmentsField.tsx';
import { RichTextEditor } from '../shared/RichTextEditor.tsx';
import { AudienceFields, type AudienceValues, audienceOf } from './AudienceFields.tsx';

interface Values extends AudienceValues {
  title: string;
  bodyHtml: string;
  attachments?: AttachmentRef[];
}

/** Where each of the server's field paths is shown in this form. */
const formField: Record<string, keyof Values> = {
  title: 'title',
  bodyHtml: 'bodyHtml',
  attachmentIds: 'attachments',
  'audience.regionCodes': 'regions',
  'audience.industries': 'industries',
  'audience.enterpriseIds': 'enterprises',
  audience: 'mode',
};
const fieldOf = (path: string) =>
  formField[path] ?? formField[path.split('.').slice(0, 2).join('.')] ?? formField[path.split('.')[0]!];

/** Words left once the markup is gone: an editor holding only <p></p> is empty. */
const hasText = (html: string | undefined) =>
  Boolean(
    html
      ?.replace(/<[^>]*>/g, '')
      .replace(/&nbsp;/g, ' ')
      .trim(),
  );

/** 发布通知: title, body, attachments and 接收范围; the recipients are fixed when it is sent. */
export function SendNoticeModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('notices', { keyPrefix: 'form' });
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const refresh = useRefreshSent();
  const send = useMutation({
    mutationFn: (v: Values) =>
      noticesApi.send({
        title: v.title,
        bodyHtml: v.bodyHtml,
        attachmentIds: (v.attachments ?? []).map((a) => a.id),
        audience: audienceOf(v),
      }),
    onSuccess: async (sent) => {
      await refresh();
      void message.success(t('sent', { count: sent.recipientCount }));
      onClose();
    },
    onError: (error) => {
      const placed = isApiError(error, 'VALIDATION_FAILED')
        ? error.fields.map((f) => ({ name: fieldOf(f.path), errors: [f.message] }))
        : [];
      if (placed.length && placed.every((p) => p.name)) form.setFields(placed as never);
      else void message.error(error.message);
    },
  });

  return (
    <Modal
      open
      title={t('title')}
      okText={t('submit')}
      cancelText={t('cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={send.isPending}
      width={860}
      maskClosable={false}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ mode: 'scope', bodyHtml: '', attachments: [] }}
        onFinish={(v) => send.mutate(v)}
      >
        <Form.Item
          label={t('titleLabel')}
          name="title"
          rules={[{ required: true, whitespace: true, message: t('titleRequired') }]}
        >
          <Input maxLength={200} showCount />
        </Form.Item>
        <Form.Item
          label={t('body')}
          name="bodyHtml"
          rules={[
            {
              validator: (_, v: string | undefined) =>
                hasText(v) ? Promise.resolve() : Promise.reject(new Error(t('bodyRequired'))),
            },
          ]}
        >
          <RichTextEditor aria-label={t('body')} />
        </Form.Item>
        <Form.Item label={t('attachments')} name="attachments">
          <AttachmentsField purpose="notice" />
        </Form.Item>
        <AudienceFields />
      </Form>
    </Modal>
  );
}
