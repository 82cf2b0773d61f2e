import type { ReadAllResult, ReminderView, UnreadCount } from '@ancha/contracts';
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api } from './client.ts';
import { homeKey } from './home.ts';

// 系统提醒 (G7): the caller's own reminders, written by the server's scheduled jobs. Marking one
// read (or all) changes the lists and the unread count, so both are read again after it.

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface ReminderFilters {
  /** Absent: both, newest first. */
  status?: 'unread' | 'read';
  keyword?: string;
  from?: string;
  to?: string;
}

function query(f: ReminderFilters, cursor: string | undefined): string {
  const q = new URLSearchParams({ limit: '20' });
  if (f.status) q.set('status', f.status);
  if (f.keyword) q.set('keyword', f.keyword);
  if (f.from) q.set('from', f.from);
  if (f.to) q.set('to', f.to);
  if (cursor) q.set('cursor', cursor);
  return q.toString();
}

export const remindersApi = {
  list: (f: ReminderFilters, cursor?: string, signal?: AbortSignal) =>
    api<Page<ReminderView>>(`/reminders?${query(f, cursor)}`, { signal }),
  unreadCount: (signal?: AbortSignal) => api<UnreadCount>('/reminders/unread-count', { signal }),
  read: (id: string) => api<ReminderView>(`/reminders/${id}/read`, { method: 'POST' }),
  readAll: () => api<ReadAllResult>('/reminders/read-all', { method: 'POST' }),
};

export const reminderKeys = {
  all: ['reminders'] as const,
  list: (f: ReminderFilters) => ['reminders', 'list', f] as const,
  unread: ['reminders', 'unread'] as const,
};

export function useReminders(f: ReminderFilters) {
  return useInfiniteQuery({
    queryKey: reminderKeys.list(f),
    queryFn: ({ signal, pageParam }) => remindersApi.list(f, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** The caller's unread reminders, for badges; read again every few minutes as jobs add more. */
export function useUnreadReminders(enabled = true) {
  return useQuery({
    queryKey: reminderKeys.unread,
    queryFn: ({ signal }) => remindersApi.unreadCount(signal),
    enabled,
    refetchInterval: 5 * 60_000,
  });
}

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: remindersApi.read,
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: reminderKeys.all }),
        client.invalidateQueries({ queryKey: homeKey }),
      ]),
  });
}

export function useMarkAllRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: remindersApi.readAll,
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: reminderKeys.all }),
        client.invalidateQueries({ queryKey: homeKey }),
      ]),
  });
}
