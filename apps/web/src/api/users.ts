import type {
  CreateUserBody,
  EnterpriseRoleInput,
  EnterpriseRoleList,
  EnterpriseRoleView,
  PasswordResetResult,
  UpdateUserBody,
  UserSummary,
} from '@ancha/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';

// 用户管理 and 角色管理 (E10): the enterprise admin's users, their roles and permissions.

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export const usersApi = {
  // An enterprise has tens of users, not thousands: one page of the largest size holds them.
  list: (signal?: AbortSignal) => api<Page<UserSummary>>('/users?limit=100', { signal }),
  create: (body: CreateUserBody) => api<UserSummary>('/users', { method: 'POST', body }),
  update: (id: string, body: UpdateUserBody) => api<UserSummary>(`/users/${id}`, { method: 'PATCH', body }),
  disable: (id: string) => api<UserSummary>(`/users/${id}/disable`, { method: 'POST' }),
  enable: (id: string) => api<UserSummary>(`/users/${id}/enable`, { method: 'POST' }),
  resetPassword: (id: string) => api<PasswordResetResult>(`/users/${id}/password-reset`, { method: 'POST' }),
  setPermissions: (id: string, permissions: string[]) =>
    api<UserSummary>(`/users/${id}/permissions`, { method: 'PUT', body: { permissions } }),
};

export const rolesApi = {
  list: (signal?: AbortSignal) => api<EnterpriseRoleList>('/enterprise-roles', { signal }),
  create: (body: EnterpriseRoleInput) =>
    api<EnterpriseRoleView>('/enterprise-roles', { method: 'POST', body }),
  update: (id: string, body: EnterpriseRoleInput) =>
    api<EnterpriseRoleView>(`/enterprise-roles/${id}`, { method: 'PUT', body }),
  remove: (id: string) => api<void>(`/enterprise-roles/${id}`, { method: 'DELETE' }),
};

export const userKeys = {
  users: ['users', 'list'] as const,
  roles: ['users', 'roles'] as const,
};

export function useUsers() {
  return useQuery({ queryKey: userKeys.users, queryFn: ({ signal }) => usersApi.list(signal) });
}

export function useRoles() {
  return useQuery({ queryKey: userKeys.roles, queryFn: ({ signal }) => rolesApi.list(signal) });
}

/** After any change: users and roles are read again (a role's user count follows its users). */
export function useRefreshUsers() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['users'] });
}
