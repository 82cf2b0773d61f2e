import type { PostChecklist, PostChecklistInput } from '@ancha/contracts';
import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { postChecklistItems, posts } from '../../db/schema/index.ts';
import { type Actor, requireAccess } from '../../lib/access.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { Deps, RequestMeta } from '../../lib/context.ts';
import { AppError, conflict, notFound } from '../../lib/errors.ts';
import * as repo from './standards.repository.ts';

/** A post of the caller's own enterprise; another enterprise's reads as absent. */
export async function ownPost(db: DbOrTx, actor: Actor, postId: string) {
  const post = await db.query.posts.findFirst({
    where: and(eq(posts.id, postId), eq(posts.enterpriseId, actor.enterpriseId ?? postId)),
  });
  if (!post || !actor.enterpriseId) throw notFound('岗位');
  return post;
}

export async function checklistNos(db: DbOrTx, postId: string): Promise<string[]> {
  const rows = await db
    .select({ no: postChecklistItems.itemNo })
    .from(postChecklistItems)
    .where(eq(postChecklistItems.postId, postId))
    .orderBy(asc(postChecklistItems.itemNo));
  return rows.map((r) => r.no);
}

/** The enterprise standard's latest published version, which post checklists are drawn from. */
export async function latestStandard(db: DbOrTx, enterpriseId: string) {
  const catalog = await repo.findStandard(db, enterpriseId);
  const version = catalog && (await repo.publishedVersion(db, catalog.id));
  return catalog && version ? { catalog, version } : undefined;
}

/**
 * 一岗一清单 (E9): the item numbers of the enterprise standard a post inspects. Numbers stay the
 * same from one version to the next, so a checklist survives a new publication; each number
 * must exist in the latest published version when the checklist is set.
 */
export function createPostChecklistsService({ database, now }: Deps) {
  const db = database.db;

  async function read(actor: Actor, postId: string): Promise<PostChecklist> {
    const post = await ownPost(db, actor, postId);
    const latest = await latestStandard(db, post.enterpriseId);
    return { postId, itemNos: await checklistNos(db, postId), version: latest?.version.version ?? null };
  }

  return {
    async get(caller: Actor | null, postId: string): Promise<PostChecklist> {
      return read(requireAccess(caller, 'standard.read'), postId);
    },

    async put(caller: Actor | null, postId: string, input: PostChecklistInput, meta: RequestMeta) {
      const actor = requireAccess(caller, 'standard.edit');
      const post = await ownPost(db, actor, postId);
      const latest = await latestStandard(db, post.enterpriseId);
      if (!latest) throw conflict('企业标准尚未发布：请先制定并发布企业标准，再编制岗位清单');
      const known = new Set((await repo.itemRows(db, latest.version.id)).map((i) => i.no));
      const bad = input.itemNos.flatMap((no, i) =>
        known.has(no)
          ? []
          : [{ path: `itemNos.${i}`, message: `检查项 ${no} 不在企业标准第 ${latest.version.version} 版中` }],
      );
      if (bad.length)
        throw new AppError(
          'VALIDATION_FAILED',
          `${bad.length} 个检查项不在企业标准中：${bad.map((b) => b.message.split(' ')[1]).join('、')}`,
          {
            fields: bad,
          },
        );
      const before = await checklistNos(db, postId);
      await db.transaction(async (tx) => {
        await tx.delete(postChecklistItems).where(eq(postChecklistItems.postId, postId));
        if (input.itemNos.length)
          await tx.insert(postChecklistItems).values(input.itemNos.map((itemNo) => ({ postId, itemNo })));
        await recordAudit(tx, { ...meta, actor }, now(), {
          action: 'post.checklist_set',
          entityType: 'post',
          entityId: postId,
          enterpriseId: post.enterpriseId,
          before: { itemNos: before },
          after: { itemNos: input.itemNos, version: latest.version.version },
        });
      });
      return read(actor, postId);
    },
  };
}

export type PostChecklistsService = ReturnType<typeof createPostChecklistsService>;
