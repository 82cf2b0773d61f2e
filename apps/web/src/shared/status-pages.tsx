import { Button, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

const fullPage = {
  minHeight: '100dvh',
  display: 'flex',
  alignItems: 'center',
  justifyContent: 'center',
  padding: 16,
} as const;

export function FullPageSpin() {
  const { t } = useTranslation();
  return (
    <div style={fullPage}>
      <Spin size="large" description={t('loading')} />
    </div>
  );
}

export function LoadError({ message, onRetry }: { message: string; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Result
      status="error"
      title={t('errors.loadFailed')}
      subTitle={message}
      extra={
        onRetry ? (
          <Button type="primary" onClick={onRetry}>
            {t('actions.retry')}
          </Button>
        ) : null
      }
    />
  );
}

export function FullPageLoadError(props: { message: string; onRetry?: () => void }) {
  return (
    <div style={fullPage}>
      <LoadError {...props} />
    </div>
  );
}

function HomeButton({ to }: { to: string }): ReactNode {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Button type="primary" onClick={() => navigate(to)}>
      {t('actions.backHome')}
    </Button>
  );
}

export function NotFound({ home = '/' }: { home?: string }) {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={t('errors.notFoundTitle')}
      subTitle={t('errors.notFoundHint')}
      extra={<HomeButton to={home} />}
    />
  );
}

export function Forbidden({ home }: { home: string }) {
  const { t } = useTranslation();
  return (
    <Result
      status="403"
      title={t('errors.forbiddenTitle')}
      subTitle={t('errors.forbiddenHint')}
      extra={<HomeButton to={home} />}
    />
  );
}
