import type { NoticeInboxItem } from '@ancha/contracts';
import { Badge, Button, SearchBar, Tag } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useInbox } from '../../api/notices.ts';
import { card, Empty, LoadFailed, Loading, weak } from '../shared/page-parts.tsx';
import { formatStamp } from '../shared/values.ts';

/** 公告通知 on the phone (seed 002): unread first in view, searchable by title. */
export function NoticeInbox() {
  const { t } = useTranslation('mobile');
  const [keyword, setKeyword] = useState('');
  const inbox = useInbox({ status: 'all', keyword: keyword || undefined });
  const items = inbox.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <div style={{ padding: '8px 12px 0' }}>
        <SearchBar
          placeholder={t('messages.searchTitle')}
          onSearch={setKeyword}
          onClear={() => setKeyword('')}
        />
      </div>
      {inbox.isPending ? (
        <Loading />
      ) : inbox.isError ? (
        <LoadFailed message={inbox.error.message} onRetry={() => void inbox.refetch()} />
      ) : items.length === 0 ? (
        <Empty text={t('messages.noNotices')} />
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {items.map((n) => (
            <li key={n.id}>
              <NoticeRow notice={n} />
            </li>
          ))}
        </ul>
      )}
      {inbox.hasNextPage && (
        <div style={{ padding: '0 12px 12px' }}>
          <Button block loading={inbox.isFetchingNextPage} onClick={() => void inbox.fetchNextPage()}>
            {t('messages.more')}
          </Button>
        </div>
      )}
    </>
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
