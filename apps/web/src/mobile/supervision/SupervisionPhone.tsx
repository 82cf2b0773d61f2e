import { Button, List, NavBar } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useParams, useSearchParams } from 'react-router';
import { useSupervisionList } from '../../api/supervision.ts';
import { useSignOut } from '../../auth/session.ts';
import { LoadFailed, Loading, PageBar } from '../shared/page-parts.tsx';
import { NewSupervision } from './NewSupervision.tsx';
import { SupervisionFormPage } from './SupervisionFormPage.tsx';

const base = '/m/supervision';
const formPath = (id: string, site: string, catalog: string) =>
  `${base}/${id}?site=${site}&catalog=${catalog}`;
const done = () => base;

/** 监督检查 on a regulator's phone (G2): the own drafts and records, a new one, and the form. */
export function SupervisionPhone() {
  const { t } = useTranslation('supervision');
  const signOut = useSignOut();
  return (
    <div
      data-testid="mobile-layout"
      style={{ minHeight: '100dvh', background: 'var(--adm-color-background)' }}
    >
      <header style={{ background: '#fff', borderBottom: '1px solid var(--adm-color-border)' }}>
        <NavBar
          back={null}
          right={
            <Button size="small" fill="none" loading={signOut.isPending} onClick={() => signOut.mutate()}>
              {t('phone.signOut')}
            </Button>
          }
        >
          <h1 style={{ fontSize: 'inherit', fontWeight: 600, margin: 0 }}>{t('phone.title')}</h1>
        </NavBar>
      </header>
      <Routes>
        <Route index element={<SupervisionHome />} />
        <Route path="new" element={<NewOnPhone />} />
        <Route path=":inspectionId" element={<FormOnPhone />} />
      </Routes>
    </div>
  );
}

function SupervisionHome() {
  const { t } = useTranslation('supervision');
  const list = useSupervisionList({});
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section aria-label={t('phone.title')}>
      <div style={{ padding: 12 }}>
        <Link to={`${base}/new`}>
          <Button block color="primary">
            {t('new')}
          </Button>
        </Link>
      </div>
      {list.isPending && <Loading />}
      {list.error && <LoadFailed message={list.error.message} />}
      <List header={t('phone.records')}>
        {rows.map((r) => (
          <List.Item
            key={r.id}
            data-testid="supervision-row"
            description={`${r.siteName} · ${r.catalogName}`}
            extra={r.status === 'draft' ? t('draft') : t('submitted')}
          >
            {r.status === 'draft' ? (
              <Link to={formPath(r.id, r.siteId, r.catalogId)}>{r.enterpriseName}</Link>
            ) : (
              r.enterpriseName
            )}
          </List.Item>
        ))}
      </List>
    </section>
  );
}

function NewOnPhone() {
  const { t } = useTranslation('supervision');
  return (
    <>
      <PageBar title={t('new')} parent={base} />
      <NewSupervision formPath={formPath} />
    </>
  );
}

function FormOnPhone() {
  const { inspectionId = '' } = useParams();
  const [search] = useSearchParams();
  return (
    <SupervisionFormPage
      id={inspectionId}
      siteId={search.get('site') ?? ''}
      catalogId={search.get('catalog') ?? ''}
      parent={base}
      recordPath={done}
    />
  );
}
