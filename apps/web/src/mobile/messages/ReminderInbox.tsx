import type { ReminderView } from '@ancha/contracts';
import { Badge, Dialog, Tag } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useRefreshHome } from '../../api/home.ts';
import { remindersApi, useReminders } from '../../api/reminders.ts';
import { card, weak } from '../shared/page-parts.tsx';
import { formatStamp } from '../shared/values.ts';
import { MessageList } from './MessageList.tsx';

/** 系统提醒 on the phone: tapping one reads it (marked read on the server) and offers its page. */
export function ReminderInbox() {
  const { t } = useTranslation('mobile');
  const navigate = useNavigate();
  const refreshHome = useRefreshHome();
  const [keyword, setKeyword] = useState('');
  const list = useReminders({ keyword: keyword || undefined });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];

  const open = async (r: ReminderView) => {
    if (!r.readAt) {
      await remindersApi.read(r.id);
      void list.refetch();
      void refreshHome();
    }
    // A console link (an office's ledger) has no phone page; the reminder's text is what is shown.
    const phoneLink = r.link?.startsWith('/m/') ? r.link : null;
    await Dialog.show({
      title: r.title,
      content: <div style={{ whiteSpace: 'pre-wrap' }}>{r.body}</div>,
      closeOnAction: true,
      actions: [
        ...(phoneLink ? [{ key: 'go', text: t('messages.handle'), onClick: () => navigate(phoneLink) }] : []),
        { key: 'close', text: t('messages.close') },
      ],
    });
  };

  return (
    <MessageList
      query={list}
      items={items}
      emptyText={t('messages.noReminders')}
      onSearch={setKeyword}
      row={(r) => (
        <button
          type="button"
          data-testid="reminder-row"
          data-unread={r.readAt === null}
          onClick={() => void open(r)}
          style={{
            ...card,
            display: 'block',
            width: 'calc(100% - 24px)',
            textAlign: 'left',
            font: 'inherit',
          }}
        >
          <div style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
            {r.readAt === null && <Badge content={Badge.dot} />}
            <span style={{ flex: 1, minWidth: 0, fontWeight: r.readAt === null ? 600 : 400 }}>{r.title}</span>
            <Tag color={r.readAt === null ? 'danger' : 'default'} fill="outline">
              {r.readAt === null ? t('messages.unread') : t('messages.read')}
            </Tag>
          </div>
          <div style={weak}>{formatStamp(r.createdAt)}</div>
        </button>
      )}
    />
  );
}
