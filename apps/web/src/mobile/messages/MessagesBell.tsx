import { BellOutlined } from '@ant-design/icons';
import { Badge } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useHome } from '../../api/home.ts';

/** The header's 消息 bell: unread notices and reminders together, a tap opens them. */
export function MessagesBell() {
  const { t } = useTranslation('mobile');
  const home = useHome();
  const unread = home.data ? home.data.unread.notices + home.data.unread.reminders : 0;
  return (
    <Link
      to="/m/messages"
      data-testid="messages-bell"
      aria-label={t('messages.bell', { count: unread })}
      style={{ color: 'var(--adm-color-text)', fontSize: 20, padding: '0 10px', display: 'inline-flex' }}
    >
      <Badge content={unread > 0 ? unread : null}>
        <BellOutlined aria-hidden />
      </Badge>
    </Link>
  );
}
