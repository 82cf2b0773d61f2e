import { KeyOutlined, LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Drawer, Flex, Grid, Layout, Menu, Tag, Typography, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { changePasswordPath, useCurrentUser, useSignOut, withNext } from '../auth/session.ts';
import { scopeLabel } from '../shared/user-labels.ts';
import { UnreadBadges } from './home/UnreadBadges.tsx';
import { menuByRole, moduleOfPath, modulePath } from './modules.tsx';

const siderWidth = 208;
// The dark Sider's own background, so the phone drawer looks like the same menu.
const siderBackground = '#001529';

/**
 * Desktop frame: dark Sider with the menu, header with the user. Enterprise admins also open it
 * on phones, where the menu moves into a drawer instead of squeezing the page.
 */
export function ConsoleLayout() {
  const { t } = useTranslation('console');
  const { token } = theme.useToken();
  const screens = Grid.useBreakpoint();
  const wide = screens.lg === true;
  const [drawerOpen, setDrawerOpen] = useState(false);

  return (
    <Layout data-testid="console-layout" style={{ minHeight: '100dvh' }}>
      {wide && (
        <Layout.Sider theme="dark" width={siderWidth}>
          <SideMenu />
        </Layout.Sider>
      )}
      {!wide && (
        <Drawer
          placement="left"
          size={siderWidth}
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          closable={false}
          styles={{ body: { padding: 0, background: siderBackground } }}
        >
          <SideMenu onNavigate={() => setDrawerOpen(false)} />
        </Drawer>
      )}
      <Layout>
        <Layout.Header
          style={{
            background: token.colorBgContainer,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
            padding: wide ? '0 24px' : '0 12px',
            height: 'auto',
            minHeight: 64,
            lineHeight: 'normal',
            display: 'flex',
            alignItems: 'center',
            gap: 8,
          }}
        >
          {!wide && (
            <Button
              type="text"
              icon={<MenuOutlined />}
              aria-label={t('layout.openMenu')}
              onClick={() => setDrawerOpen(true)}
            />
          )}
          <HeaderBar />
        </Layout.Header>
        <Layout.Content style={{ padding: wide ? 24 : 12 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

/** The product name and the role's menu; shown in the Sider on desktops, in a drawer on phones. */
function SideMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation('console');
  const me = useCurrentUser();
  const { pathname } = useLocation();
  const active = moduleOfPath(pathname);

  const items = menuByRole[me.role].map((key) => ({
    key,
    label: <Link to={modulePath(key)}>{t(`modules.${key}.name`)}</Link>,
  }));

  return (
    <>
      <div style={{ padding: '20px 24px 16px', whiteSpace: 'nowrap', overflow: 'hidden' }}>
        <Typography.Text strong style={{ color: '#fff', fontSize: 22, letterSpacing: 2 }}>
          {t('layout.brand')}
        </Typography.Text>
        <div style={{ color: 'rgba(255,255,255,0.55)', fontSize: 12 }}>{t('layout.brandSub')}</div>
      </div>
      <nav aria-label={t('layout.menuLabel')}>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={active ? [active] : []}
          items={items}
          onClick={() => onNavigate?.()}
        />
      </nav>
    </>
  );
}

/** Who is signed in and in what capacity, always in view: regulators act in their office's name. */
function HeaderBar() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const signOut = useSignOut();

  return (
    <Flex align="center" justify="space-between" wrap gap={12} style={{ width: '100%', padding: '12px 0' }}>
      <Flex align="center" wrap gap={8} data-testid="current-user">
        <UserOutlined aria-hidden />
        <Typography.Text strong>{me.displayName}</Typography.Text>
        <Tag color="blue" style={{ marginInlineEnd: 0 }}>
          {t(`roles.${me.role}`)}
        </Tag>
        <Typography.Text type="secondary">{scopeLabel(me, t)}</Typography.Text>
        {me.isDemo && <Tag color="orange">{t('demoAccount')}</Tag>}
      </Flex>
      <Flex gap={8} align="center" wrap>
        <UnreadBadges />
        <Button icon={<KeyOutlined />} onClick={() => navigate(withNext(changePasswordPath, pathname))}>
          {t('actions.changePassword')}
        </Button>
        <Button icon={<LogoutOutlined />} loading={signOut.isPending} onClick={() => signOut.mutate()}>
          {t('actions.signOut')}
        </Button>
      </Flex>
    </Flex>
  );
}
