import { Button, ErrorBlock, NavBar, SpinLoading } from 'antd-mobile';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/**
 * The title bar of a page below a tab. Back goes to a fixed parent rather than history: a page
 * opened from a link or after a reload has no history to go back to.
 */
export function PageBar({ title, parent, right }: { title: ReactNode; parent: string; right?: ReactNode }) {
  const navigate = useNavigate();
  const { t } = useTranslation('field');
  return (
    <div style={{ background: '#fff', borderBottom: '1px solid var(--adm-color-border)' }}>
      <NavBar back={t('back')} onBack={() => navigate(parent)} right={right}>
        <h2 style={{ fontSize: 16, fontWeight: 600, margin: 0 }}>{title}</h2>
      </NavBar>
    </div>
  );
}

export function Loading() {
  return (
    <div style={{ display: 'flex', justifyContent: 'center', padding: 48 }}>
      <SpinLoading />
    </div>
  );
}

export function LoadFailed({ message, onRetry }: { message: string; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <ErrorBlock status="default" title={t('errors.loadFailed')} description={message}>
      {onRetry && (
        <Button color="primary" size="small" onClick={onRetry}>
          {t('actions.retry')}
        </Button>
      )}
    </ErrorBlock>
  );
}

export function Empty({ text }: { text: string }) {
  return <ErrorBlock status="empty" title={text} description="" />;
}

/** A white card in the list, as the mini-program draws its rows. */
export const card = {
  background: '#fff',
  border: '1px solid var(--adm-color-border)',
  borderRadius: 8,
  padding: '12px 14px',
  margin: '10px 12px',
  lineHeight: 1.7,
} as const;

export const weak = { color: 'var(--adm-color-weak)', fontSize: 13 } as const;
