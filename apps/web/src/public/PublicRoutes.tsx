import { ConfigProvider, NavBar } from 'antd-mobile';
import type { ReactNode } from 'react';
import { Route, Routes, useNavigate } from 'react-router';
import { currentLanguage } from '../i18n/index.ts';
import { mobileLocales } from '../mobile/setup.ts';
import { NotFound } from '../shared/status-pages.tsx';
import { FollowPage } from './FollowPage.tsx';
import { ReportPage } from './ReportPage.tsx';

/** /report/*: the public's phone pages (P1), without an account; loaded on demand. */
export default function PublicRoutes() {
  return (
    <ConfigProvider locale={mobileLocales[currentLanguage()]}>
      <Routes>
        <Route index element={<ReportPage />} />
        <Route path="follow" element={<FollowPage />} />
        <Route path="*" element={<NotFound home="/report" />} />
      </Routes>
    </ConfigProvider>
  );
}

/** A phone-width column with the page's title bar; back goes to the previous page, if any. */
export function PublicFrame({ title, children }: { title: string; children: ReactNode }) {
  const navigate = useNavigate();
  return (
    <div style={{ maxWidth: 560, margin: '0 auto', minHeight: '100vh', background: '#f5f5f5' }}>
      <NavBar back={null} onBack={() => navigate(-1)} style={{ background: '#fff' }}>
        <h1 style={{ fontSize: 17, margin: 0 }}>{title}</h1>
      </NavBar>
      <main style={{ paddingBottom: 32 }}>{children}</main>
    </div>
  );
}
