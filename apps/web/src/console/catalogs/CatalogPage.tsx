import { Alert, Breadcrumb, Button, Card, Flex, Skeleton, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useCatalog } from '../../api/catalogs.ts';
import { isApiError } from '../../api/errors.ts';
import { LoadError, NotFound } from '../../shared/status-pages.tsx';
import { CatalogContent } from './CatalogContent.tsx';
import { CatalogHeader } from './CatalogHeader.tsx';
import { catalogPath, parseVersion } from './catalog-rules.ts';
import { VersionHistory } from './VersionHistory.tsx';

type TabKey = 'content' | 'history';

/**
 * One catalog version: the published one unless `?version=` names another. The tab is in the
 * URL too, so 查看 from the history and the back button move between versions and tabs.
 */
export function CatalogPage() {
  const { t } = useTranslation('catalogs');
  const { t: tc } = useTranslation('console');
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const version = parseVersion(params.get('version'));
  const tab: TabKey = params.get('tab') === 'history' ? 'history' : 'content';
  const catalog = useCatalog(id, version);

  if (isApiError(catalog.error) && (catalog.error.status === 404 || catalog.error.status === 422)) {
    return <NotFound home="/console/catalogs" />;
  }
  const detail = catalog.data;
  const shown = detail?.version;

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 16 }}
        items={[
          {
            key: 'catalogs',
            title: (
              <Link to={detail ? `/console/catalogs?industry=${detail.industryCode}` : '/console/catalogs'}>
                {tc('modules.catalogs.name')}
              </Link>
            ),
          },
          { key: 'name', title: detail?.version.name ?? '…' },
        ]}
      />
      {catalog.error ? (
        <Card>
          <LoadError message={catalog.error.message} onRetry={() => void catalog.refetch()} />
        </Card>
      ) : !detail || !shown ? (
        <Card>
          <Skeleton active paragraph={{ rows: 8 }} />
        </Card>
      ) : (
        <Flex vertical gap="middle">
          <CatalogHeader detail={detail} />
          {shown.status === 'retired' && (
            <Alert
              type="info"
              showIcon
              title={t('detail.oldVersion', { version: shown.version, status: t(`status.${shown.status}`) })}
              action={
                <Button size="small" onClick={() => navigate(catalogPath(detail.id))}>
                  {t('detail.viewCurrent')}
                </Button>
              }
            />
          )}
          {shown.status === 'draft' && (
            <Alert type="warning" showIcon title={t('detail.draftVersion', { version: shown.version })} />
          )}
          <Card styles={{ body: { paddingTop: 8 } }}>
            <Tabs
              activeKey={tab}
              onChange={(key) => {
                const next = new URLSearchParams(params);
                if (key === 'history') next.set('tab', 'history');
                else next.delete('tab');
                setParams(next, { replace: true });
              }}
              items={[
                {
                  key: 'content',
                  label: t('detail.contentTab'),
                  // Each version has its own category ids: a new version starts with every fold open.
                  children: <CatalogContent key={shown.id} categories={detail.categories} />,
                },
                {
                  key: 'history',
                  label: t('detail.historyTab'),
                  children: <VersionHistory detail={detail} />,
                },
              ]}
            />
          </Card>
        </Flex>
      )}
    </>
  );
}
