import { Descriptions, Drawer, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNotice } from '../../api/notices.ts';
import { AttachmentLinks } from '../../shared/AttachmentLinks.tsx';
import { RichText } from '../../shared/RichText.tsx';
import { LoadError } from '../../shared/status-pages.tsx';
import { formatDateTime } from '../../shared/user-labels.ts';

/** One received notice: opening it is what marks it read (the server does, on reading). */
export function NoticeDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t, i18n } = useTranslation('notices', { keyPrefix: 'detail' });
  const notice = useNotice(id);
  const n = notice.data;
  return (
    <Drawer open={id !== null} onClose={onClose} size={760} title={t('title')} destroyOnHidden>
      {notice.error ? (
        <LoadError message={notice.error.message} onRetry={() => void notice.refetch()} />
      ) : !n ? (
        <Skeleton active />
      ) : (
        <article data-testid="notice-detail">
          <Typography.Title level={3} style={{ fontSize: 20, marginTop: 0 }}>
            {n.title}
          </Typography.Title>
          <Descriptions column={2} size="small" style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('sender')}>{n.senderName}</Descriptions.Item>
            <Descriptions.Item label={t('sentAt')}>
              {formatDateTime(i18n.language, n.sentAt)}
            </Descriptions.Item>
          </Descriptions>
          <RichText html={n.bodyHtml} />
          <AttachmentLinks items={n.attachments} />
        </article>
      )}
    </Drawer>
  );
}
