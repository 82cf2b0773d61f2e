import { EditOutlined } from '@ant-design/icons';
import { Button, Drawer, Skeleton, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProfile } from '../../api/profile.ts';
import { useRegistryEnterprise } from '../../api/registry.ts';
import { LoadError } from '../../shared/status-pages.tsx';
import { CompletenessCard } from '../organisation/CompletenessCard.tsx';
import { BasicInfo } from '../profile/BasicInfo.tsx';
import { FixedFieldsModal } from './FixedFieldsModal.tsx';
import { HazardsTab, MediaTab, RecordsTab, SitesTab } from './RegistryTabs.tsx';

/**
 * One enterprise as its regulator sees it: the profile read-only, its sites, the records and
 * hazards visible to regulators, images and safety personnel; and 修改固定信息.
 */
export function EnterpriseDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation('registry');
  const summary = useRegistryEnterprise(id);
  const profile = useProfile(id);
  const [editing, setEditing] = useState(false);

  const basic = profile.error ? (
    <LoadError message={profile.error.message} onRetry={() => void profile.refetch()} />
  ) : profile.data ? (
    <BasicInfo profile={profile.data} />
  ) : (
    <Skeleton active />
  );

  return (
    <Drawer
      open
      size={1100}
      title={summary.data?.name ?? profile.data?.name ?? ''}
      onClose={onClose}
      extra={
        <Button icon={<EditOutlined />} disabled={!summary.data} onClick={() => setEditing(true)}>
          {t('fixed.edit')}
        </Button>
      }
    >
      <div data-testid="enterprise-drawer">
        <CompletenessCard enterpriseId={id} links={false} />
        {summary.error ? (
          <LoadError message={summary.error.message} onRetry={() => void summary.refetch()} />
        ) : (
          <Tabs
            destroyOnHidden
            items={[
              { key: 'basic', label: t('tabs.basic'), children: basic },
              { key: 'sites', label: t('tabs.sites'), children: <SitesTab enterpriseId={id} /> },
              { key: 'records', label: t('tabs.records'), children: <RecordsTab enterpriseId={id} /> },
              { key: 'hazards', label: t('tabs.hazards'), children: <HazardsTab enterpriseId={id} /> },
              { key: 'media', label: t('tabs.media'), children: <MediaTab enterpriseId={id} /> },
            ]}
          />
        )}
      </div>
      {editing && summary.data && (
        <FixedFieldsModal enterprise={summary.data} onClose={() => setEditing(false)} />
      )}
    </Drawer>
  );
}
