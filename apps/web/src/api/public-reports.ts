import type {
  PublicReportCreated,
  PublicReportDetail,
  PublicReportFollow,
  PublicReportInput,
  PublicReportListQuery,
  PublicReportPhotoView,
  PublicReportRewardInput,
  PublicReportStatus,
  PublicReportUnfoundedInput,
  PublicReportVerifyInput,
  PublicReportView,
} from '@ancha/contracts';
import { REPORT_CODE_HEADER } from '@ancha/contracts';
import { keepPreviousData, useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { v7 as uuidv7 } from 'uuid';
import { i18n } from '../i18n/index.ts';
import { api, apiUrl, readCookie } from './client.ts';
import { ApiError, asErrorBody } from './errors.ts';

// 群众举报 (P1): the public's calls (no account; the report's code travels in a header, never in
// the address) and the handling offices'.

/** api() with the report code header, for the two public calls that name a report by its code. */
async function withCode<T>(
  path: string,
  code: string,
  init: { method: 'GET' | 'PUT'; body?: Blob },
): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', [REPORT_CODE_HEADER]: code };
  if (init.body?.type) headers['Content-Type'] = init.body.type;
  const csrf = readCookie('ancha_csrf');
  if (init.method === 'PUT' && csrf) headers['X-CSRF-Token'] = csrf;
  let res: Response;
  try {
    res = await fetch(apiUrl(path), {
      method: init.method,
      headers,
      body: init.body ?? null,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError({ status: 0, code: 'NETWORK', message: i18n.t('errors.network') });
  }
  const payload: unknown = await res.json().catch(() => null);
  if (res.ok) return payload as T;
  const body = asErrorBody(payload);
  throw new ApiError({
    status: res.status,
    code: body?.error.code ?? 'HTTP',
    message: body?.error.message ?? i18n.t('errors.http', { status: res.status }),
    fields: body?.error.fields,
  });
}

export const publicReportsApi = {
  submit: (body: PublicReportInput) => api<PublicReportCreated>('/public-reports', { method: 'POST', body }),
  /** Under an id chosen once per photo, so a retry stores it once. */
  uploadPhoto: (code: string, blob: Blob, id: string = uuidv7()) =>
    withCode<PublicReportPhotoView>(`/files/report-photos/${id}`, code, { method: 'PUT', body: blob }),
  follow: (code: string) => withCode<PublicReportFollow>('/public-reports/follow', code, { method: 'GET' }),
};

export type ReportFilters = Pick<PublicReportListQuery, 'keyword' | 'districtCode' | 'streetCode'> & {
  status?: PublicReportStatus;
};

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== '') search.set(key, String(value));
  return search.toString() ? `?${search}` : '';
}
const post = <T>(path: string, body: unknown) => api<T>(path, { method: 'POST', body });

export const reportsApi = {
  list: (f: ReportFilters, cursor: string | undefined, signal?: AbortSignal) =>
    api<{ items: PublicReportView[]; nextCursor: string | null }>(
      `/public-reports${query({ ...f, limit: 50, cursor })}`,
      { signal },
    ),
  get: (id: string, signal?: AbortSignal) => api<PublicReportDetail>(`/public-reports/${id}`, { signal }),
  verify: (id: string, body: PublicReportVerifyInput) =>
    post<PublicReportDetail>(`/public-reports/${id}/verify`, body),
  unfounded: (id: string, body: PublicReportUnfoundedInput) =>
    post<PublicReportDetail>(`/public-reports/${id}/unfounded`, body),
  reward: (id: string, body: PublicReportRewardInput) =>
    post<PublicReportDetail>(`/public-reports/${id}/reward`, body),
};

export const reportKeys = {
  all: ['public-reports'] as const,
  list: (f: ReportFilters) => ['public-reports', 'list', f] as const,
  one: (id: string) => ['public-reports', 'one', id] as const,
};

export function useReports(f: ReportFilters) {
  return useInfiniteQuery({
    queryKey: reportKeys.list(f),
    queryFn: ({ signal, pageParam }) => reportsApi.list(f, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useReport(id: string | null) {
  return useQuery({
    queryKey: reportKeys.one(id ?? ''),
    queryFn: ({ signal }) => reportsApi.get(id ?? '', signal),
    enabled: id !== null,
  });
}

/** A finding changes the report and, for 核实, the ledger: both are read again. */
export function useRefreshReports(): (report: PublicReportDetail) => Promise<void> {
  const client = useQueryClient();
  return async (report) => {
    client.setQueryData(reportKeys.one(report.id), report);
    await client.invalidateQueries({
      queryKey: reportKeys.all,
      predicate: (q) => q.queryKey[2] !== report.id,
    });
    await client.invalidateQueries({ queryKey: ['ledger'] });
  };
}
