import { type ReminderView, reminderKindLabels } from '@ancha/contracts';
import { App, Button, Card, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ReminderFilters,
  useMarkAllRead,
  useMarkRead,
  useReminders,
  useUnreadReminders,
} from '../../api/reminders.ts';
import { LoadError } from '../../shared/status-pages.tsx';
import { formatDateTime } from '../../shared/user-labels.ts';
import { PageTitle } from '../modules.tsx';
import { LoadMore } from '../records/LoadMore.tsx';
import { ReadTabs, ReadTag, TitleDateFilters } from '../shared/InboxControls.tsx';
import { ReminderModal } from './ReminderModal.tsx';

const tabs = ['unread', 'read'] as const;

/** 系统提醒 (G7, seed 002): the user's own reminders, 未读 and 已读, by title and 提醒时间. */
export function RemindersPage() {
  const { t, i18n } = useTranslation('reminders');
  const { message } = App.useApp();
  const [filters, setFilters] = useState<ReminderFilters>({ status: 'unread' });
  const [open, setOpen] = useState<ReminderView | null>(null);
  const list = useReminders(filters);
  const unread = useUnreadReminders();
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const set = (patch: Partial<ReminderFilters>) => setFilters((f) => ({ ...f, ...patch }));

  const openReminder = (r: ReminderView) => {
    setOpen(r);
    if (!r.readAt) markRead.mutate(r.id, { onSuccess: (read) => setOpen(read) });
  };
  const readAll = () =>
    markAll.mutate(undefined, {
      onSuccess: ({ updated }) =>
        void message.success(updated ? t('readAllDone', { count: updated }) : t('nothingUnread')),
    });

  const columns: TableColumnsType<ReminderView> = [
    {
      title: t('columns.title'),
      key: 'title',
      ellipsis: true,
      render: (_, r) => (
        <Button
          type="link"
          style={{ padding: 0, fontWeight: r.readAt ? 400 : 600 }}
          onClick={() => openReminder(r)}
        >
          {r.title}
        </Button>
      ),
    },
    {
      title: t('columns.kind'),
      key: 'kind',
      width: 130,
      render: (_, r) => (
        <Tag color={r.kind === 'deadline_passed' ? 'red' : undefined}>{reminderKindLabels[r.kind]}</Tag>
      ),
    },
    {
      title: t('columns.createdAt'),
      key: 'createdAt',
      width: 190,
      render: (_, r) => formatDateTime(i18n.language, r.createdAt),
    },
    {
      title: t('columns.status'),
      key: 'status',
      width: 80,
      render: (_, r) => (
        <ReadTag read={r.readAt !== null} labels={{ read: t('read'), unread: t('unread') }} />
      ),
    },
  ];

  const content = list.error ? (
    <LoadError message={list.error.message} onRetry={() => void list.refetch()} />
  ) : (
    <div data-testid="reminder-list">
      <Table<ReminderView>
        rowKey="id"
        columns={columns}
        dataSource={items}
        loading={list.isFetching && !list.isFetchingNextPage}
        pagination={false}
        scroll={{ x: 700 }}
        locale={{ emptyText: t('empty') }}
      />
      <LoadMore query={list} />
    </div>
  );

  return (
    <>
      <PageTitle module="reminders" />
      <Card>
        <Typography.Paragraph type="secondary">{t('hint')}</Typography.Paragraph>
        <TitleDateFilters searchLabel={t('search')} datesLabel={t('dates')} onChange={set}>
          <Button onClick={readAll} loading={markAll.isPending} disabled={!unread.data?.unread}>
            {t('readAll')}
          </Button>
        </TitleDateFilters>
        <ReadTabs<(typeof tabs)[number]>
          tabs={tabs}
          active={filters.status ?? 'unread'}
          label={(key) => t(`tabs.${key}`)}
          unreadKey="unread"
          unread={unread.data?.unread ?? 0}
          onChange={(status) => set({ status })}
          content={content}
        />
      </Card>
      <ReminderModal reminder={open} onClose={() => setOpen(null)} />
    </>
  );
}
