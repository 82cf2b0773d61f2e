import type {
  NoticeDetail,
  NoticeInboxItem,
  NoticeInput,
  NoticeReadFilter,
  NoticeReceipts,
  NoticeSentView,
  NoticeUnreadCount,
} from '@ancha/contracts';
import { keepPreviousData, useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiUrl } from './client.ts';
import { homeKey } from './home.ts';

// 公告通知 (G7): the sending office's notices and receipts, and the enterprise user's inbox.
// Opening a notice (GET /notices/{id}) is what marks it read, so the lists and the unread count
// are read again after it.

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface InboxFilters {
  status: NoticeReadFilter;
  keyword?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== '') search.set(key, String(value));
  return search.toString() ? `?${search}` : '';
}

export const noticesApi = {
  send: (body: NoticeInput) => api<NoticeSentView>('/notices', { method: 'POST', body }),
  sent: (keyword: string | undefined, cursor: string | undefined, signal?: AbortSignal) =>
    api<Page<NoticeSentView>>(`/notices/sent${query({ keyword, limit: 20, cursor })}`, { signal }),
  receipts: (id: string, status: NoticeReadFilter, signal?: AbortSignal) =>
    api<NoticeReceipts>(`/notices/${id}/receipts${query({ status })}`, { signal }),
  /** A plain link the browser downloads with the session cookie; the server checks the sender. */
  receiptsXlsx: (id: string, status: NoticeReadFilter) =>
    apiUrl(`/notices/${id}/receipts.xlsx${query({ status })}`),
  inbox: (f: InboxFilters, cursor: string | undefined, signal?: AbortSignal) =>
    api<Page<NoticeInboxItem>>(`/notices${query({ ...f, limit: 20, cursor })}`, { signal }),
  get: (id: string, signal?: AbortSignal) => api<NoticeDetail>(`/notices/${id}`, { signal }),
  unreadCount: (signal?: AbortSignal) => api<NoticeUnreadCount>('/notices/unread-count', { signal }),
};

export const noticeKeys = {
  all: ['notices'] as const,
  sent: (keyword: string | undefined) => ['notices', 'sent', keyword ?? ''] as const,
  receipts: (id: string, status: NoticeReadFilter) => ['notices', 'receipts', id, status] as const,
  inbox: (f: InboxFilters) => ['notices', 'inbox', f] as const,
  one: (id: string) => ['notices', 'one', id] as const,
  unread: ['notices', 'unread'] as const,
};

function usePaged<T>(
  key: readonly unknown[],
  fetch: (cursor: string | undefined, signal: AbortSignal) => Promise<Page<T>>,
) {
  return useInfiniteQuery({
    queryKey: key,
    queryFn: ({ signal, pageParam }) => fetch(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useSentNotices(keyword: string | undefined) {
  return usePaged(noticeKeys.sent(keyword), (cursor, signal) => noticesApi.sent(keyword, cursor, signal));
}

export function useReceipts(id: string | null, status: NoticeReadFilter) {
  return useQuery({
    queryKey: noticeKeys.receipts(id ?? '', status),
    queryFn: ({ signal }) => noticesApi.receipts(id ?? '', status, signal),
    enabled: id !== null,
    placeholderData: keepPreviousData,
  });
}

export function useInbox(f: InboxFilters) {
  return usePaged(noticeKeys.inbox(f), (cursor, signal) => noticesApi.inbox(f, cursor, signal));
}

/** The caller's unread notices (enterprise users), for badges. */
export function useUnreadNotices(enabled = true) {
  return useQuery({
    queryKey: noticeKeys.unread,
    queryFn: ({ signal }) => noticesApi.unreadCount(signal),
    enabled,
    refetchInterval: 5 * 60_000,
  });
}

/**
 * One notice. For a recipient the first fetch marks it read on the server, so once it arrives
 * the inbox, the unread counts and the header's badges are read again (not the notice itself: it is already current).
 */
export function useNotice(id: string | null) {
  const client = useQueryClient();
  return useQuery({
    queryKey: noticeKeys.one(id ?? ''),
    queryFn: async ({ signal }) => {
      const notice = await noticesApi.get(id ?? '', signal);
      void client.invalidateQueries({ queryKey: ['notices', 'inbox'] });
      void client.invalidateQueries({ queryKey: noticeKeys.unread });
      // The header's badges and 首页 count unread notices too.
      void client.invalidateQueries({ queryKey: homeKey });
      return notice;
    },
    enabled: id !== null,
  });
}

/** After sending: the sent list shows the new notice first. */
export function useRefreshSent(): () => Promise<void> {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['notices', 'sent'] });
}
