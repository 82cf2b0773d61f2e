import type { SiteView } from '@ancha/contracts';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIndustries } from '../../api/catalogs.ts';
import { useInspectorAccounts, useRegionTree, useSites } from '../../api/enterprise.ts';
import { useCurrentUser } from '../../auth/session.ts';
import { LoadError } from '../../shared/status-pages.tsx';
import { PageTitle } from '../modules.tsx';
import { SiteFormModal } from './SiteFormModal.tsx';
import { SiteTable } from './SiteTable.tsx';
import { inspectorOptions, regionOptions } from './site-form.ts';

/** What the form is open for: a new site (`site` null) or one being edited. */
type Editing = { site: SiteView | null } | null;

/** 场所管理: the enterprise's sites, a keyword search, and the two-step site form (seed 000 §1.2.1). */
export function SitesPage() {
  const { t } = useTranslation('enterprise');
  const me = useCurrentUser();
  const [typed, setTyped] = useState('');
  const [keyword, setKeyword] = useState('');
  const [editing, setEditing] = useState<Editing>(null);
  const sites = useSites(keyword);
  // The unfiltered list names the inspectors and the district, whatever the search shows.
  const allSites = useSites('');
  const regions = useRegionTree();
  const industries = useIndustries();
  const accounts = useInspectorAccounts();

  const regionList = useMemo(() => (regions.data ? regionOptions(regions.data) : []), [regions.data]);
  const inspectors = useMemo(
    () => inspectorOptions(accounts.data?.items ?? [], allSites.data?.items ?? []),
    [accounts.data, allSites.data],
  );
  const defaultDistrict = me.scope.regionCode?.slice(0, 6) ?? allSites.data?.items[0]?.districtCode;
  const formReady =
    regions.data !== undefined && industries.data !== undefined && allSites.data !== undefined;
  const formError = regions.error ?? industries.error ?? allSites.error;

  return (
    <>
      <PageTitle module="sites" />
      <Card>
        <Flex wrap gap="middle" justify="space-between" style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            aria-label={t('sites.searchLabel')}
            placeholder={t('sites.searchPlaceholder')}
            enterButton={t('sites.search')}
            value={typed}
            maxLength={50}
            onChange={(event) => {
              setTyped(event.target.value);
              if (event.target.value === '') setKeyword('');
            }}
            onSearch={(value) => setKeyword(value.trim())}
            style={{ width: 360 }}
          />
          <Button
            type="primary"
            icon={<PlusOutlined />}
            disabled={!formReady}
            loading={!formReady && !formError}
            onClick={() => setEditing({ site: null })}
          >
            {t('sites.add')}
          </Button>
        </Flex>
        {sites.error ? (
          <LoadError message={sites.error.message} onRetry={() => void sites.refetch()} />
        ) : (
          <SiteTable
            sites={sites.data?.items ?? []}
            loading={sites.isFetching}
            keyword={keyword}
            onEdit={(site) => setEditing({ site })}
          />
        )}
        {formError && <LoadError message={formError.message} />}
      </Card>
      {editing && formReady && (
        <SiteFormModal
          site={editing.site}
          industries={industries.data.items}
          regions={regionList}
          inspectors={inspectors}
          defaultDistrict={defaultDistrict}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
