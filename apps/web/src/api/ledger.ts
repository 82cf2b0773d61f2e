import type {
  HazardType,
  LedgerDrawInput,
  LedgerDrawView,
  LedgerEntryDetail,
  LedgerEntryView,
  LedgerListInput,
  LedgerRejectInput,
  LedgerReviewInput,
  LedgerStatus,
  LedgerVerificationInput,
  OverdueCounts,
} from '@ancha/contracts';
import {
  keepPreviousData,
  useInfiniteQuery,
  useQueries,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api } from './client.ts';
import { enterpriseKeys } from './enterprise.ts';

// The government hazard ledger (G3) and its workflow (G4): read, 挂账 … 销账, 督办, 核查.

/** What the page filters by; empty values are left out of the query string. */
export interface LedgerFilters {
  status: LedgerStatus;
  keyword?: string | undefined;
  districtCode?: string | undefined;
  streetCode?: string | undefined;
  hazardType?: HazardType | undefined;
  level?: 'general' | 'major' | undefined;
  overdue?: boolean | undefined;
}

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

const pageSize = 50;

function query(params: Record<string, string | number | boolean | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '' && value !== false) search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

const post = <T>(path: string, body: unknown) => api<T>(path, { method: 'POST', body });

export const ledgerApi = {
  list: (filters: LedgerFilters, cursor: string | undefined, signal?: AbortSignal) =>
    api<Page<LedgerEntryView>>(`/ledger${query({ ...filters, limit: pageSize, cursor })}`, { signal }),
  entry: (id: string, signal?: AbortSignal) => api<LedgerEntryDetail>(`/ledger/${id}`, { signal }),
  overdueCounts: (signal?: AbortSignal) => api<OverdueCounts>('/ledger/overdue-counts', { signal }),
  /** 挂账 (POST …/list); named for what it does, since `list` reads the ledger. */
  confirm: (id: string, body: LedgerListInput) => post<LedgerEntryDetail>(`/ledger/${id}/list`, body),
  reject: (id: string, body: LedgerRejectInput) => post<LedgerEntryDetail>(`/ledger/${id}/reject`, body),
  review: (id: string, body: LedgerReviewInput) => post<LedgerEntryDetail>(`/ledger/${id}/review`, body),
  close: (id: string, note: string) => post<LedgerEntryDetail>(`/ledger/${id}/close`, { note }),
  supervise: (id: string, note: string) => post<LedgerEntryDetail>(`/ledger/${id}/supervise`, { note }),
  verify: (id: string, body: LedgerVerificationInput) =>
    post<LedgerEntryDetail>(`/ledger/${id}/verify`, body),
  draw: (body: LedgerDrawInput) => post<LedgerDrawView>('/ledger/verify', body),
};

export const ledgerKeys = {
  all: ['ledger'] as const,
  list: (filters: LedgerFilters) => ['ledger', 'list', filters] as const,
  entry: (id: string) => ['ledger', 'entry', id] as const,
  overdue: ['ledger', 'overdue'] as const,
};

/** One tab's entries with the filters; pages on with the server's cursor. */
export function useLedger(filters: LedgerFilters) {
  return useInfiniteQuery({
    queryKey: ledgerKeys.list(filters),
    queryFn: ({ signal, pageParam }) => ledgerApi.list(filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    // A new filter keeps the old rows on screen instead of flashing an empty table.
    placeholderData: keepPreviousData,
  });
}

export function useLedgerEntry(id: string | null) {
  return useQuery({
    queryKey: ledgerKeys.entry(id ?? ''),
    queryFn: ({ signal }) => ledgerApi.entry(id ?? '', signal),
    enabled: id !== null,
  });
}

/** The entries a 核查 draw chose, read one by one: the draw answers with their ids only. */
export function useLedgerEntries(ids: readonly string[]) {
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: ledgerKeys.entry(id),
      queryFn: ({ signal }: { signal: AbortSignal }) => ledgerApi.entry(id, signal),
    })),
  });
}

export function useOverdueCounts() {
  return useQuery({
    queryKey: ledgerKeys.overdue,
    queryFn: ({ signal }) => ledgerApi.overdueCounts(signal),
    staleTime: 60_000,
  });
}

/**
 * Every action moves an entry between tabs and may change the overdue counts, so the whole
 * ledger is read again; the acted-on entry is put in place at once from the server's answer.
 * A failed 复查 also sends the enterprise's hazard back to 待处置, which the drawer shows.
 */
export function useRefreshLedger(): (entry?: LedgerEntryDetail) => Promise<void> {
  const client = useQueryClient();
  return async (entry) => {
    if (entry) client.setQueryData(ledgerKeys.entry(entry.id), entry);
    await client.invalidateQueries({
      queryKey: ledgerKeys.all,
      predicate: (q) => !entry || q.queryKey[2] !== entry.id,
    });
    if (entry?.hazardId) await client.invalidateQueries({ queryKey: enterpriseKeys.hazard(entry.hazardId) });
  };
}
