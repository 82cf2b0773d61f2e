import { FileSearchOutlined, ProfileOutlined, WarningOutlined } from '@ant-design/icons';
import { ErrorBlock } from 'antd-mobile';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The three tabs of seed 000's mini-program, in its order; the key is the URL under /m. */
export const tabKeys = ['inspect', 'records', 'hazards'] as const;
export type TabKey = (typeof tabKeys)[number];

export const tabIcons: Record<TabKey, ReactNode> = {
  inspect: <FileSearchOutlined />,
  records: <ProfileOutlined />,
  hazards: <WarningOutlined />,
};

export function tabPath(key: TabKey): string {
  return `/m/${key}`;
}

export function tabOfPath(pathname: string): TabKey | null {
  const segment = pathname.replace(/^\/m\/?/, '').split('/')[0] ?? '';
  return (tabKeys as readonly string[]).includes(segment) ? (segment as TabKey) : null;
}

/** An honest placeholder for a tab whose work is not built yet: what it will hold, and that it is not open. */
export function NotOpenTab({ tab }: { tab: TabKey }) {
  const { t } = useTranslation('mobile');
  return (
    <section aria-label={t(`tabs.${tab}`)} style={{ padding: '48px 24px' }}>
      <ErrorBlock status="empty" title={t(`${tab}.title`)} description={t(`${tab}.description`)} />
    </section>
  );
}
