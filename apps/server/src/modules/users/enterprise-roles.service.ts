import type { EnterpriseRoleInput, EnterpriseRoleView } from '@ancha/contracts';
import type { DbOrTx } from '../../db/client.ts';
import { type Actor, requireAccess } from '../../lib/access.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { Deps, RequestMeta } from '../../lib/context.ts';
import { conflict, fieldError, notFound } from '../../lib/errors.ts';
import { newId } from '../../lib/ids.ts';
import { NO_ID } from '../../lib/paging.ts';
import * as repo from './users.repository.ts';

type RoleRow = NonNullable<Awaited<ReturnType<typeof repo.findRole>>>;

function view(row: RoleRow, userCount: number): EnterpriseRoleView {
  return { id: row.id, name: row.name, permissions: row.permissions, userCount };
}

/** The catalogue's keys once each, in a stable order, so equal sets compare and audit equal. */
const normalised = (keys: readonly string[]) => [...new Set(keys)].sort();

/**
 * 角色管理 (E10): an enterprise's roles, each a named set of permissions from the catalogue. Names
 * are unique in the enterprise (a race the check misses ends at the unique index: 409); a role
 * held by users cannot be deleted.
 */
export function createEnterpriseRolesService({ database, now }: Deps) {
  const db = database.db;
  const enterpriseOf = (actor: Actor) => actor.enterpriseId ?? NO_ID;

  async function nameFree(tx: DbOrTx, actor: Actor, name: string, except?: string) {
    if (await repo.roleNameTaken(tx, enterpriseOf(actor), name, except))
      throw fieldError('name', `角色名称“${name}”已存在`);
  }

  return {
    async list(caller: Actor | null): Promise<{ items: EnterpriseRoleView[] }> {
      const actor = requireAccess(caller, 'role.manage');
      const rows = await repo.listRoles(db, enterpriseOf(actor));
      const holders = await repo.roleHolders(
        db,
        rows.map((r) => r.id),
      );
      return { items: rows.map((r) => view(r, holders.get(r.id) ?? 0)) };
    },

    async create(caller: Actor | null, body: EnterpriseRoleInput, meta: RequestMeta) {
      const actor = requireAccess(caller, 'role.manage');
      await nameFree(db, actor, body.name);
      const at = now();
      return db.transaction(async (tx) => {
        const id = newId();
        await repo.insertRole(tx, {
          id,
          enterpriseId: enterpriseOf(actor),
          name: body.name,
          permissions: normalised(body.permissions),
          createdAt: at,
          updatedAt: at,
        });
        const created = view((await repo.findRole(tx, enterpriseOf(actor), id))!, 0);
        await recordAudit(tx, meta, at, {
          action: 'enterprise_role.created',
          entityType: 'enterprise_role',
          entityId: id,
          enterpriseId: actor.enterpriseId,
          after: created,
        });
        return created;
      });
    },

    /** A changed role changes at once what its users may do: permissions are read per request. */
    async update(caller: Actor | null, id: string, body: EnterpriseRoleInput, meta: RequestMeta) {
      const actor = requireAccess(caller, 'role.manage');
      const at = now();
      return db.transaction(async (tx) => {
        const row = await repo.findRole(tx, enterpriseOf(actor), id, 'update');
        if (!row) throw notFound('角色');
        await nameFree(tx, actor, body.name, id);
        const permissions = normalised(body.permissions);
        await repo.updateRole(tx, id, { name: body.name, permissions, updatedAt: at });
        const count = (await repo.roleHolders(tx, [id])).get(id) ?? 0;
        const updated = view({ ...row, name: body.name, permissions }, count);
        await recordAudit(tx, meta, at, {
          action: 'enterprise_role.updated',
          entityType: 'enterprise_role',
          entityId: id,
          enterpriseId: actor.enterpriseId,
          before: view(row, count),
          after: updated,
        });
        return updated;
      });
    },

    async remove(caller: Actor | null, id: string, meta: RequestMeta) {
      const actor = requireAccess(caller, 'role.manage');
      const at = now();
      await db.transaction(async (tx) => {
        const row = await repo.findRole(tx, enterpriseOf(actor), id, 'update');
        if (!row) throw notFound('角色');
        const count = (await repo.roleHolders(tx, [id])).get(id) ?? 0;
        if (count > 0) throw conflict(`该角色仍有 ${count} 个用户，请先为他们更换角色`);
        await repo.deleteRole(tx, id);
        await recordAudit(tx, meta, at, {
          action: 'enterprise_role.deleted',
          entityType: 'enterprise_role',
          entityId: id,
          enterpriseId: actor.enterpriseId,
          before: view(row, 0),
        });
      });
    },
  };
}

export type EnterpriseRolesService = ReturnType<typeof createEnterpriseRolesService>;
