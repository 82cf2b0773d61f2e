import type {
  EnterpriseSummary,
  FixedFieldsInput,
  HazardView,
  InspectionSummary,
  SiteView,
} from '@ancha/contracts';
import { keepPreviousData, useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import { profileKeys } from './profile.ts';

// 企业信息 for regulators: the registry in scope, one enterprise's sites, records and hazards,
// and the correction of its fixed fields (E2: name, USCC, street, industries).

export interface RegistryFilters {
  keyword?: string | undefined;
  streetCode?: string | undefined;
  industry?: string | undefined;
}

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  return search.toString() ? `?${search}` : '';
}

/** An enterprise's page shows its recent lists; the full ones are in their own modules. */
const tabLimit = 100;

export const registryApi = {
  list: (f: RegistryFilters, cursor: string | undefined, signal?: AbortSignal) =>
    api<Page<EnterpriseSummary>>(`/enterprises${query({ ...f, limit: 50, cursor })}`, { signal }),
  get: (id: string, signal?: AbortSignal) => api<EnterpriseSummary>(`/enterprises/${id}`, { signal }),
  saveFixed: (id: string, body: FixedFieldsInput) =>
    api<unknown>(`/enterprises/${id}/fixed`, { method: 'PUT', body }),
  sites: (id: string, signal?: AbortSignal) =>
    api<Page<SiteView>>(`/sites${query({ enterpriseId: id, limit: tabLimit })}`, { signal }),
  inspections: (id: string, signal?: AbortSignal) =>
    api<Page<InspectionSummary>>(`/inspections${query({ enterpriseId: id, limit: tabLimit })}`, { signal }),
  hazards: (id: string, signal?: AbortSignal) =>
    api<Page<HazardView>>(`/hazards${query({ enterpriseId: id, limit: tabLimit })}`, { signal }),
};

export const registryKeys = {
  all: ['registry'] as const,
  list: (f: RegistryFilters) => ['registry', 'list', f] as const,
  one: (id: string) => ['registry', 'one', id] as const,
  part: (id: string, part: 'sites' | 'inspections' | 'hazards') => ['registry', 'one', id, part] as const,
};

export function useRegistry(f: RegistryFilters) {
  return useInfiniteQuery({
    queryKey: registryKeys.list(f),
    queryFn: ({ signal, pageParam }) => registryApi.list(f, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useRegistryEnterprise(id: string) {
  return useQuery({ queryKey: registryKeys.one(id), queryFn: ({ signal }) => registryApi.get(id, signal) });
}

export function useRegistrySites(id: string) {
  return useQuery({
    queryKey: registryKeys.part(id, 'sites'),
    queryFn: ({ signal }) => registryApi.sites(id, signal),
  });
}

export function useRegistryRecords(id: string) {
  return useQuery({
    queryKey: registryKeys.part(id, 'inspections'),
    queryFn: ({ signal }) => registryApi.inspections(id, signal),
  });
}

export function useRegistryHazards(id: string) {
  return useQuery({
    queryKey: registryKeys.part(id, 'hazards'),
    queryFn: ({ signal }) => registryApi.hazards(id, signal),
  });
}

/** After a correction the list, the summary and the profile all show the new fields. */
export function useRefreshRegistry(id: string) {
  const client = useQueryClient();
  return async () => {
    await client.invalidateQueries({ queryKey: registryKeys.all });
    await client.invalidateQueries({ queryKey: profileKeys.all(id) });
  };
}
