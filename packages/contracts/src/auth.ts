import { z } from 'zod';
import { Id, Timestamp } from './common.ts';

export const roles = [
  'admin',
  'gov_city',
  'gov_district',
  'gov_street',
  'gov_industry',
  'ent_admin',
  'ent_inspector',
] as const;
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;

export const governmentRoles: readonly Role[] = ['gov_city', 'gov_district', 'gov_street', 'gov_industry'];
export const enterpriseRoles: readonly Role[] = ['ent_admin', 'ent_inspector'];

/** Which client a role works in: inspectors on the phone pages, everyone else in the console. */
export function homeOf(role: Role): 'mobile' | 'console' {
  return role === 'ent_inspector' ? 'mobile' : 'console';
}

export const Username = z
  .string({ error: '请输入用户名' })
  .trim()
  .min(1, { error: '请输入用户名' })
  .max(64, { error: '用户名不能超过 64 个字符' });

export const SignInBody = z.object({
  username: Username,
  password: z
    .string({ error: '请输入密码' })
    .min(1, { error: '请输入密码' })
    .max(128, { error: '密码不能超过 128 个字符' }),
});
export type SignInBody = z.infer<typeof SignInBody>;

/**
 * The password rule: 8 to 64 characters with at least three of upper case, lower case, digits and
 * symbols, the usual rule of Chinese government systems (等保 2.0 identity authentication).
 */
export function passwordProblem(password: string): string | null {
  if (password.length < 8) return '密码至少 8 位';
  if (password.length > 64) return '密码不能超过 64 位';
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3) return '密码须包含大写字母、小写字母、数字、符号中的至少三种';
  return null;
}

export const NewPassword = z.string({ error: '请输入新密码' }).superRefine((value, ctx) => {
  const problem = passwordProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

export const ChangePasswordBody = z.object({
  currentPassword: z.string({ error: '请输入原密码' }).min(1, { error: '请输入原密码' }).max(128),
  newPassword: NewPassword,
});
export type ChangePasswordBody = z.infer<typeof ChangePasswordBody>;

export const Scope = z.object({
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  industries: z.array(z.string()),
  enterpriseId: Id.nullable(),
  enterpriseName: z.string().nullable(),
});

export const Me = z.object({
  id: Id,
  username: z.string(),
  displayName: z.string(),
  role: Role,
  scope: Scope,
  mustChangePassword: z.boolean(),
  disclaimerAcceptedAt: Timestamp.nullable(),
  isDemo: z.boolean(),
  /**
   * Enterprise users' effective permissions (E10: the role's, or the default ones, plus the
   * user's own; everything for the enterprise admin), so the web hides what would be refused.
   */
  permissions: z.array(z.string()),
});
export type Me = z.infer<typeof Me>;

export const MeResponse = z.object({ user: Me });
export type MeResponse = z.infer<typeof MeResponse>;
