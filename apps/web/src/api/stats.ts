import type {
  CompletenessStats,
  LedgerStats,
  MajorMap,
  RegionGroupBy,
  StatsGroupBy,
  UsageStats,
} from '@ancha/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, apiUrl } from './client.ts';

// 统计分析 (G6): the four figures, each read in the caller's scope, and the Excel exports'
// addresses, which take the same query as the table they export.

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined) search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

export interface LedgerStatsParams {
  groupBy: StatsGroupBy;
  year?: number | undefined;
}
export interface UsageParams {
  year: number;
  month: number;
  groupBy?: RegionGroupBy | undefined;
}

export const statsApi = {
  ledger: (p: LedgerStatsParams, signal?: AbortSignal) =>
    api<LedgerStats>(`/stats/ledger${query({ ...p })}`, { signal }),
  usage: (p: UsageParams, signal?: AbortSignal) =>
    api<UsageStats>(`/stats/usage${query({ ...p })}`, { signal }),
  completeness: (signal?: AbortSignal) => api<CompletenessStats>('/stats/completeness', { signal }),
  majorMap: (year: number | undefined, signal?: AbortSignal) =>
    api<MajorMap>(`/stats/major-map${query({ year })}`, { signal }),
};

/** Links the browser downloads itself: the session cookie goes along, the file is in scope. */
export const statsExports = {
  ledger: (p: LedgerStatsParams) => apiUrl(`/exports/stats-ledger.xlsx${query({ ...p })}`),
  usage: (p: UsageParams) => apiUrl(`/exports/stats-usage.xlsx${query({ ...p })}`),
  completeness: () => apiUrl('/exports/stats-completeness.xlsx'),
};

export const statsKeys = {
  all: ['stats'] as const,
  ledger: (p: LedgerStatsParams) => ['stats', 'ledger', p] as const,
  usage: (p: UsageParams) => ['stats', 'usage', p] as const,
  completeness: ['stats', 'completeness'] as const,
  majorMap: (year: number | undefined) => ['stats', 'major-map', year ?? null] as const,
};

// Another group or year keeps the previous figures on screen until the new ones arrive, so the
// charts change in place instead of flashing empty.
export function useLedgerStats(p: LedgerStatsParams) {
  return useQuery({
    queryKey: statsKeys.ledger(p),
    queryFn: ({ signal }) => statsApi.ledger(p, signal),
    placeholderData: keepPreviousData,
  });
}

export function useUsageStats(p: UsageParams) {
  return useQuery({
    queryKey: statsKeys.usage(p),
    queryFn: ({ signal }) => statsApi.usage(p, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCompleteness() {
  return useQuery({
    queryKey: statsKeys.completeness,
    queryFn: ({ signal }) => statsApi.completeness(signal),
  });
}

export function useMajorMap(year: number | undefined) {
  return useQuery({
    queryKey: statsKeys.majorMap(year),
    queryFn: ({ signal }) => statsApi.majorMap(year, signal),
    placeholderData: keepPreviousData,
  });
}
