import type {
  AcceptanceInput,
  HazardDetail,
  HazardView,
  InspectionSummary,
  InspectionView,
  SiteInput,
  SiteView,
  UserSummary,
} from '@ancha/contracts';
import { keepPreviousData, useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, regionsApi } from './client.ts';

// An enterprise's own data for its administrator (seed 000 §1.2): sites, records and hazards.

type Params = Record<string, string | number | undefined>;

function query(params: Params): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export type HazardStatus = 'pending' | 'resolved';

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
export interface HazardPage extends Page<HazardView> {
  counts: { pending: number; resolved: number };
}

/** Most enterprises' lists fit in one page; records and hazards keep growing, so they page on. */
const pageSize = 100;

export const enterpriseApi = {
  sites: (keyword: string, signal?: AbortSignal) =>
    api<Page<SiteView>>(`/sites${query({ keyword, limit: pageSize })}`, { signal }),
  /** The enterprise's own inspector accounts, for the site form's 检查人. */
  inspectors: (signal?: AbortSignal) =>
    api<Page<UserSummary>>(`/users${query({ role: 'ent_inspector', limit: 200 })}`, { signal }),
  createSite: (body: SiteInput) => api<SiteView>('/sites', { method: 'POST', body }),
  updateSite: (id: string, body: SiteInput) => api<SiteView>(`/sites/${id}`, { method: 'PUT', body }),
  /** Submitted and reported alike (and the admin's own drafts, which the page leaves out). */
  inspections: (cursor: string | undefined, signal?: AbortSignal) =>
    api<Page<InspectionSummary>>(`/inspections${query({ limit: pageSize, cursor })}`, { signal }),
  /** 上报 (E8): every submitted record of the enterprise becomes reported and locked. */
  report: () => api<{ reported: number }>('/inspections/report', { method: 'POST' }),
  inspection: (id: string, signal?: AbortSignal) => api<InspectionView>(`/inspections/${id}`, { signal }),
  hazards: (status: HazardStatus, cursor: string | undefined, signal?: AbortSignal) =>
    api<HazardPage>(`/hazards${query({ status, limit: pageSize, cursor })}`, { signal }),
  hazard: (id: string, signal?: AbortSignal) => api<HazardDetail>(`/hazards/${id}`, { signal }),
  accept: (id: string, body: AcceptanceInput) =>
    api<HazardDetail>(`/hazards/${id}/acceptance`, { method: 'POST', body }),
};

export const enterpriseKeys = {
  sites: (keyword: string) => ['enterprise', 'sites', keyword] as const,
  allSites: ['enterprise', 'sites'] as const,
  inspections: ['enterprise', 'inspections', 'list'] as const,
  inspection: (id: string) => ['enterprise', 'inspections', 'detail', id] as const,
  allHazards: ['enterprise', 'hazards'] as const,
  hazards: (status: HazardStatus) => ['enterprise', 'hazards', 'list', status] as const,
  hazard: (id: string) => ['enterprise', 'hazards', 'detail', id] as const,
  regions: ['regions'] as const,
  inspectors: ['enterprise', 'inspectors'] as const,
};

export function useSites(keyword: string) {
  return useQuery({
    queryKey: enterpriseKeys.sites(keyword),
    queryFn: ({ signal }) => enterpriseApi.sites(keyword, signal),
    // Typing a new keyword keeps the old rows on screen instead of flashing an empty table.
    placeholderData: keepPreviousData,
  });
}

/** After a site is saved every keyword's list may have changed. */
export function useRefreshSites(): () => Promise<void> {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: enterpriseKeys.allSites });
}

export function useInspectorAccounts() {
  return useQuery({
    queryKey: enterpriseKeys.inspectors,
    queryFn: ({ signal }) => enterpriseApi.inspectors(signal),
    staleTime: 60_000,
  });
}

/** The region tree changes only with an administrative division update. */
export function useRegionTree() {
  return useQuery({
    queryKey: enterpriseKeys.regions,
    queryFn: ({ signal }) => regionsApi.tree(signal),
    staleTime: 30 * 60_000,
  });
}

/** Pages on with the server's cursor; `fetchNextPage` loads the next one. */
export function useInspections() {
  return useInfiniteQuery({
    queryKey: enterpriseKeys.inspections,
    queryFn: ({ signal, pageParam }) => enterpriseApi.inspections(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useInspection(id: string | null) {
  return useQuery({
    queryKey: enterpriseKeys.inspection(id ?? ''),
    queryFn: ({ signal }) => enterpriseApi.inspection(id ?? '', signal),
    enabled: id !== null,
  });
}

export function useHazards(status: HazardStatus) {
  return useInfiniteQuery({
    queryKey: enterpriseKeys.hazards(status),
    queryFn: ({ signal, pageParam }) => enterpriseApi.hazards(status, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useHazard(id: string | null) {
  return useQuery({
    queryKey: enterpriseKeys.hazard(id ?? ''),
    queryFn: ({ signal }) => enterpriseApi.hazard(id ?? '', signal),
    enabled: id !== null,
  });
}

/** An acceptance moves a hazard between the tabs and changes both counts. */
export function useRefreshHazards(): () => Promise<void> {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: enterpriseKeys.allHazards });
}
