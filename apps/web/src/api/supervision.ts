import type { CheckType, PenaltyType, SupervisionSummary, SupervisionView } from '@ancha/contracts';
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, apiUrl } from './client.ts';

// 监督检查 (G2): the supervision ledger of seed 003 attachment 1, its records and the export.

/** What the 监督检查台账 filters by; empty values are left out of the query string. */
export interface SupervisionFilters {
  keyword?: string | undefined;
  checkType?: CheckType | undefined;
  penaltyType?: PenaltyType | undefined;
  districtCode?: string | undefined;
  streetCode?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

const pageSize = 50;

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export const supervisionApi = {
  list: (filters: SupervisionFilters, cursor: string | undefined, signal?: AbortSignal) =>
    api<Page<SupervisionSummary>>(
      `/supervision-inspections${query({ ...filters, limit: pageSize, cursor })}`,
      {
        signal,
      },
    ),
  get: (id: string, signal?: AbortSignal) =>
    api<SupervisionView>(`/supervision-inspections/${id}`, { signal }),
  save: (id: string, body: unknown) =>
    api<SupervisionView>(`/supervision-inspections/${id}`, { method: 'PUT', body }),
  submit: (id: string) => api<SupervisionView>(`/supervision-inspections/${id}/submit`, { method: 'POST' }),
};

/** The Excel file with the same filters: a plain link, so the browser downloads it itself. */
export function supervisionExportUrl(filters: SupervisionFilters): string {
  return apiUrl(`/exports/supervision.xlsx${query({ ...filters })}`);
}

export const supervisionKeys = {
  all: ['supervision'] as const,
  list: (filters: SupervisionFilters) => ['supervision', 'list', filters] as const,
  one: (id: string) => ['supervision', 'one', id] as const,
};

export function useSupervisionList(filters: SupervisionFilters) {
  return useInfiniteQuery({
    queryKey: supervisionKeys.list(filters),
    queryFn: ({ signal, pageParam }) => supervisionApi.list(filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useSupervision(id: string | null) {
  return useQuery({
    queryKey: supervisionKeys.one(id ?? ''),
    queryFn: ({ signal }) => supervisionApi.get(id!, signal),
    enabled: id !== null,
  });
}
