import type { CatalogDetail, MyPostChecklist } from '@ancha/contracts';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams, useSearchParams } from 'react-router';
import { isApiError } from '../../api/errors.ts';
import { fieldApi, fieldKeys, useFieldCatalog, useInspection } from '../../api/field.ts';
import { useMyPost } from '../../api/standards.ts';
import { emptyDraft, mergeDrafts, readLocalDraft, removeLocalDraft, toInput } from '../form/draft.ts';
import { InspectionForm } from '../form/InspectionForm.tsx';
import { InspectorInfo } from '../form/InspectorInfo.tsx';
import type { FormKind } from '../form/kind.ts';
import { Empty, LoadFailed, Loading, PageBar } from '../shared/page-parts.tsx';

/** The standard cut down to the post's items: the form shows and completes exactly these. */
export function postCatalog(catalog: CatalogDetail, itemIds: string[]): CatalogDetail {
  const keep = new Set(itemIds);
  return {
    ...catalog,
    categories: catalog.categories
      .map((top) => ({
        ...top,
        children: top.children
          .map((sub) => ({ ...sub, items: sub.items.filter((i) => keep.has(i.id)) }))
          .filter((sub) => sub.items.length > 0),
      }))
      .filter((top) => top.children.length > 0),
  };
}

function postKind(mine: MyPostChecklist, period: string, label: string): FormKind {
  return {
    save: (draft) => fieldApi.saveInspection(draft.id, { ...toInput(draft), postId: mine.post.id, period }),
    submit: (id) => fieldApi.submitInspection(id),
    refreshKey: fieldKeys.all,
    recordPath: (id) => `/m/records/${id}`,
    photoEnterpriseId: null,
    renderHeader: ({ draft, patch }) => (
      <InspectorInfo draft={draft} siteName={`${mine.post.name} · ${label}`} patch={patch} />
    ),
    ownProblems: () => [],
  };
}

/**
 * 岗位清单自查 (E9): the same form as a site's, on the post's items of the standard, for one period;
 * with `?correct=1`, the correction of a submitted record (E8).
 */
export function PostInspectionPage() {
  const { t } = useTranslation('standard');
  const { inspectionId = '' } = useParams();
  const [search] = useSearchParams();
  const mine = useMyPost();
  const local = readLocalDraft(inspectionId);
  const server = useInspection(inspectionId);
  const notStarted = isApiError(server.error) && server.error.status === 404;
  const catalog = useFieldCatalog(mine.data?.catalogId ?? '', server.data?.catalogVersion);
  const period = server.data?.period ?? search.get('period') ?? '';

  // 修改 (E8): the author reopens a submitted, not yet reported post record; same post and period.
  const correcting = server.data?.status === 'submitted' && search.get('correct') === '1';
  if (server.data && server.data.status !== 'draft' && !correcting) {
    removeLocalDraft(inspectionId);
    return <Navigate to={`/m/records/${inspectionId}`} replace />;
  }
  if (mine.isPending || server.isPending || (mine.data && catalog.isPending)) return <Loading />;
  const failed = mine.error ?? (!notStarted ? server.error : null) ?? catalog.error;
  if (failed) return <LoadFailed message={failed.message} onRetry={() => void mine.refetch()} />;
  const shown = mine.data?.periods.find((p) => p.period === period);
  if (!mine.data || !catalog.data || !shown) {
    return (
      <>
        <PageBar title={t('phone.title')} parent="/m/inspect" />
        <Empty text={t('phone.noBackfill')} />
      </>
    );
  }
  const initial = mergeDrafts(
    local,
    server.data ?? null,
    emptyDraft(inspectionId, mine.data.siteId, mine.data.catalogId),
  );
  return (
    <section aria-label={t('phone.title')}>
      <PageBar title={`${t('phone.title')} · ${shown.label}`} parent="/m/inspect" />
      <InspectionForm
        key={inspectionId}
        initial={initial}
        unsynced={local !== null && initial === local}
        catalog={postCatalog(catalog.data, mine.data.itemIds)}
        siteName={mine.data.post.name}
        kind={postKind(mine.data, period, shown.label)}
        correcting={correcting}
      />
    </section>
  );
}
