import { fileUrl, type PostInput, type PostList, type PostView } from '@ancha/contracts';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { postChecklistItems, posts, users } from '../../db/schema/index.ts';
import { type Actor, requireAccess } from '../../lib/access.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { Deps, RequestMeta } from '../../lib/context.ts';
import { conflict, fieldError, notFound } from '../../lib/errors.ts';
import { newId } from '../../lib/ids.ts';
import { NO_ID } from '../../lib/paging.ts';
import { isUniqueViolation } from '../catalogs/catalog-edits.service.ts';
import * as repo from './organisation.repository.ts';

type Row = typeof posts.$inferSelect;

/** The posts of an enterprise as the 岗位管理 table shows them: holders and checklist size included. */
export async function postViews(db: DbOrTx, enterpriseId: string, ids?: string[]): Promise<PostView[]> {
  const rows = await repo.postsOf(db, enterpriseId, ids);
  const holders = await repo.holdersOf(db, enterpriseId);
  const counts = new Map((await repo.itemCounts(db, enterpriseId)).map((c) => [c.postId, Number(c.n)]));
  return rows.map(({ post, departmentName, fileName, fileMime }) => ({
    id: post.id,
    departmentId: post.departmentId,
    departmentName,
    name: post.name,
    frequency: post.frequency,
    responsibility: post.responsibilityFileId
      ? {
          id: post.responsibilityFileId,
          name: fileName ?? '',
          mime: fileMime ?? '',
          url: fileUrl(post.responsibilityFileId),
        }
      : null,
    holders: holders
      .filter((h) => h.postId === post.id)
      .map((h) => ({ id: h.id, username: h.username, displayName: h.displayName })),
    itemCount: counts.get(post.id) ?? 0,
  }));
}

/** A write to one post of the caller's enterprise, with its audit entry, in one transaction. */
export async function writePost(
  deps: Deps,
  actor: Actor,
  meta: RequestMeta,
  action: string,
  postId: string,
  work: (tx: DbOrTx) => Promise<{ before: unknown; after: unknown }>,
): Promise<PostView> {
  const db = deps.database.db;
  const enterpriseId = actor.enterpriseId ?? NO_ID;
  try {
    await db.transaction(async (tx) => {
      const { before, after } = await work(tx);
      await recordAudit(tx, { ...meta, actor }, deps.now(), {
        action,
        entityType: 'post',
        entityId: postId,
        enterpriseId,
        before,
        after,
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw fieldError('name', '岗位名称已存在，请换一个名称');
    throw error;
  }
  return (await postViews(db, enterpriseId, [postId]))[0]!;
}

export function createPostsService(deps: Deps) {
  const { database, now } = deps;
  const db = database.db;

  async function checkDepartment(enterpriseId: string, departmentId: string) {
    if (!(await repo.findDepartment(db, enterpriseId, departmentId)))
      throw fieldError('departmentId', '所属部门不存在');
  }

  async function ownPost(actor: Actor, id: string): Promise<Row> {
    const post = await repo.findPost(db, actor.enterpriseId ?? NO_ID, id);
    if (!post) throw notFound('岗位');
    return post;
  }

  return {
    async list(caller: Actor | null): Promise<PostList> {
      const actor = requireAccess(caller, 'org.read');
      return { items: await postViews(db, actor.enterpriseId ?? NO_ID) };
    },

    async create(caller: Actor | null, input: PostInput, meta: RequestMeta): Promise<PostView> {
      const actor = requireAccess(caller, 'org.manage');
      const enterpriseId = actor.enterpriseId ?? NO_ID;
      await checkDepartment(enterpriseId, input.departmentId);
      const at = now();
      const values = { id: newId(), enterpriseId, ...input, createdAt: at, updatedAt: at };
      return writePost(deps, actor, meta, 'post.created', values.id, async (tx) => {
        await tx.insert(posts).values(values);
        return { before: null, after: values };
      });
    },

    async update(caller: Actor | null, id: string, input: PostInput, meta: RequestMeta): Promise<PostView> {
      const actor = requireAccess(caller, 'org.manage');
      const before = await ownPost(actor, id);
      await checkDepartment(before.enterpriseId, input.departmentId);
      const after = { ...before, ...input, updatedAt: now() };
      return writePost(deps, actor, meta, 'post.updated', id, async (tx) => {
        await tx.update(posts).set(after).where(eq(posts.id, id));
        return { before, after };
      });
    },

    /**
     * Only an unused post goes: one with holders is someone's work, and one inspected under is
     * history the records point to. Its checklist goes with it.
     */
    async remove(caller: Actor | null, id: string, meta: RequestMeta): Promise<void> {
      const actor = requireAccess(caller, 'org.manage');
      const before = await ownPost(actor, id);
      await db.transaction(async (tx) => {
        await tx.select({ id: posts.id }).from(posts).where(eq(posts.id, id)).for('update');
        const [holder] = await tx.select({ id: users.id }).from(users).where(eq(users.postId, id)).limit(1);
        if (holder) throw conflict(`岗位“${before.name}”还有岗位用户，请先取消其岗位用户`);
        if ((await repo.inspectionsOfPost(tx, id)) > 0)
          throw conflict(`岗位“${before.name}”已有排查记录，不能删除`);
        const items = await tx
          .delete(postChecklistItems)
          .where(eq(postChecklistItems.postId, id))
          .returning({ no: postChecklistItems.itemNo });
        await tx.delete(posts).where(eq(posts.id, id));
        await recordAudit(tx, { ...meta, actor }, now(), {
          action: 'post.deleted',
          entityType: 'post',
          entityId: id,
          enterpriseId: before.enterpriseId,
          before: { ...before, items: items.map((i) => i.no) },
        });
      });
    },
  };
}

export type PostsService = ReturnType<typeof createPostsService>;
