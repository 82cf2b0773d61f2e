import { LoadingOutlined } from '@ant-design/icons';
import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntdApp, ConfigProvider } from 'antd';
import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { createQueryClient } from './api/query-client.ts';
import { ChangePasswordPage } from './auth/ChangePasswordPage.tsx';
import { RequireSession } from './auth/RequireSession.tsx';
import { SignInPage } from './auth/SignInPage.tsx';
import { antdLocales, currentLanguage } from './i18n/index.ts';
import { FullPageSpin, NotFound } from './shared/status-pages.tsx';

const fontStack = [
  '-apple-system',
  'BlinkMacSystemFont',
  "'Segoe UI'",
  "'PingFang SC'",
  "'Hiragino Sans GB'",
  "'Microsoft YaHei'",
  "'Noto Sans CJK SC'",
  "'Helvetica Neue'",
  'Arial',
  'sans-serif',
].join(', ');

// Each client is its own chunk: an inspector's phone never downloads the console, and back.
const ConsoleRoutes = lazy(() => import('./console/ConsoleRoutes.tsx'));
const MobileRoutes = lazy(() => import('./mobile/MobileRoutes.tsx'));
// Paper documents (E11): signed in like every page, but without either client's frame.
const PrintRoutes = lazy(() => import('./print/PrintRoutes.tsx'));
// 群众举报 (P1): the public's phone pages, with no account and no session gate.
const PublicRoutes = lazy(() => import('./public/PublicRoutes.tsx'));

function AppRoutes() {
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route path="/change-password" element={<ChangePasswordPage />} />
      <Route
        path="/report/*"
        element={
          <Suspense fallback={<FullPageSpin />}>
            <PublicRoutes />
          </Suspense>
        }
      />
      <Route element={<RequireSession area="console" />}>
        <Route
          path="/console/*"
          element={
            <Suspense fallback={<FullPageSpin />}>
              <ConsoleRoutes />
            </Suspense>
          }
        />
      </Route>
      <Route element={<RequireSession area="mobile" />}>
        <Route
          path="/m/*"
          element={
            <Suspense fallback={<FullPageSpin />}>
              <MobileRoutes />
            </Suspense>
          }
        />
      </Route>
      <Route element={<RequireSession area="any" />}>
        <Route
          path="/print/*"
          element={
            <Suspense fallback={<FullPageSpin />}>
              <PrintRoutes />
            </Suspense>
          }
        />
      </Route>
      <Route path="/" element={<RequireSession />} />
      <Route element={<RequireSession area="any" />}>
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}

const queryClient = createQueryClient();

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider
        locale={antdLocales[currentLanguage()]}
        // antd spaces out two-character Chinese labels (登 录), and its animated spinner can linger
        // in a button's accessible name ("loading 登录"); screen readers and tests want just 登录.
        button={{ autoInsertSpace: false, loadingIcon: <LoadingOutlined aria-hidden /> }}
        theme={{ token: { fontFamily: fontStack } }}
      >
        <AntdApp>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </AntdApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
