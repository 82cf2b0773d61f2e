import type {
  DepartmentInput,
  DepartmentList,
  DepartmentView,
  OrgCompleteness,
  PostImportResult,
  PostInput,
  PostList,
  PostView,
} from '@ancha/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiUrl } from './client.ts';

// 部门管理、岗位管理、导入岗位清单 and the 信息完备率 (E9).

export const organisationApi = {
  departments: (signal?: AbortSignal) => api<DepartmentList>('/departments', { signal }),
  createDepartment: (body: DepartmentInput) => api<DepartmentView>('/departments', { method: 'POST', body }),
  updateDepartment: (id: string, body: DepartmentInput) =>
    api<DepartmentView>(`/departments/${id}`, { method: 'PUT', body }),
  deleteDepartment: (id: string) => api<void>(`/departments/${id}`, { method: 'DELETE' }),
  posts: (signal?: AbortSignal) => api<PostList>('/posts', { signal }),
  createPost: (body: PostInput) => api<PostView>('/posts', { method: 'POST', body }),
  updatePost: (id: string, body: PostInput) => api<PostView>(`/posts/${id}`, { method: 'PUT', body }),
  deletePost: (id: string) => api<void>(`/posts/${id}`, { method: 'DELETE' }),
  setHolders: (id: string, userIds: string[]) =>
    api<PostView>(`/posts/${id}/holders`, { method: 'PUT', body: { userIds } }),
  setResponsibility: (id: string, fileId: string) =>
    api<PostView>(`/posts/${id}/responsibility`, { method: 'PUT', body: { fileId } }),
  importSheet: (file: File) => {
    const body = new FormData();
    body.append('file', file);
    return api<PostImportResult>('/posts/import', { method: 'POST', body });
  },
  templateUrl: apiUrl('/posts/import-template.xlsx'),
  completeness: (enterpriseId: string, signal?: AbortSignal) =>
    api<OrgCompleteness>(`/enterprises/${enterpriseId}/completeness`, { signal }),
};

export const organisationKeys = {
  all: ['organisation'] as const,
  departments: ['organisation', 'departments'] as const,
  posts: ['organisation', 'posts'] as const,
  completeness: (id: string) => ['organisation', 'completeness', id] as const,
};

export function useDepartments() {
  return useQuery({
    queryKey: organisationKeys.departments,
    queryFn: ({ signal }) => organisationApi.departments(signal),
  });
}

export function usePosts() {
  return useQuery({
    queryKey: organisationKeys.posts,
    queryFn: ({ signal }) => organisationApi.posts(signal),
  });
}

export function useCompleteness(enterpriseId: string | null) {
  return useQuery({
    queryKey: organisationKeys.completeness(enterpriseId ?? ''),
    queryFn: ({ signal }) => organisationApi.completeness(enterpriseId!, signal),
    enabled: enterpriseId !== null,
  });
}

/** After any change: departments, posts and the rate are read again. */
export function useRefreshOrganisation() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: organisationKeys.all });
}
