import type { InspectionSummary, SiteView } from '@ancha/contracts';
import { PlusOutlined, RightOutlined } from '@ant-design/icons';
import { Button } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMyInspections, useMySites } from '../../api/field.ts';
import { findLocalDraft } from '../form/draft.ts';
import { PostChecklistSection } from '../posts/PostChecklistSection.tsx';
import { card, Empty, LoadFailed, Loading, PageBar, weak } from '../shared/page-parts.tsx';
import { formatStamp, uuidv7 } from '../shared/values.ts';

/**
 * 自查自纠, first step: the sites the enterprise assigned to this inspector and those they added
 * themselves (seed 000, 1.3.1.1).
 */
export function SiteListPage() {
  const { t } = useTranslation('field');
  const navigate = useNavigate();
  const sites = useMySites();

  if (sites.isPending) return <Loading />;
  if (sites.isError) return <LoadFailed message={sites.error.message} onRetry={() => void sites.refetch()} />;

  return (
    <section aria-label={t('sites.title')}>
      <PostChecklistSection />
      <div style={{ display: 'flex', alignItems: 'center', gap: 12, padding: '10px 12px 0' }}>
        <p style={{ ...weak, flex: 1, margin: 0 }}>{t('sites.hint')}</p>
        <Button size="small" color="primary" onClick={() => navigate('/m/inspect/new-site')}>
          <PlusOutlined aria-hidden /> {t('newSite.add')}
        </Button>
      </div>
      {sites.data.items.length === 0 ? (
        <Empty text={t('sites.empty')} />
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {sites.data.items.map((site) => (
            <li key={site.id}>
              <Link
                to={`/m/inspect/site/${site.id}`}
                data-testid="site-row"
                style={{ ...card, display: 'flex', alignItems: 'center', color: 'inherit' }}
              >
                <div style={{ flex: 1, minWidth: 0 }}>
                  <div style={{ fontSize: 16, fontWeight: 600 }}>{site.name}</div>
                  <div style={weak}>
                    {t('sites.address', { address: `${site.regionName}${site.address}` })}
                  </div>
                  <div style={weak}>{t('sites.enterprise', { name: site.enterpriseName })}</div>
                </div>
                <RightOutlined aria-hidden style={{ color: 'var(--adm-color-weak)' }} />
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** A site's catalogs by industry, each with 最新填报时间 and 去自查 (seed 000, 1.3.1.2). */
export function SitePage() {
  const { t } = useTranslation('field');
  const { siteId = '' } = useParams();
  const sites = useMySites();
  const inspections = useMyInspections(siteId);

  if (sites.isPending || inspections.isPending) return <Loading />;
  const failed = sites.error ?? inspections.error;
  if (failed) {
    const retry = () => void Promise.all([sites.refetch(), inspections.refetch()]);
    return <LoadFailed message={failed.message} onRetry={retry} />;
  }
  const site = sites.data?.items.find((s) => s.id === siteId);
  if (!site) {
    return (
      <>
        <PageBar title={t('sites.title')} parent="/m/inspect" />
        <Empty text={t('sites.notFound')} />
      </>
    );
  }
  const groups = groupCatalogs(site, inspections.data?.items ?? []);

  return (
    <section aria-label={site.name}>
      <PageBar title={site.name} parent="/m/inspect" />
      {groups.length === 0 && <Empty text={t('site.noCatalogs')} />}
      {groups.map((group) => (
        <section key={group.industryName} aria-label={group.industryName}>
          <h3 style={{ fontSize: 15, margin: '14px 16px 0' }}>{group.industryName}</h3>
          {group.catalogs.map((catalog) => (
            <CatalogCard key={catalog.id} siteId={site.id} catalog={catalog} />
          ))}
        </section>
      ))}
      <div style={{ padding: '4px 16px 16px' }}>
        <Link to={`/m/inspect/site/${site.id}/catalogs`} data-testid="reselect-catalogs">
          {t('site.reselect')}
        </Link>
        <p style={{ ...weak, margin: '4px 0 0' }}>{t('site.reselectHint')}</p>
      </div>
    </section>
  );
}

function CatalogCard({ siteId, catalog }: { siteId: string; catalog: CatalogRow }) {
  const { t } = useTranslation('field');
  // A draft kept only on this phone (written offline) counts as much as one on the server.
  const draftId = catalog.draftId ?? findLocalDraft(siteId, catalog.id);
  // A new inspection gets its id now, on the phone, so every save and the submission share it.
  const target = `/m/inspect/${draftId ?? uuidv7()}?site=${siteId}&catalog=${catalog.id}`;
  return (
    <div data-testid="site-catalog" style={card}>
      <div style={{ fontWeight: 600 }}>{catalog.name}</div>
      <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 8 }}>
        <span style={weak}>
          {catalog.latestSubmittedAt
            ? t('site.latest', { time: formatStamp(catalog.latestSubmittedAt) })
            : t('site.never')}
        </span>
        <Link to={target} style={{ whiteSpace: 'nowrap' }}>
          {draftId ? t('site.resume') : t('site.start')}
        </Link>
      </div>
    </div>
  );
}

export interface CatalogRow {
  id: string;
  name: string;
  /** The latest 提交 time of this site and catalog, for 最新填报时间. */
  latestSubmittedAt: string | null;
  /** An unfinished draft to continue instead of starting another. */
  draftId: string | null;
}

export interface IndustryGroup {
  industryName: string;
  catalogs: CatalogRow[];
}

/**
 * The site's catalogs grouped by industry in the order the site lists them, each with what the
 * inspector's own inspections say about it.
 */
export function groupCatalogs(site: SiteView, inspections: InspectionSummary[]): IndustryGroup[] {
  const groups = new Map<string, IndustryGroup>();
  for (const catalog of site.catalogs) {
    const mine = inspections.filter((i) => i.siteId === site.id && i.catalogId === catalog.id);
    const submitted = mine
      .map((i) => i.submittedAt)
      .filter((at): at is string => at !== null)
      .sort();
    // The list comes in creation order; the newest draft is the one the phone last worked on.
    const draft = mine.filter((i) => i.status === 'draft').at(-1);
    const group = groups.get(catalog.industryCode) ?? { industryName: catalog.industryName, catalogs: [] };
    group.catalogs.push({
      id: catalog.id,
      name: catalog.name,
      latestSubmittedAt: submitted.at(-1) ?? null,
      draftId: draft?.id ?? null,
    });
    groups.set(catalog.industryCode, group);
  }
  return [...groups.values()];
}
