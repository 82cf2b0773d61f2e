import { useQuery } from '@tanstack/react-query';
import { Button, List, SearchBar } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { v7 as uuidv7 } from 'uuid';
import { catalogsApi } from '../../api/catalogs.ts';
import { registryApi } from '../../api/registry.ts';
import { Empty, LoadFailed, Loading } from '../shared/page-parts.tsx';

interface Props {
  /** Where the form of a new inspection opens. */
  formPath: (id: string, siteId: string, catalogId: string) => string;
}

/**
 * 新建监督检查 (G2): an enterprise in the regulator's scope, one of its sites, then a catalog
 * to inspect with: the site's own, or any published one of the enterprise's industries. Each
 * catalog is one record; the regulator comes back here for the next.
 */
export function NewSupervision({ formPath }: Props) {
  const { t } = useTranslation('supervision');
  const [keyword, setKeyword] = useState('');
  const [enterpriseId, setEnterpriseId] = useState<string | null>(null);
  const [siteId, setSiteId] = useState<string | null>(null);
  const enterprises = useQuery({
    queryKey: ['supervision', 'enterprises', keyword],
    queryFn: ({ signal }) => registryApi.list({ keyword: keyword || undefined }, undefined, signal),
  });
  const sites = useQuery({
    queryKey: ['supervision', 'sites', enterpriseId],
    queryFn: ({ signal }) => registryApi.sites(enterpriseId!, signal),
    enabled: enterpriseId !== null,
  });
  const enterprise = enterprises.data?.items.find((e) => e.id === enterpriseId);
  const industries = enterprise?.industries ?? [];
  const published = useQuery({
    queryKey: ['supervision', 'catalogs', industries],
    queryFn: async ({ signal }) =>
      (await Promise.all(industries.map((industry) => catalogsApi.list({ industry }, signal)))).flatMap((r) =>
        r.items.filter((c) => c.published),
      ),
    enabled: industries.length > 0,
  });
  const site = sites.data?.items.find((s) => s.id === siteId);
  const catalogs = [
    ...(site?.catalogs ?? []).map((c) => ({ id: c.id, name: c.name })),
    ...(published.data ?? [])
      .filter((c) => !site?.catalogs.some((s) => s.id === c.id))
      .map((c) => ({ id: c.id, name: c.name })),
  ];

  return (
    <div data-testid="new-supervision">
      <List header={t('chooser.enterprise')}>
        <div style={{ padding: '8px 12px' }}>
          <SearchBar
            placeholder={t('chooser.enterprisePlaceholder')}
            onSearch={setKeyword}
            onClear={() => setKeyword('')}
          />
        </div>
        {enterprises.isPending && <Loading />}
        {enterprises.error && <LoadFailed message={enterprises.error.message} />}
        {enterprises.data?.items.map((e) => (
          <List.Item
            key={e.id}
            data-testid="supervision-enterprise"
            description={`${e.districtName} ${e.streetName}`}
            onClick={() => {
              setEnterpriseId(e.id);
              setSiteId(null);
            }}
            extra={e.id === enterpriseId ? t('chooser.chosen') : undefined}
          >
            {e.name}
          </List.Item>
        ))}
      </List>
      {enterpriseId && (
        <List header={t('chooser.site')}>
          {sites.isPending && <Loading />}
          {sites.data?.items.length === 0 && <Empty text={t('chooser.noSites')} />}
          {sites.data?.items.map((s) => (
            <List.Item
              key={s.id}
              data-testid="supervision-site"
              description={s.address}
              onClick={() => setSiteId(s.id)}
              extra={s.id === siteId ? t('chooser.chosen') : undefined}
            >
              {s.name}
            </List.Item>
          ))}
        </List>
      )}
      {site && (
        <List header={t('chooser.catalog')}>
          {catalogs.map((c) => (
            <List.Item
              key={c.id}
              data-testid="supervision-catalog"
              extra={
                <Link to={formPath(uuidv7(), site.id, c.id)}>
                  <Button size="small" color="primary">
                    {t('chooser.start')}
                  </Button>
                </Link>
              }
            >
              {c.name}
            </List.Item>
          ))}
        </List>
      )}
    </div>
  );
}
