import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useNotice } from '../../api/notices.ts';
import { AttachmentLinks } from '../../shared/AttachmentLinks.tsx';
import { RichText } from '../../shared/RichText.tsx';
import { card, LoadFailed, Loading, PageBar, weak } from '../shared/page-parts.tsx';
import { formatStamp } from '../shared/values.ts';

/** One notice on the phone; opening it is what marks it read (the server records the receipt). */
export function NoticePage() {
  const { t } = useTranslation('mobile');
  const { noticeId = '' } = useParams();
  const notice = useNotice(noticeId);
  return (
    <section aria-label={t('messages.notice')}>
      <PageBar title={t('messages.notice')} parent="/m/messages?tab=notices" />
      {notice.isPending ? (
        <Loading />
      ) : notice.isError ? (
        <LoadFailed message={notice.error.message} onRetry={() => void notice.refetch()} />
      ) : (
        <article style={card} data-testid="notice-detail">
          <h3 style={{ fontSize: 17, margin: '0 0 4px' }}>{notice.data.title}</h3>
          <div style={weak}>
            {notice.data.senderName} · {formatStamp(notice.data.sentAt)}
          </div>
          <RichText html={notice.data.bodyHtml} />
          {notice.data.attachments.length > 0 && <AttachmentLinks items={notice.data.attachments} />}
        </article>
      )}
    </section>
  );
}
