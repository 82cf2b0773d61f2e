import type {
  HazardDetail,
  HazardView,
  InspectionInput,
  InspectionSummary,
  InspectionView,
  OwnSiteInput,
  RectificationInput,
  SiteCatalogsInput,
  SiteView,
} from '@ancha/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { catalogKeys, catalogsApi } from './catalogs.ts';
import { api } from './client.ts';

// The inspector's phone pages (PRODUCT.md E4–E7): their sites, their inspections, their hazards.

type HazardStatus = HazardView['status'];
type InspectionStatus = InspectionSummary['status'];

export interface HazardPage {
  items: HazardView[];
  nextCursor: string | null;
  counts: { pending: number; resolved: number };
}

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

// One page of the largest size the API allows: an inspector's own sites and records stay well
// under it, and the phone then needs no "load more" to show a site's latest time correctly.
const pageSize = 200;

export const fieldApi = {
  sites: (signal?: AbortSignal) =>
    api<{ items: SiteView[]; nextCursor: string | null }>(`/sites${query({ limit: pageSize })}`, { signal }),
  /** 新增场所 by the inspector: the site is theirs to inspect, under their own enterprise. */
  createSite: (body: OwnSiteInput) => api<SiteView>('/sites/mine', { method: 'POST', body }),
  /** 重新选择行业与自查内容. */
  chooseCatalogs: (id: string, body: SiteCatalogsInput) =>
    api<SiteView>(`/sites/${id}/catalogs`, { method: 'PUT', body }),
  inspections: (params: { siteId?: string; status?: InspectionStatus }, signal?: AbortSignal) =>
    api<{ items: InspectionSummary[]; nextCursor: string | null }>(
      `/inspections${query({ ...params, limit: pageSize })}`,
      { signal },
    ),
  inspection: (id: string, signal?: AbortSignal) => api<InspectionView>(`/inspections/${id}`, { signal }),
  saveInspection: (id: string, body: InspectionInput) =>
    api<InspectionView>(`/inspections/${id}`, { method: 'PUT', body }),
  submitInspection: (id: string) => api<InspectionView>(`/inspections/${id}/submit`, { method: 'POST' }),
  hazards: (status: HazardStatus, signal?: AbortSignal) =>
    api<HazardPage>(`/hazards${query({ status, limit: pageSize })}`, { signal }),
  hazard: (id: string, signal?: AbortSignal) => api<HazardDetail>(`/hazards/${id}`, { signal }),
  rectify: (id: string, body: RectificationInput) =>
    api<HazardDetail>(`/hazards/${id}/rectification`, { method: 'POST', body }),
};

/** Inspections and hazards share the `field` root: a submission changes records and hazards at once. */
export const fieldKeys = {
  all: ['field'] as const,
  sites: () => ['field', 'sites'] as const,
  inspections: (siteId?: string, status?: InspectionStatus) =>
    ['field', 'inspections', siteId ?? null, status ?? null] as const,
  inspection: (id: string) => ['field', 'inspection', id] as const,
  hazards: (status: HazardStatus) => ['field', 'hazards', status] as const,
  hazard: (id: string) => ['field', 'hazard', id] as const,
};

export function useMySites() {
  return useQuery({ queryKey: fieldKeys.sites(), queryFn: ({ signal }) => fieldApi.sites(signal) });
}

export function useMyInspections(siteId?: string, status?: InspectionStatus) {
  return useQuery({
    queryKey: fieldKeys.inspections(siteId, status),
    queryFn: ({ signal }) => fieldApi.inspections({ siteId, status }, signal),
  });
}

export function useInspection(id: string, enabled = true) {
  return useQuery({
    queryKey: fieldKeys.inspection(id),
    queryFn: ({ signal }) => fieldApi.inspection(id, signal),
    enabled,
  });
}

/**
 * A catalog as the form and the record need it; waits until the id is known (it comes from the
 * inspection), unlike the console's useCatalog. Without `version`: the published one.
 */
export function useFieldCatalog(id: string, version?: number) {
  return useQuery({
    queryKey: catalogKeys.detail(id, version),
    queryFn: ({ signal }) => catalogsApi.get(id, version, signal),
    enabled: id !== '',
    staleTime: 5 * 60_000,
    // The form first asks for the published version, then (once its draft is on the server) the
    // draft's: the same catalog, so it stays on screen instead of the form being rebuilt.
    placeholderData: (previous, query) => (query?.queryKey[2] === id ? previous : undefined),
  });
}

export function useHazards(status: HazardStatus) {
  return useQuery({
    queryKey: fieldKeys.hazards(status),
    queryFn: ({ signal }) => fieldApi.hazards(status, signal),
  });
}

export function useHazard(id: string) {
  return useQuery({ queryKey: fieldKeys.hazard(id), queryFn: ({ signal }) => fieldApi.hazard(id, signal) });
}

/** After a submission or a rectification: lists, counts and latest times may all have changed. */
export function useRefreshField(): () => Promise<void> {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: fieldKeys.all });
}
