import type { SiteView } from '@ancha/contracts';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { isApiError } from '../../api/errors.ts';
import { useFieldCatalog } from '../../api/field.ts';
import { useSupervision } from '../../api/supervision.ts';
import { emptyDraft, mergeDrafts, readLocalDraft } from '../form/draft.ts';
import { InspectionForm } from '../form/InspectionForm.tsx';
import { LoadFailed, Loading, PageBar } from '../shared/page-parts.tsx';
import { attachmentOf, emptyAttachment, supervisionKind } from './supervision-kind.tsx';

interface Props {
  id: string;
  /** For a new inspection (no draft on the server yet): the site and catalog chosen. */
  siteId: string;
  catalogId: string;
  parent: string;
  recordPath: (id: string) => string;
}

/**
 * A supervision inspection on the self-inspection's form (G2): the server's draft, the device's
 * copy and the catalog, merged as the phone form merges them. The console and the phone both
 * open it.
 */
export function SupervisionFormPage({
  id,
  siteId: chosenSite,
  catalogId: chosenCatalog,
  parent,
  recordPath,
}: Props) {
  const { t } = useTranslation('supervision');
  const local = readLocalDraft(id);
  const server = useSupervision(id);
  const notStarted = isApiError(server.error) && server.error.status === 404;
  const siteId = server.data?.siteId ?? local?.siteId ?? chosenSite;
  const catalogId = server.data?.catalogId ?? local?.catalogId ?? chosenCatalog;
  const site = useQuery({
    queryKey: ['supervision', 'site', siteId],
    queryFn: ({ signal }) => api<SiteView>(`/sites/${siteId}`, { signal }),
    enabled: siteId !== '',
  });
  const catalog = useFieldCatalog(catalogId, server.data?.catalogVersion);
  // Photos go to the inspected enterprise, the site's (files module, G2).
  const enterpriseId = site.data?.enterpriseId ?? null;
  const kind = useMemo(() => supervisionKind(recordPath, enterpriseId), [recordPath, enterpriseId]);

  if (server.data && server.data.status !== 'draft')
    return <LoadFailed message={t('phone.alreadySubmitted')} />;
  if (server.isPending || site.isPending || catalog.isPending) return <Loading />;
  const failed = (!notStarted ? server.error : null) ?? site.error ?? catalog.error;
  if (failed || !site.data || !catalog.data) return <LoadFailed message={failed?.message ?? ''} />;

  const fallback = { ...emptyDraft(id, siteId, catalogId), attachment: emptyAttachment };
  const merged = mergeDrafts(local, server.data ?? null, fallback);
  // The server's copy won: its attachment fields come with it.
  const initial =
    server.data && merged !== local ? { ...merged, attachment: attachmentOf(server.data) } : merged;
  return (
    <section aria-label={catalog.data.version.name}>
      <PageBar title={`${site.data.enterpriseName} · ${catalog.data.version.name}`} parent={parent} />
      <InspectionForm
        key={id}
        initial={initial}
        unsynced={local !== null && initial === local}
        catalog={catalog.data}
        siteName={site.data.name}
        kind={kind}
      />
    </section>
  );
}
