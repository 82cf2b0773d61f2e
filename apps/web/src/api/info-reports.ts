import type {
  InfoReportInput,
  InfoReportKind,
  InfoReportList,
  InfoReportOverview,
  InfoReportView,
  OfficeContactEntry,
  OfficeContactInput,
  OfficeContactsBelow,
  OfficeContactView,
} from '@ancha/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiUrl } from './client.ts';

// 信息报送 and 工作联系表 (G8): the office's own reports, what the offices below sent, and the
// contact lists of the office and of the offices below it.

const q = (params: Record<string, string | undefined>) => {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) search.set(k, v);
  const text = search.toString();
  return text ? `?${text}` : '';
};

export const infoReportsApi = {
  mine: (kind?: InfoReportKind, signal?: AbortSignal) =>
    api<InfoReportList>(`/info-reports${q({ limit: '200', kind })}`, { signal }),
  overview: (period: string, signal?: AbortSignal) =>
    api<InfoReportOverview>(`/info-reports/overview${q({ period })}`, { signal }),
  get: (id: string, signal?: AbortSignal) => api<InfoReportView>(`/info-reports/${id}`, { signal }),
  submit: (body: InfoReportInput) => api<InfoReportView>('/info-reports', { method: 'POST', body }),
  overviewXlsx: (period: string) => apiUrl(`/info-reports/overview.xlsx${q({ period })}`),
};

export const contactsApi = {
  mine: (signal?: AbortSignal) => api<OfficeContactEntry>('/office-contacts/mine', { signal }),
  save: (body: OfficeContactInput) =>
    api<OfficeContactView>('/office-contacts/mine', { method: 'PUT', body }),
  below: (signal?: AbortSignal) => api<OfficeContactsBelow>('/office-contacts/below', { signal }),
  mineXlsx: () => apiUrl('/office-contacts/mine.xlsx'),
  belowXlsx: () => apiUrl('/office-contacts/below.xlsx'),
};

export const infoReportKeys = {
  all: ['info-reports'] as const,
  mine: ['info-reports', 'mine'] as const,
  overview: (period: string) => ['info-reports', 'overview', period] as const,
  detail: (id: string) => ['info-reports', 'detail', id] as const,
  contacts: ['office-contacts'] as const,
};

export const useMyReports = () =>
  useQuery({
    queryKey: infoReportKeys.mine,
    queryFn: ({ signal }) => infoReportsApi.mine(undefined, signal),
  });

export const useReportOverview = (period: string, enabled = true) =>
  useQuery({
    queryKey: infoReportKeys.overview(period),
    queryFn: ({ signal }) => infoReportsApi.overview(period, signal),
    enabled,
  });

export const useInfoReport = (id: string | null) =>
  useQuery({
    queryKey: infoReportKeys.detail(id ?? ''),
    queryFn: ({ signal }) => infoReportsApi.get(id!, signal),
    enabled: id !== null,
  });

export const useMyContacts = () =>
  useQuery({
    queryKey: [...infoReportKeys.contacts, 'mine'],
    queryFn: ({ signal }) => contactsApi.mine(signal),
  });

export const useContactsBelow = (enabled: boolean) =>
  useQuery({
    queryKey: [...infoReportKeys.contacts, 'below'],
    queryFn: ({ signal }) => contactsApi.below(signal),
    enabled,
  });

/** After a write: lists and overviews are read again. */
export function useRefreshInfoReports() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: infoReportKeys.all }),
      client.invalidateQueries({ queryKey: infoReportKeys.contacts }),
    ]);
}
