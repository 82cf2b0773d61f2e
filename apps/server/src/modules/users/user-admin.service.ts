import type { PasswordResetResult, SetPermissionsBody, UpdateUserBody, UserSummary } from '@ancha/contracts';
import type { Tx } from '../../db/client.ts';
import { type Actor, requireAccess } from '../../lib/access.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { Deps, RequestMeta } from '../../lib/context.ts';
import { conflict, fieldError, notFound } from '../../lib/errors.ts';
import { NO_ID } from '../../lib/paging.ts';
import { hashPassword } from '../../lib/passwords.ts';
import { temporaryPassword } from './temporary-password.ts';
import * as repo from './users.repository.ts';
import { toSummary } from './users.service.ts';

type UserRow = NonNullable<Awaited<ReturnType<typeof repo.lockEnterpriseUser>>>;

/**
 * 用户管理 (E10): the enterprise admin edits, disables, enables, resets and grants its own
 * enterprise's users. Each change locks the user's row and is audited in its transaction; a user
 * of another enterprise, or no enterprise, reads as absent.
 */
export function createUserAdminService({ database, now }: Deps) {
  const db = database.db;

  async function change(
    caller: Actor | null,
    id: string,
    meta: RequestMeta,
    apply: (tx: Tx, user: UserRow, actor: Actor, at: Date) => Promise<{ action: string; changed: boolean }>,
  ): Promise<UserSummary> {
    const actor = requireAccess(caller, 'user.manage');
    const at = now();
    return db.transaction(async (tx) => {
      const user = await repo.lockEnterpriseUser(tx, actor.enterpriseId ?? NO_ID, id);
      if (!user) throw notFound('用户');
      const before = toSummary((await repo.findSummary(tx, id))!);
      const { action, changed } = await apply(tx, user, actor, at);
      const after = toSummary((await repo.findSummary(tx, id))!);
      if (changed) {
        await recordAudit(tx, meta, at, {
          action,
          entityType: 'user',
          entityId: id,
          enterpriseId: user.enterpriseId,
          before,
          after,
        });
      }
      return after;
    });
  }

  /** The enterprise role to assign: one of the caller's enterprise, else absent. */
  async function ownRole(tx: Tx, actor: Actor, roleId: string) {
    if (!(await repo.findRole(tx, actor.enterpriseId ?? NO_ID, roleId))) throw notFound('角色');
    return roleId;
  }

  return {
    async update(caller: Actor | null, id: string, body: UpdateUserBody, meta: RequestMeta) {
      return change(caller, id, meta, async (tx, user, actor, at) => {
        const role = body.role ?? user.role;
        // An admin who demoted itself could lock the enterprise out of its own user management.
        if (user.id === actor.id && role !== 'ent_admin') throw conflict('不能降低自己账号的权限');
        let enterpriseRoleId =
          body.enterpriseRoleId === undefined ? user.enterpriseRoleId : body.enterpriseRoleId;
        if (enterpriseRoleId && role === 'ent_admin') {
          if (body.enterpriseRoleId)
            throw fieldError('enterpriseRoleId', '企业管理员拥有全部权限，不能分配角色');
          enterpriseRoleId = null;
        }
        if (enterpriseRoleId && enterpriseRoleId !== user.enterpriseRoleId)
          await ownRole(tx, actor, enterpriseRoleId);
        const patch = {
          displayName: body.displayName ?? user.displayName,
          phone: body.phone === undefined ? user.phone : body.phone,
          role,
          enterpriseRoleId,
        };
        const changed =
          patch.displayName !== user.displayName ||
          patch.phone !== user.phone ||
          patch.role !== user.role ||
          patch.enterpriseRoleId !== user.enterpriseRoleId;
        if (changed) await repo.updateUser(tx, id, { ...patch, updatedAt: at });
        return { action: 'user.updated', changed };
      });
    },

    /** 停用: sign-in is refused and every session of the user ends at once. */
    async disable(caller: Actor | null, id: string, meta: RequestMeta) {
      return change(caller, id, meta, async (tx, user, actor, at) => {
        if (user.id === actor.id) throw conflict('不能停用自己的账号');
        await repo.endSessions(tx, id);
        if (!user.disabled) await repo.updateUser(tx, id, { disabled: true, updatedAt: at });
        return { action: 'user.disabled', changed: !user.disabled };
      });
    },

    async enable(caller: Actor | null, id: string, meta: RequestMeta) {
      return change(caller, id, meta, async (tx, user, _actor, at) => {
        if (user.disabled) await repo.updateUser(tx, id, { disabled: false, updatedAt: at });
        return { action: 'user.enabled', changed: user.disabled };
      });
    },

    /**
     * 重置密码 (seed 004, question 11): a strong temporary password, returned once and never
     * stored or audited in clear; the user must set its own at the next sign-in, and whoever is
     * signed in with the account now is signed out.
     */
    async resetPassword(caller: Actor | null, id: string, meta: RequestMeta): Promise<PasswordResetResult> {
      const password = temporaryPassword();
      const passwordHash = await hashPassword(password);
      await change(caller, id, meta, async (tx, user, actor, at) => {
        if (user.id === actor.id) throw conflict('请通过“修改密码”修改自己的密码');
        await repo.updateUser(tx, id, { passwordHash, mustChangePassword: true, updatedAt: at });
        await repo.endSessions(tx, id);
        return { action: 'user.password_reset', changed: true };
      });
      return { temporaryPassword: password };
    },

    /** 用户授权: the user's own permissions, on top of its role's (or the default ones). */
    async setPermissions(caller: Actor | null, id: string, body: SetPermissionsBody, meta: RequestMeta) {
      return change(caller, id, meta, async (tx, user, _actor, at) => {
        if (user.role !== 'ent_inspector')
          throw fieldError('permissions', '企业管理员拥有全部权限，无需授权');
        const permissions = [...new Set(body.permissions)].sort();
        const changed = permissions.join() !== [...user.permissions].sort().join();
        if (changed) await repo.updateUser(tx, id, { permissions, updatedAt: at });
        return { action: 'user.permissions_set', changed };
      });
    },
  };
}

export type UserAdminService = ReturnType<typeof createUserAdminService>;
