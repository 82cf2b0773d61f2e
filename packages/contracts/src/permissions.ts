import { z } from 'zod';
import { Id } from './common.ts';

/**
 * The pages and actions an enterprise can grant (E10; seed 004, questions 10 and 12): 角色授权 gives
 * a role some of them and the role to users, 用户授权 gives them to one user on top of the role's.
 * User and role management themselves are not here: they stay the enterprise admin's, so nobody
 * can grant themselves more. The server maps each key to its policy actions (lib/access.ts).
 */
export const permissionGroups = [
  {
    label: '隐患排查',
    permissions: [
      { key: 'inspection.fill', label: '隐患排查（填报自查）' },
      { key: 'record.read', label: '自查记录' },
      { key: 'inspection.report', label: '上报' },
    ],
  },
  {
    label: '隐患治理',
    permissions: [
      { key: 'hazard.read', label: '隐患记录' },
      { key: 'hazard.rectify', label: '隐患整改（去处置）' },
      { key: 'hazard.accept', label: '隐患验收' },
    ],
  },
  {
    label: '场所',
    permissions: [
      { key: 'site.manage', label: '场所管理' },
      { key: 'site.add_own', label: '新增场所' },
      { key: 'site.choose_catalogs', label: '选择检查内容' },
    ],
  },
  {
    label: '企业信息',
    permissions: [{ key: 'enterprise.profile.edit', label: '企业信息（修改）' }],
  },
] as const;

export type PermissionKey = (typeof permissionGroups)[number]['permissions'][number]['key'];

export const permissionKeys: readonly PermissionKey[] = permissionGroups.flatMap((g) =>
  g.permissions.map((p) => p.key),
);

export const permissionLabels = Object.fromEntries(
  permissionGroups.flatMap((g) => g.permissions.map((p) => [p.key, p.label])),
) as Record<PermissionKey, string>;

/**
 * What an inspector holds without an enterprise role: the server derives it from its policy
 * (lib/access.ts) and a test keeps this copy, shown by the console's 用户授权, equal to it.
 */
export const defaultInspectorPermissions: readonly PermissionKey[] = [
  'inspection.fill',
  'record.read',
  'hazard.read',
  'hazard.rectify',
  'site.add_own',
  'site.choose_catalogs',
];

export function isPermissionKey(value: string): value is PermissionKey {
  return (permissionKeys as readonly string[]).includes(value);
}

/** A set of keys from the catalogue; an unknown key is named in the error (the server drops duplicates). */
export const PermissionList = z
  .array(z.string({ error: '权限应为文字' }).max(64), { error: '权限应为列表' })
  .max(permissionKeys.length * 2, { error: '权限过多' })
  .superRefine((keys, ctx) => {
    const unknown = keys.filter((k) => !isPermissionKey(k));
    if (unknown.length > 0) ctx.addIssue({ code: 'custom', message: `未知的权限：${unknown.join('、')}` });
  });

export const SetPermissionsBody = z.object({ permissions: PermissionList });
export type SetPermissionsBody = z.infer<typeof SetPermissionsBody>;

// 角色管理: an enterprise's roles, each a named set of permissions.

export const RoleName = z
  .string({ error: '请输入角色名称' })
  .trim()
  .min(1, { error: '请输入角色名称' })
  .max(30, { error: '角色名称不能超过 30 个字符' });

export const EnterpriseRoleInput = z.object({ name: RoleName, permissions: PermissionList });
export type EnterpriseRoleInput = z.infer<typeof EnterpriseRoleInput>;

export const EnterpriseRoleView = z.object({
  id: Id,
  name: z.string(),
  permissions: z.array(z.string()),
  /** How many users hold the role: a held role cannot be deleted. */
  userCount: z.number().int(),
});
export type EnterpriseRoleView = z.infer<typeof EnterpriseRoleView>;

export const EnterpriseRoleList = z.object({ items: z.array(EnterpriseRoleView) });
export type EnterpriseRoleList = z.infer<typeof EnterpriseRoleList>;
