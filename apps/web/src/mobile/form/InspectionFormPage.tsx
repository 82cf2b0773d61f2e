import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams, useSearchParams } from 'react-router';
import { isApiError } from '../../api/errors.ts';
import { useFieldCatalog, useInspection, useMySites } from '../../api/field.ts';
import { Empty, LoadFailed, Loading, PageBar } from '../shared/page-parts.tsx';
import { emptyDraft, mergeDrafts, readLocalDraft, removeLocalDraft } from './draft.ts';
import { InspectionForm } from './InspectionForm.tsx';

/**
 * Opens one inspection: the server's draft (if it has one), the phone's copy (if any) and the
 * catalog, then hands the merged draft to the form. Without a signal a local copy is enough.
 */
export function InspectionFormPage() {
  const { t } = useTranslation('field');
  const { inspectionId = '' } = useParams();
  const [search] = useSearchParams();
  const local = readLocalDraft(inspectionId);
  const server = useInspection(inspectionId);
  const notStarted = isApiError(server.error) && server.error.status === 404;
  const offline = isApiError(server.error, 'NETWORK') && local !== null;
  const siteId = server.data?.siteId ?? local?.siteId ?? search.get('site') ?? '';
  const catalogId = server.data?.catalogId ?? local?.catalogId ?? search.get('catalog') ?? '';
  const sites = useMySites();
  const catalog = useFieldCatalog(catalogId, server.data?.catalogVersion);
  const parent = siteId ? `/m/inspect/site/${siteId}` : '/m/inspect';

  const loading = server.isPending || sites.isPending || (catalogId !== '' && catalog.isPending);
  // A query without data goes back to pending when it is fetched again (a new inspection's 404,
  // refetched when the signal returns). The open form must not be rebuilt then: it would lose
  // photos still uploading, the open categories and the scroll position.
  const shown = useRef<string | null>(null);
  useEffect(() => {
    if (!loading && catalog.data) shown.current = inspectionId;
  });

  // 修改 (E8): the author reopens a submitted, not yet reported record; the server says if it may.
  const correcting = server.data?.status === 'submitted' && search.get('correct') === '1';
  if (server.data && server.data.status !== 'draft' && !correcting) {
    // Submitted elsewhere (or a second tap): the record is what there is to see now.
    removeLocalDraft(inspectionId);
    return <Navigate to={`/m/records/${inspectionId}`} replace />;
  }
  if (loading && shown.current !== inspectionId) return <Loading />;
  const failed = (!notStarted && !offline ? server.error : null) ?? catalog.error ?? sites.error;
  if (failed) {
    const retry = () => void Promise.all([server.refetch(), catalog.refetch(), sites.refetch()]);
    return <LoadFailed message={failed.message} onRetry={retry} />;
  }
  const site = sites.data?.items.find((s) => s.id === siteId);
  if (!site?.catalogs.some((c) => c.id === catalogId) || !catalog.data) {
    return (
      <>
        <PageBar title={t('form.content')} parent={parent} />
        <Empty text={t('form.catalogMissing')} />
      </>
    );
  }
  const initial = mergeDrafts(local, server.data ?? null, emptyDraft(inspectionId, siteId, catalogId));
  // A phone copy newer than the server's (typed without a signal last time) is sent at once.
  const unsynced = local !== null && initial === local;
  return (
    <section aria-label={catalog.data.version.name}>
      <PageBar title={catalog.data.version.name} parent={parent} />
      <InspectionForm
        key={inspectionId}
        initial={initial}
        unsynced={unsynced}
        catalog={catalog.data}
        siteName={site.name}
        correcting={correcting}
      />
    </section>
  );
}
