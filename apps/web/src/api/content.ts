import type {
  ContentCategory,
  ContentPageInput,
  ContentPageSummary,
  ContentPageView,
} from '@ancha/contracts';
import { keepPreviousData, useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';

// 帮助中心 (G7): every signed-in user reads; the platform admin writes.

export interface ContentFilters {
  category: ContentCategory;
  q?: string;
}

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== '') search.set(key, String(value));
  return search.toString() ? `?${search}` : '';
}

export const contentApi = {
  list: (f: ContentFilters, cursor: string | undefined, signal?: AbortSignal) =>
    api<{ items: ContentPageSummary[]; nextCursor: string | null }>(
      `/content${query({ category: f.category, q: f.q, limit: 20, cursor })}`,
      { signal },
    ),
  get: (id: string, signal?: AbortSignal) => api<ContentPageView>(`/content/${id}`, { signal }),
  create: (body: ContentPageInput) => api<ContentPageView>('/content', { method: 'POST', body }),
  update: (id: string, body: ContentPageInput) =>
    api<ContentPageView>(`/content/${id}`, { method: 'PUT', body }),
  remove: (id: string) => api<void>(`/content/${id}`, { method: 'DELETE' }),
};

const keys = {
  all: ['content'] as const,
  list: (f: ContentFilters) => ['content', 'list', f] as const,
  one: (id: string) => ['content', 'one', id] as const,
};

export function useContentList(f: ContentFilters) {
  return useInfiniteQuery({
    queryKey: keys.list(f),
    queryFn: ({ signal, pageParam }) => contentApi.list(f, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useContentPage(id: string | null) {
  return useQuery({
    queryKey: keys.one(id ?? ''),
    queryFn: ({ signal }) => contentApi.get(id ?? '', signal),
    enabled: id !== null,
  });
}

/** After a write, every list and page is read again (a page may move between categories). */
export function useRefreshContent(): () => Promise<void> {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: keys.all });
}
