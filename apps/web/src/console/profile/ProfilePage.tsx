import { Card, Skeleton, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useProfile } from '../../api/profile.ts';
import { useCurrentUser } from '../../auth/session.ts';
import { LoadError } from '../../shared/status-pages.tsx';
import { BasicInfo } from './BasicInfo.tsx';
import { ImagesTab } from './ImagesTab.tsx';
import { PersonnelTab } from './PersonnelTab.tsx';
import { ProfileFormModal } from './ProfileFormModal.tsx';

const tabs = ['basic', 'images', 'personnel'];

/**
 * 单位基本信息 (seed 002 §3): what an enterprise fills in first. Three tabs as the seed shows
 * them; only the basic information is needed before the page can show anything.
 */
export function ProfilePage() {
  const { t } = useTranslation('profile');
  const me = useCurrentUser();
  // The menu offers this page to enterprise admins only, who always belong to an enterprise.
  const enterpriseId = me.scope.enterpriseId ?? '';
  const profile = useProfile(enterpriseId);
  const [editing, setEditing] = useState(false);
  // The tab lives in the address, so a reload or a shared link opens the same tab.
  const [search, setSearch] = useSearchParams();
  const tab = tabs.includes(search.get('tab') ?? '') ? (search.get('tab') as string) : 'basic';

  const basic = profile.error ? (
    <LoadError message={profile.error.message} onRetry={() => void profile.refetch()} />
  ) : profile.data ? (
    <BasicInfo profile={profile.data} onEdit={() => setEditing(true)} />
  ) : (
    <Skeleton active />
  );

  return (
    <>
      <Typography.Title level={2} style={{ fontSize: 20, marginTop: 0, marginBottom: 16 }}>
        {t('title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setSearch(key === 'basic' ? {} : { tab: key }, { replace: true })}
          items={[
            { key: 'basic', label: t('tabs.basic'), children: basic },
            { key: 'images', label: t('tabs.images'), children: <ImagesTab enterpriseId={enterpriseId} /> },
            {
              key: 'personnel',
              label: t('tabs.personnel'),
              children: <PersonnelTab enterpriseId={enterpriseId} />,
            },
          ]}
        />
      </Card>
      {editing && profile.data && (
        <ProfileFormModal profile={profile.data} onClose={() => setEditing(false)} />
      )}
    </>
  );
}
