import type {
  CatalogDetail,
  CatalogDiff,
  CatalogItem,
  CatalogSummary,
  DraftMetaInput,
  IndustryNode,
  ItemInput,
  ItemSearchHit,
} from '@ancha/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiUrl } from './client.ts';

// Hazard catalogs (PRODUCT.md X3, E11): reading for every signed-in user, writing for editors.

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

function versionPath(id: string, version: number): string {
  return `/catalogs/${id}/versions/${version}`;
}

export const catalogsApi = {
  industries: (signal?: AbortSignal) => api<{ items: IndustryNode[] }>('/industries', { signal }),
  list: (params: { industry?: string; keyword?: string }, signal?: AbortSignal) =>
    api<{ items: CatalogSummary[] }>(`/catalogs${query(params)}`, { signal }),
  /** Without a version: the published one. */
  get: (id: string, version: number | undefined, signal?: AbortSignal) =>
    api<CatalogDetail>(`/catalogs/${id}${query({ version })}`, { signal }),
  searchItems: (params: { keyword: string; industry?: string; limit?: number }, signal?: AbortSignal) =>
    api<{ items: ItemSearchHit[] }>(`/catalogs/items${query(params)}`, { signal }),
  diff: (id: string, from: number, to: number, signal?: AbortSignal) =>
    api<CatalogDiff>(`/catalogs/${id}/diff${query({ from, to })}`, { signal }),
  /** A download the browser fetches itself, so it is a URL rather than a request. */
  exportUrl: (id: string, version: number) => apiUrl(`/catalogs/${id}/export.xlsx${query({ version })}`),

  createDraft: (id: string, fromVersion?: number) =>
    api<CatalogDetail>(`/catalogs/${id}/drafts`, { method: 'POST', body: { fromVersion } }),
  updateMeta: (id: string, version: number, body: DraftMetaInput) =>
    api<CatalogDetail>(versionPath(id, version), { method: 'PATCH', body }),
  addItem: (id: string, version: number, body: ItemInput) =>
    api<CatalogItem>(`${versionPath(id, version)}/items`, { method: 'POST', body }),
  updateItem: (id: string, version: number, itemId: string, body: ItemInput) =>
    api<CatalogItem>(`${versionPath(id, version)}/items/${itemId}`, { method: 'PUT', body }),
  deleteItem: (id: string, version: number, itemId: string) =>
    api<void>(`${versionPath(id, version)}/items/${itemId}`, { method: 'DELETE' }),
  publish: (id: string, version: number) =>
    api<CatalogDetail>(`${versionPath(id, version)}/publish`, { method: 'POST' }),
  discard: (id: string, version: number) => api<void>(versionPath(id, version), { method: 'DELETE' }),
  importSheet: (id: string, file: File) => {
    const body = new FormData();
    body.append('file', file);
    return api<CatalogDetail>(`/catalogs/${id}/import`, { method: 'POST', body });
  },
};

/**
 * Every catalog query sits under one key, so a write refreshes the lists, the catalog, its
 * history and the search at once: a publish changes all of them.
 */
export const catalogKeys = {
  all: ['catalogs'] as const,
  industries: () => ['catalogs', 'industries'] as const,
  detail: (id: string, version: number | undefined) => ['catalogs', 'detail', id, version ?? null] as const,
  search: (keyword: string) => ['catalogs', 'search', keyword] as const,
  diff: (id: string, from: number, to: number) => ['catalogs', 'diff', id, from, to] as const,
};

/** The industries with their catalogs; they change only when a catalog is published. */
export function useIndustries() {
  return useQuery({
    queryKey: catalogKeys.industries(),
    queryFn: ({ signal }) => catalogsApi.industries(signal),
    staleTime: 5 * 60_000,
  });
}

/** One catalog version; without `version` the published one, as the server chooses it. */
export function useCatalog(id: string, version: number | undefined) {
  return useQuery({
    queryKey: catalogKeys.detail(id, version),
    queryFn: ({ signal }) => catalogsApi.get(id, version, signal),
  });
}

/** After any write: lists, versions, drafts and search may all have changed. */
export function useRefreshCatalogs(): () => Promise<void> {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: catalogKeys.all });
}
