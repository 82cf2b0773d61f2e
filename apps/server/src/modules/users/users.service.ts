import {
  type CreateUserBody,
  enterpriseRoles,
  governmentRoles,
  type UserListQuery,
  type UserSummary,
} from '@ancha/contracts';
import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { users } from '../../db/schema/index.ts';
import { type Actor, CITY_CODE, requireAccess, requireEnterpriseInScope } from '../../lib/access.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { Deps, RequestMeta } from '../../lib/context.ts';
import { fieldError, forbidden, notFound } from '../../lib/errors.ts';
import { newId } from '../../lib/ids.ts';
import { NO_ID } from '../../lib/paging.ts';
import { hashPassword } from '../../lib/passwords.ts';
import * as repo from './users.repository.ts';

/** Picks the fields an account list may show, one by one, so a new column never leaks. */
export function toSummary({ user: u, roleName, postName }: repo.SummaryRow): UserSummary {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    regionCode: u.regionCode,
    industries: u.industries,
    enterpriseId: u.enterpriseId,
    mustChangePassword: u.mustChangePassword,
    disabled: u.disabled,
    phone: u.phone,
    enterpriseRoleId: u.enterpriseRoleId,
    enterpriseRoleName: roleName,
    permissions: u.permissions,
    postId: u.postId,
    postName,
  };
}

export function createUsersService({ database, now }: Deps) {
  const db = database.db;

  /** Checks the scope fields a role needs, and that an enterprise admin stays inside its own. */
  async function scopeFor(actor: Actor, body: CreateUserBody) {
    if (actor.role === 'ent_admin') {
      if (body.role !== 'ent_inspector') throw forbidden('企业管理员只能创建自查人账号');
      if (body.enterpriseId && body.enterpriseId !== actor.enterpriseId) throw notFound('企业');
      return { regionCode: null, industries: [], enterpriseId: actor.enterpriseId };
    }
    if (governmentRoles.includes(body.role)) {
      const code = body.role === 'gov_city' ? CITY_CODE : body.regionCode;
      if (!code) throw fieldError('regionCode', '监管账号须指定所属区域');
      if (code !== CITY_CODE && !(await repo.findRegion(db, code)))
        throw fieldError('regionCode', '所属区域不存在');
      if (body.role === 'gov_district' && code.length !== 6)
        throw fieldError('regionCode', '区级账号须指定区县');
      if (body.role === 'gov_street' && code.length !== 9)
        throw fieldError('regionCode', '街乡账号须指定街道（乡镇）');
      const industries = body.industries ?? [];
      if (body.role === 'gov_industry' && industries.length === 0)
        throw fieldError('industries', '行业部门账号须指定行业');
      return {
        regionCode: code,
        industries: body.role === 'gov_industry' ? industries : [],
        enterpriseId: null,
      };
    }
    if (enterpriseRoles.includes(body.role)) {
      if (!body.enterpriseId) throw fieldError('enterpriseId', '企业账号须指定所属企业');
      const enterprise = requireEnterpriseInScope(
        actor,
        await repo.findEnterpriseScope(db, body.enterpriseId),
      );
      return { regionCode: null, industries: [], enterpriseId: enterprise.id };
    }
    return { regionCode: null, industries: [], enterpriseId: null };
  }

  /** 角色授权 at creation: a role of the new inspector's own enterprise, or 404 like any foreign id. */
  async function roleFor(tx: Tx, body: CreateUserBody, enterpriseId: string | null) {
    if (!body.enterpriseRoleId) return null;
    if (body.role !== 'ent_inspector') throw fieldError('enterpriseRoleId', '只有自查人账号可以分配角色');
    if (!enterpriseId || !(await repo.findRole(tx, enterpriseId, body.enterpriseRoleId)))
      throw notFound('角色');
    return body.enterpriseRoleId;
  }

  return {
    /** Accounts the caller manages: the platform admin all, an enterprise admin its own enterprise's. */
    async list(caller: Actor | null, q: UserListQuery) {
      const actor = requireAccess(caller, 'user.list');
      if (q.cursor !== undefined && !/^[0-9a-f-]{36}$/i.test(q.cursor))
        throw fieldError('cursor', '分页游标无效');
      const scope = actor.role === 'admin' ? undefined : eq(users.enterpriseId, actor.enterpriseId ?? NO_ID);
      const rows = await repo.listUsers(db, { scope, role: q.role, after: q.cursor, limit: q.limit + 1 });
      const page = rows.slice(0, q.limit);
      return { items: page.map(toSummary), nextCursor: rows.length > q.limit ? page.at(-1)!.user.id : null };
    },

    /** A new account always starts with a password its owner must replace at first sign-in (E1). */
    async create(caller: Actor | null, body: CreateUserBody, meta: RequestMeta): Promise<UserSummary> {
      const actor = requireAccess(caller, 'user.create');
      const scope = await scopeFor(actor, body);
      if (await repo.usernameTaken(db, body.username)) throw fieldError('username', '用户名已被使用');
      const at = now();
      const passwordHash = await hashPassword(body.initialPassword);
      const created = await db.transaction(async (tx) => {
        const enterpriseRoleId = await roleFor(tx, body, scope.enterpriseId);
        const row = await repo.insertUser(tx, {
          id: newId(),
          username: body.username,
          displayName: body.displayName,
          role: body.role,
          passwordHash,
          mustChangePassword: true,
          ...scope,
          phone: body.phone ?? null,
          enterpriseRoleId,
          createdAt: at,
          updatedAt: at,
        });
        const summary = toSummary((await repo.findSummary(tx, row.id))!);
        await recordAudit(tx, meta, at, {
          action: 'user.created',
          entityType: 'user',
          entityId: row.id,
          enterpriseId: row.enterpriseId,
          regionCode: row.regionCode,
          after: summary,
        });
        return summary;
      });
      return created;
    },
  };
}

export type UsersService = ReturnType<typeof createUsersService>;
