import {
  ATTACHMENT_ACCEPT,
  type AttachmentPurpose,
  type AttachmentRef,
  MAX_ATTACHMENTS,
} from '@ancha/contracts';
import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Space, Typography, Upload } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { attachmentUrl, formatSize, uploadAttachment } from '../../api/attachments.ts';

/**
 * 附件 of a notice, help page or information report: an antd Form control whose value is the
 * uploaded attachments. Each file is uploaded as it is chosen; the form sends
 * `value.map((a) => a.id)` as `attachmentIds`.
 */
export function AttachmentsField({
  purpose,
  value,
  onChange,
  id,
}: {
  purpose: AttachmentPurpose;
  value?: AttachmentRef[];
  onChange?: (items: AttachmentRef[]) => void;
  id?: string;
}) {
  const { t } = useTranslation('help');
  const { message } = App.useApp();
  const [pending, setPending] = useState(0);
  const items = value ?? [];
  // Several files chosen at once finish in any order: each adds itself to the latest list.
  const latest = useRef(items);
  latest.current = items;

  const add = async (file: File) => {
    setPending((n) => n + 1);
    try {
      const stored = await uploadAttachment(file, purpose);
      latest.current = [...latest.current, stored];
      onChange?.(latest.current);
    } catch (error) {
      void message.error(`${file.name}：${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setPending((n) => n - 1);
    }
  };

  return (
    <div id={id} data-testid="attachments-field">
      <Upload
        accept={ATTACHMENT_ACCEPT}
        multiple
        showUploadList={false}
        disabled={items.length + pending >= MAX_ATTACHMENTS}
        beforeUpload={(file) => {
          void add(file);
          // The request is ours: antd's own upload would skip the CSRF header.
          return Upload.LIST_IGNORE;
        }}
      >
        <Button icon={<UploadOutlined aria-hidden />} loading={pending > 0}>
          {t('attachments.upload')}
        </Button>
      </Upload>
      <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
        {t('attachments.hint', { max: MAX_ATTACHMENTS })}
      </Typography.Text>
      {items.length > 0 && (
        <ul style={{ listStyle: 'none', padding: 0, margin: '8px 0 0' }}>
          {items.map((a) => (
            <li key={a.id}>
              <Space size="small">
                <PaperClipOutlined aria-hidden />
                <Typography.Link href={attachmentUrl(a.id)} download={a.name}>
                  {a.name}
                </Typography.Link>
                <Typography.Text type="secondary">{formatSize(a.sizeBytes)}</Typography.Text>
                <Button
                  type="text"
                  size="small"
                  danger
                  icon={<DeleteOutlined aria-hidden />}
                  aria-label={`${t('attachments.remove')} ${a.name}`}
                  onClick={() => onChange?.(items.filter((x) => x.id !== a.id))}
                />
              </Space>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
