import { z } from 'zod';
import { passwordProblem, Role } from './auth.ts';
import { Id, ListQuery } from './common.ts';

export const CreateUserBody = z.object({
  username: z
    .string({ error: '请输入用户名' })
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{2,31}$/, {
      error: '用户名为 3 至 32 位字母、数字、点、下划线或连字符',
    }),
  displayName: z
    .string({ error: '请输入姓名' })
    .trim()
    .min(1, { error: '请输入姓名' })
    .max(50, { error: '姓名不能超过 50 个字符' }),
  role: Role,
  initialPassword: z.string({ error: '请输入初始密码' }).superRefine((value, ctx) => {
    const problem = passwordProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
  regionCode: z
    .string()
    .regex(/^(\d{6}|\d{9})$/, { error: '所属区域应为 6 位区县代码或 9 位街道代码' })
    .optional(),
  industries: z.array(z.string().min(1).max(64)).max(50).optional(),
  enterpriseId: Id.optional(),
  phone: z
    .string()
    .regex(/^1\d{10}$/, { error: '手机号应为 11 位数字' })
    .optional(),
  /** 角色授权: an enterprise role of the new user's enterprise (E10). */
  enterpriseRoleId: Id.optional(),
});
export type CreateUserBody = z.infer<typeof CreateUserBody>;

export const UserSummary = z.object({
  id: Id,
  username: z.string(),
  displayName: z.string(),
  role: Role,
  regionCode: z.string().nullable(),
  industries: z.array(z.string()),
  enterpriseId: Id.nullable(),
  mustChangePassword: z.boolean(),
  disabled: z.boolean(),
  phone: z.string().nullable(),
  /** 角色授权 and 用户授权 (E10): the enterprise role held, and the user's own permissions. */
  enterpriseRoleId: Id.nullable(),
  enterpriseRoleName: z.string().nullable(),
  permissions: z.array(z.string()),
  /** 岗位 (E9), read from the posts the enterprise set up. */
  postId: Id.nullable(),
  postName: z.string().nullable(),
});
export type UserSummary = z.infer<typeof UserSummary>;

export const UserListQuery = ListQuery.extend({ role: Role.optional() });
export type UserListQuery = z.infer<typeof UserListQuery>;

/** 用户管理 by the enterprise admin: the fields it may change; `null` clears phone or role. */
export const UpdateUserBody = z.object({
  displayName: CreateUserBody.shape.displayName.optional(),
  phone: z
    .string({ error: '手机号应为 11 位数字' })
    .regex(/^1\d{10}$/, { error: '手机号应为 11 位数字' })
    .nullable()
    .optional(),
  role: z.enum(['ent_admin', 'ent_inspector'], { error: '账号类型应为企业管理员或自查人' }).optional(),
  enterpriseRoleId: Id.nullable().optional(),
});
export type UpdateUserBody = z.infer<typeof UpdateUserBody>;

/** 重置密码: the temporary password, shown once to the admin; the user must replace it at sign-in. */
export const PasswordResetResult = z.object({ temporaryPassword: z.string() });
export type PasswordResetResult = z.infer<typeof PasswordResetResult>;
