import type { DepartmentInput, DepartmentList, DepartmentView } from '@ancha/contracts';
import { eq } from 'drizzle-orm';
import { departments, posts } from '../../db/schema/index.ts';
import { type Actor, requireAccess } from '../../lib/access.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { Deps, RequestMeta } from '../../lib/context.ts';
import { conflict, fieldError, notFound } from '../../lib/errors.ts';
import { newId } from '../../lib/ids.ts';
import { NO_ID } from '../../lib/paging.ts';
import { isUniqueViolation } from '../catalogs/catalog-edits.service.ts';
import * as repo from './organisation.repository.ts';

type Row = typeof departments.$inferSelect;

/** Depth-first, each parent before its children, siblings in their stored order. */
function treeOrder(rows: Row[], postCounts: Map<string, number>): DepartmentView[] {
  const ids = new Set(rows.map((r) => r.id));
  const children = new Map<string | null, Row[]>();
  for (const r of rows) {
    // A parent that is gone (it cannot be, deletes refuse it) would hide the child: show it at the top.
    const parent = r.parentId && ids.has(r.parentId) ? r.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), r]);
  }
  const out: DepartmentView[] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const r of children.get(parent) ?? []) {
      out.push({
        id: r.id,
        parentId: r.parentId,
        name: r.name,
        depth,
        postCount: postCounts.get(r.id) ?? 0,
        childCount: children.get(r.id)?.length ?? 0,
      });
      walk(r.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

export function createDepartmentsService({ database, now }: Deps) {
  const db = database.db;

  async function view(enterpriseId: string): Promise<DepartmentList> {
    const rows = await repo.departmentsOf(db, enterpriseId);
    const postRows = await db
      .select({ departmentId: posts.departmentId })
      .from(posts)
      .where(eq(posts.enterpriseId, enterpriseId));
    const counts = new Map<string, number>();
    for (const p of postRows) counts.set(p.departmentId, (counts.get(p.departmentId) ?? 0) + 1);
    return { items: treeOrder(rows, counts) };
  }

  /** The parent must be the enterprise's, and a department cannot go under itself or its own subtree. */
  async function checkParent(enterpriseId: string, id: string, parentId: string | null) {
    if (!parentId) return;
    const rows = await repo.departmentsOf(db, enterpriseId);
    const byId = new Map(rows.map((r) => [r.id, r]));
    if (!byId.has(parentId)) throw fieldError('parentId', '上级部门不存在');
    for (let at: string | null = parentId; at; at = byId.get(at)?.parentId ?? null) {
      if (at === id) throw fieldError('parentId', '不能移到本部门或其下级部门之下');
    }
  }

  async function save(actor: Actor, values: Row, before: Row | null, meta: RequestMeta) {
    try {
      await db.transaction(async (tx) => {
        if (before) await tx.update(departments).set(values).where(eq(departments.id, values.id));
        else await tx.insert(departments).values(values);
        await recordAudit(tx, { ...meta, actor }, now(), {
          action: before ? 'department.updated' : 'department.created',
          entityType: 'department',
          entityId: values.id,
          enterpriseId: values.enterpriseId,
          before,
          after: values,
        });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw fieldError('name', `部门“${values.name}”已存在`);
      throw error;
    }
    return (await view(values.enterpriseId)).items.find((d) => d.id === values.id)!;
  }

  return {
    async list(caller: Actor | null): Promise<DepartmentList> {
      const actor = requireAccess(caller, 'org.read');
      return view(actor.enterpriseId ?? NO_ID);
    },

    async create(caller: Actor | null, input: DepartmentInput, meta: RequestMeta) {
      const actor = requireAccess(caller, 'org.manage');
      const enterpriseId = actor.enterpriseId ?? NO_ID;
      const id = newId();
      await checkParent(enterpriseId, id, input.parentId);
      const values = {
        id,
        enterpriseId,
        parentId: input.parentId,
        name: input.name,
        sort: 0,
        createdAt: now(),
      };
      return save(actor, values, null, meta);
    },

    /** 重命名 or 移动: a new name, a new parent, or both. */
    async update(caller: Actor | null, id: string, input: DepartmentInput, meta: RequestMeta) {
      const actor = requireAccess(caller, 'org.manage');
      const before = await repo.findDepartment(db, actor.enterpriseId ?? NO_ID, id);
      if (!before) throw notFound('部门');
      await checkParent(before.enterpriseId, id, input.parentId);
      return save(actor, { ...before, name: input.name, parentId: input.parentId }, before, meta);
    },

    /** Only an empty department goes: its posts and sub-departments would otherwise lose their place. */
    async remove(caller: Actor | null, id: string, meta: RequestMeta): Promise<void> {
      const actor = requireAccess(caller, 'org.manage');
      const enterpriseId = actor.enterpriseId ?? NO_ID;
      await db.transaction(async (tx) => {
        const [before] = await tx.select().from(departments).where(eq(departments.id, id)).for('update');
        if (!before || before.enterpriseId !== enterpriseId) throw notFound('部门');
        const [child] = await tx.select().from(departments).where(eq(departments.parentId, id)).limit(1);
        if (child) throw conflict(`部门“${before.name}”下还有下级部门，请先删除或移走下级部门`);
        const [post] = await tx.select().from(posts).where(eq(posts.departmentId, id)).limit(1);
        if (post) throw conflict(`部门“${before.name}”下还有岗位，请先删除或移走岗位`);
        await tx.delete(departments).where(eq(departments.id, id));
        await recordAudit(tx, { ...meta, actor }, now(), {
          action: 'department.deleted',
          entityType: 'department',
          entityId: id,
          enterpriseId,
          before,
        });
      });
    },
  };
}

export type DepartmentsService = ReturnType<typeof createDepartmentsService>;
