import type { NoticeInboxItem, NoticeReadFilter } from '@ancha/contracts';
import { Button, Card, Table, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type InboxFilters, useInbox, useUnreadNotices } from '../../api/notices.ts';
import { LoadError } from '../../shared/status-pages.tsx';
import { formatDateTime } from '../../shared/user-labels.ts';
import { LoadMore } from '../records/LoadMore.tsx';
import { ReadTabs, ReadTag, TitleDateFilters } from '../shared/InboxControls.tsx';
import { NoticeDrawer } from './NoticeDrawer.tsx';

const tabs: readonly NoticeReadFilter[] = ['unread', 'read', 'all'];

/** The enterprise's received notices: 未读 first, searchable by title and 发布日期. */
export function InboxPanel() {
  const { t, i18n } = useTranslation('notices', { keyPrefix: 'inbox' });
  const [filters, setFilters] = useState<InboxFilters>({ status: 'unread' });
  const [openId, setOpenId] = useState<string | null>(null);
  const inbox = useInbox(filters);
  const unread = useUnreadNotices();
  const items = inbox.data?.pages.flatMap((p) => p.items) ?? [];
  const set = (patch: Partial<InboxFilters>) => setFilters((f) => ({ ...f, ...patch }));

  const columns: TableColumnsType<NoticeInboxItem> = [
    {
      title: t('columns.title'),
      key: 'title',
      ellipsis: true,
      render: (_, n) => (
        <Button
          type="link"
          style={{ padding: 0, fontWeight: n.readAt ? 400 : 600 }}
          onClick={() => setOpenId(n.id)}
        >
          {n.title}
        </Button>
      ),
    },
    { title: t('columns.sender'), dataIndex: 'senderName', key: 'sender', width: 180 },
    {
      title: t('columns.sentAt'),
      key: 'sentAt',
      width: 190,
      render: (_, n) => formatDateTime(i18n.language, n.sentAt),
    },
    { title: t('columns.attachments'), dataIndex: 'attachmentCount', key: 'attachments', width: 70 },
    {
      title: t('columns.status'),
      key: 'status',
      width: 80,
      render: (_, n) => (
        <ReadTag read={n.readAt !== null} labels={{ read: t('read'), unread: t('unread') }} />
      ),
    },
  ];

  const content = inbox.error ? (
    <LoadError message={inbox.error.message} onRetry={() => void inbox.refetch()} />
  ) : (
    <div data-testid="notice-inbox">
      <Table<NoticeInboxItem>
        rowKey="id"
        columns={columns}
        dataSource={items}
        loading={inbox.isFetching && !inbox.isFetchingNextPage}
        pagination={false}
        scroll={{ x: 800 }}
        locale={{ emptyText: t('empty') }}
      />
      <LoadMore query={inbox} />
    </div>
  );

  return (
    <Card>
      <Typography.Paragraph type="secondary">{t('hint')}</Typography.Paragraph>
      <TitleDateFilters searchLabel={t('search')} datesLabel={t('dates')} onChange={set} />
      <ReadTabs<(typeof tabs)[number]>
        tabs={tabs}
        active={filters.status}
        label={(key) => t(`tabs.${key}`)}
        unreadKey="unread"
        unread={unread.data?.unread ?? 0}
        onChange={(status) => set({ status })}
        content={content}
      />
      <NoticeDrawer id={openId} onClose={() => setOpenId(null)} />
    </Card>
  );
}
