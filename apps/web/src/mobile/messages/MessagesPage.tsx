import { Tabs } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useHome } from '../../api/home.ts';
import { useCurrentUser } from '../../auth/session.ts';
import { PageBar } from '../shared/page-parts.tsx';
import { NoticeInbox } from './NoticeInbox.tsx';
import { ReminderInbox } from './ReminderInbox.tsx';

/**
 * 消息 on the phone: 公告通知 (enterprise users; notices go to enterprises) and 系统提醒, each
 * tab with its unread count, as seed 002 puts them on the enterprise's home page.
 */
export function MessagesPage() {
  const { t } = useTranslation('mobile');
  const me = useCurrentUser();
  const home = useHome();
  const [search, setSearch] = useSearchParams();
  const withNotices = me.scope.enterpriseId !== null;
  const tab = withNotices && search.get('tab') !== 'reminders' ? 'notices' : 'reminders';
  const unread = home.data?.unread;
  const back = withNotices ? '/m/inspect' : '/m/supervision';
  return (
    <section aria-label={t('messages.title')}>
      <PageBar title={t('messages.title')} parent={back} />
      <Tabs activeKey={tab} onChange={(key) => setSearch({ tab: key }, { replace: true })}>
        {withNotices && (
          <Tabs.Tab key="notices" title={t('messages.notices', { count: unread?.notices ?? 0 })} />
        )}
        <Tabs.Tab key="reminders" title={t('messages.reminders', { count: unread?.reminders ?? 0 })} />
      </Tabs>
      {tab === 'notices' ? <NoticeInbox /> : <ReminderInbox />}
    </section>
  );
}
