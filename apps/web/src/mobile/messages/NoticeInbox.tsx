import type { NoticeInboxItem } from '@ancha/contracts';
import { Badge, Tag } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useInbox } from '../../api/notices.ts';
import { card, weak } from '../shared/page-parts.tsx';
import { formatStamp } from '../shared/values.ts';
import { MessageList } from './MessageList.tsx';

/** 公告通知 on the phone (seed 002): unread first in view, searchable by title. */
export function NoticeInbox() {
  const { t } = useTranslation('mobile');
  const [keyword, setKeyword] = useState('');
  const inbox = useInbox({ status: 'all', keyword: keyword || undefined });
  const items = inbox.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <MessageList
      query={inbox}
      items={items}
      emptyText={t('messages.noNotices')}
      onSearch={setKeyword}
      row={(n) => <NoticeRow notice={n} />}
    />
  );
}

function NoticeRow({ notice }: { notice: NoticeInboxItem }) {
  const { t } = useTranslation('mobile');
  const unread = notice.readAt === null;
  return (
    <Link
      to={`/m/messages/notices/${notice.id}`}
      data-testid="notice-row"
      data-unread={unread}
      style={{ ...card, display: 'block', color: 'inherit' }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
        {unread && <Badge content={Badge.dot} />}
        <span style={{ flex: 1, minWidth: 0, fontWeight: unread ? 600 : 400 }}>{notice.title}</span>
        <Tag color={unread ? 'danger' : 'default'} fill="outline">
          {unread ? t('messages.unread') : t('messages.read')}
        </Tag>
      </div>
      <div style={weak}>
        {notice.senderName} · {formatStamp(notice.sentAt)}
      </div>
    </Link>
  );
}
