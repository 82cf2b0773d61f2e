import { Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useCurrentUser } from '../../auth/session.ts';
import { PageTitle } from '../modules.tsx';
import { BelowReportsTab } from './BelowReportsTab.tsx';
import { ContactsTab } from './ContactsTab.tsx';
import { MyReportsTab } from './MyReportsTab.tsx';
import { ReportDrawer } from './ReportDrawer.tsx';

const tabKeys = ['mine', 'below', 'contacts'] as const;
type TabKey = (typeof tabKeys)[number];

/**
 * 信息报送 (G8): the office's own reports and the 新增报送 form; for offices with offices below
 * them (districts, the city), who has and has not reported in a period; and the 工作联系表.
 * The open tab is in `?tab=` so a link or a reload keeps it.
 */
export function InfoReportsPage() {
  const { t } = useTranslation('infoReports');
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const [openId, setOpenId] = useState<string | null>(null);
  // Streets and district-level departments have no office below them; the city sends nothing up.
  const hasBelow = me.role === 'gov_district' || me.role === 'gov_city';
  const sends = me.role !== 'gov_city';
  const requested = params.get('tab') as TabKey | null;
  const active: TabKey =
    requested && tabKeys.includes(requested) && (requested !== 'below' || hasBelow) ? requested : 'mine';

  const items = [
    { key: 'mine', label: t('tabs.mine'), children: <MyReportsTab sends={sends} onOpen={setOpenId} /> },
    ...(hasBelow
      ? [{ key: 'below', label: t('tabs.below'), children: <BelowReportsTab onOpen={setOpenId} /> }]
      : []),
    { key: 'contacts', label: t('tabs.contacts'), children: <ContactsTab hasBelow={hasBelow} /> },
  ];

  return (
    <>
      <PageTitle module="inforeports" />
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      <Tabs
        activeKey={active}
        items={items}
        onChange={(key) =>
          setParams((p) => {
            p.set('tab', key);
            return p;
          })
        }
      />
      <ReportDrawer id={openId} onClose={() => setOpenId(null)} />
    </>
  );
}
