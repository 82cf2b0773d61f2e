import { BellOutlined, NotificationOutlined } from '@ant-design/icons';
import { Badge, Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useHome } from '../../api/home.ts';
import { useCurrentUser } from '../../auth/session.ts';

/**
 * 未读公告通知和系统提醒 in the header, on every console page (seed 002: "首页显示你有几条未读").
 * Notices go to enterprises, so only their users see that badge; the platform admin gets neither.
 */
export function UnreadBadges() {
  const { t } = useTranslation('home');
  const me = useCurrentUser();
  const navigate = useNavigate();
  const home = useHome(me.role !== 'admin');
  if (me.role === 'admin') return null;
  const unread = home.data?.unread;
  const badge = (key: 'notices' | 'reminders', icon: React.ReactNode) => {
    const count = unread?.[key] ?? 0;
    return (
      <Badge count={count} size="small" offset={[-4, 4]}>
        <Button
          type="text"
          icon={icon}
          data-testid={`unread-${key}`}
          aria-label={t('unread.label', { what: t(`unread.${key}`), count })}
          onClick={() => navigate(`/console/${key}`)}
        >
          {t(`unread.${key}`)}
        </Button>
      </Badge>
    );
  };
  return (
    <Flex gap={4} align="center">
      {me.scope.enterpriseId && badge('notices', <NotificationOutlined />)}
      {badge('reminders', <BellOutlined />)}
    </Flex>
  );
}
