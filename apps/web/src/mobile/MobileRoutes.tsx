import { governmentRoles } from '@ancha/contracts';
import { FileSearchOutlined, ProfileOutlined, WarningOutlined } from '@ant-design/icons';
import { Button, ConfigProvider, NavBar, TabBar } from 'antd-mobile';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, Route, Routes, useLocation, useNavigate } from 'react-router';
import { useCurrentUser, useSignOut } from '../auth/session.ts';
import { currentLanguage } from '../i18n/index.ts';
import { scopeLabel } from '../shared/user-labels.ts';
import { InspectionFormPage } from './form/InspectionFormPage.tsx';
import { HazardDetailPage } from './hazards/HazardDetailPage.tsx';
import { HazardListPage } from './hazards/HazardListPage.tsx';
import { NewSitePage } from './inspect/NewSitePage.tsx';
import { ReselectCatalogsPage } from './inspect/ReselectCatalogsPage.tsx';
import { SiteListPage, SitePage } from './inspect/SitePages.tsx';
import { MessagesBell } from './messages/MessagesBell.tsx';
import { MessagesPage } from './messages/MessagesPage.tsx';
import { NoticePage } from './messages/NoticePage.tsx';
import { PostInspectionPage } from './posts/PostInspectionPage.tsx';
import { RecordDetailPage, RecordListPage } from './records/RecordPages.tsx';
import { mobileLocales } from './setup.ts';
import { SupervisionPhone } from './supervision/SupervisionPhone.tsx';

/** The three tabs of seed 000's mini-program, in its order; the key is the URL under /m. */
const tabKeys = ['inspect', 'records', 'hazards'] as const;
type TabKey = (typeof tabKeys)[number];

const tabIcons: Record<TabKey, ReactNode> = {
  inspect: <FileSearchOutlined />,
  records: <ProfileOutlined />,
  hazards: <WarningOutlined />,
};

function tabPath(key: TabKey): string {
  return `/m/${key}`;
}

function tabOfPath(pathname: string): TabKey | null {
  const segment = pathname.replace(/^\/m\/?/, '').split('/')[0] ?? '';
  return (tabKeys as readonly string[]).includes(segment) ? (segment as TabKey) : null;
}

/** Routes under /m/*; loaded on demand so the console never downloads antd-mobile. */
export default function MobileRoutes() {
  return (
    <ConfigProvider locale={mobileLocales[currentLanguage()]}>
      <Routes>
        <Route element={<MobileLayout />}>
          <Route index element={<Navigate to="inspect" replace />} />
          <Route path="inspect" element={<SiteListPage />} />
          <Route path="inspect/new-site" element={<NewSitePage />} />
          <Route path="inspect/site/:siteId" element={<SitePage />} />
          <Route path="inspect/site/:siteId/catalogs" element={<ReselectCatalogsPage />} />
          <Route path="inspect/:inspectionId" element={<InspectionFormPage />} />
          <Route path="inspect/post/:inspectionId" element={<PostInspectionPage />} />
          <Route path="records" element={<RecordListPage />} />
          <Route path="records/:inspectionId" element={<RecordDetailPage />} />
          <Route path="hazards" element={<HazardListPage />} />
          <Route path="hazards/:hazardId" element={<HazardDetailPage />} />
          <Route path="*" element={<Navigate to="inspect" replace />} />
        </Route>
        <Route path="supervision/*" element={<SupervisionPhone />} />
        <Route path="messages" element={<MessagesPage />} />
        <Route path="messages/notices/:noticeId" element={<NoticePage />} />
      </Routes>
    </ConfigProvider>
  );
}

/** The inspector's phone frame, shaped like the 京通 mini-program users already know (seed 000). */
function MobileLayout() {
  const { t } = useTranslation('mobile');
  const { t: tc } = useTranslation('common');
  const me = useCurrentUser();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const signOut = useSignOut();
  const active = tabOfPath(pathname) ?? 'inspect';
  // Regulators on a phone (G2) have one page here: 监督检查, without the enterprise's tabs.
  const regulator = governmentRoles.includes(me.role);
  if (regulator && !pathname.startsWith('/m/supervision') && !pathname.startsWith('/m/messages'))
    return <Navigate to="/m/supervision" replace />;

  return (
    <div data-testid="mobile-layout" style={frame}>
      <header style={{ background: '#fff', borderBottom: '1px solid var(--adm-color-border)' }}>
        <NavBar
          back={null}
          left={<MessagesBell />}
          right={
            <Button size="small" fill="none" loading={signOut.isPending} onClick={() => signOut.mutate()}>
              {t('signOut')}
            </Button>
          }
        >
          <h1 style={{ fontSize: 'inherit', fontWeight: 600, margin: 0 }}>{t('title')}</h1>
        </NavBar>
      </header>
      <div style={notice}>
        <div style={{ color: 'var(--adm-color-text)', marginBottom: 4 }}>
          {t('userLine', { name: me.displayName, role: tc(`roles.${me.role}`), scope: scopeLabel(me, tc) })}
        </div>
        <strong style={{ color: 'var(--adm-color-danger)' }}>{t('workNoteLabel')}</strong>
        {t('workNote')}
      </div>
      <main style={{ flex: 1, overflowY: 'auto' }}>
        <Outlet />
      </main>
      <nav aria-label={t('navLabel')} style={tabBar}>
        <TabBar safeArea activeKey={active} onChange={(key) => navigate(tabPath(key as TabKey))}>
          {tabKeys.map((key) => (
            <TabBar.Item key={key} icon={tabIcons[key]} title={t(`tabs.${key}`)} />
          ))}
        </TabBar>
      </nav>
    </div>
  );
}

const frame = {
  display: 'flex',
  flexDirection: 'column',
  height: '100dvh',
  background: 'var(--adm-color-background)',
} as const;

const notice = {
  padding: '10px 16px',
  fontSize: 13,
  lineHeight: 1.6,
  color: 'var(--adm-color-weak)',
  background: 'var(--adm-color-fill-content)',
} as const;

const tabBar = {
  background: '#fff',
  borderTop: '1px solid var(--adm-color-border)',
} as const;
