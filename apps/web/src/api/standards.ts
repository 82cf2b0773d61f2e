import type {
  CatalogItem,
  HazardGrades,
  HazardGradesInput,
  MyPostChecklist,
  PostChecklist,
  StandardItemInput,
  StandardItemPatch,
  StandardUpdates,
  StandardView,
} from '@ancha/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import { ApiError } from './errors.ts';

// 一企一标准、一岗一清单、隐患分级 (E9).

export const standardsApi = {
  /** The enterprise's standard, or null before it is made (the server answers 404). */
  get: (signal?: AbortSignal) =>
    api<StandardView>('/standard', { signal }).catch((error: unknown) => {
      if (error instanceof ApiError && error.status === 404) return null;
      throw error;
    }),
  create: (sourceCatalogIds: string[]) =>
    api<StandardView>('/standard', { method: 'POST', body: { sourceCatalogIds } }),
  newDraft: () => api<StandardView>('/standard/drafts', { method: 'POST' }),
  addItem: (body: StandardItemInput) => api<CatalogItem>('/standard/items', { method: 'POST', body }),
  reword: (itemId: string, body: StandardItemPatch) =>
    api<CatalogItem>(`/standard/items/${itemId}`, { method: 'PATCH', body }),
  removeItem: (itemId: string) => api<void>(`/standard/items/${itemId}`, { method: 'DELETE' }),
  publish: () => api<StandardView>('/standard/publish', { method: 'POST' }),
  /** The latest published version, which post checklists are drawn from. */
  published: (enterpriseId: string, signal?: AbortSignal) =>
    api<StandardView>(`/enterprises/${enterpriseId}/standard`, { signal }),
  updates: (signal?: AbortSignal) => api<StandardUpdates>('/standard/updates', { signal }),
  take: (keys: string[]) => api<StandardView>('/standard/updates/take', { method: 'POST', body: { keys } }),
  checklist: (postId: string, signal?: AbortSignal) =>
    api<PostChecklist>(`/posts/${postId}/checklist`, { signal }),
  setChecklist: (postId: string, itemNos: string[]) =>
    api<PostChecklist>(`/posts/${postId}/checklist`, { method: 'PUT', body: { itemNos } }),
  grades: (signal?: AbortSignal) => api<HazardGrades>('/hazard-grades', { signal }),
  setGrades: (body: HazardGradesInput) => api<HazardGrades>('/hazard-grades', { method: 'PUT', body }),
  myPost: (signal?: AbortSignal) => api<MyPostChecklist>('/standard/my-post', { signal }),
};

export const standardKeys = {
  all: ['standard'] as const,
  standard: ['standard', 'view'] as const,
  updates: ['standard', 'updates'] as const,
  checklist: (postId: string) => ['standard', 'checklist', postId] as const,
  grades: ['standard', 'grades'] as const,
  // Under the phone's keys: a submission refreshes every 'field' query, the periods with them.
  myPost: ['field', 'my-post'] as const,
};

export function useStandard() {
  return useQuery({ queryKey: standardKeys.standard, queryFn: ({ signal }) => standardsApi.get(signal) });
}

export function useHazardGrades(enabled = true) {
  return useQuery({
    queryKey: standardKeys.grades,
    queryFn: ({ signal }) => standardsApi.grades(signal),
    enabled,
  });
}

/** The post user's checklist and periods; null for a user without a post (the server's 404). */
export function useMyPost() {
  return useQuery({
    queryKey: standardKeys.myPost,
    queryFn: ({ signal }) =>
      standardsApi.myPost(signal).catch((error: unknown) => {
        if (error instanceof ApiError && [404, 409].includes(error.status)) return null;
        throw error;
      }),
  });
}

/** Everything of the standard is read again after a change. */
export function useRefreshStandard() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: standardKeys.all });
}
