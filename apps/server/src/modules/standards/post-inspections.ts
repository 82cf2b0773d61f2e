import { shanghaiDate } from '@ancha/contracts';
import { and, eq, ne } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { inspections, posts, users } from '../../db/schema/index.ts';
import type { Actor } from '../../lib/access.ts';
import { conflict, fieldError } from '../../lib/errors.ts';
import { checklistNos, latestStandard } from './post-checklists.ts';
import { periodRange } from './post-periods.ts';
import * as repo from './standards.repository.ts';

// 岗位清单自查 (E9): a post user inspects exactly the post's items of the standard, once per
// period of the post's 上报频次. A period that has ended is never filled in afterwards (seed 004,
// question 18: 不可以补录), nor one not yet begun.

export const PERIOD_ENDED = '该周期已结束，不能补录';

/** The post the caller holds (users.post_id), or undefined. */
export async function heldPost(db: DbOrTx, actor: Actor) {
  const [row] = await db
    .select({ post: posts })
    .from(users)
    .innerJoin(posts, eq(posts.id, users.postId))
    .where(eq(users.id, actor.id));
  return row?.post;
}

/** Refuses a period of the wrong form for the post, one that has ended, or one not yet begun. */
export function requireCurrentPeriod(
  post: { frequency: Parameters<typeof periodRange>[0] },
  period: string | undefined,
  at: Date,
) {
  if (!period) throw fieldError('period', '请选择岗位清单的周期');
  const range = periodRange(post.frequency, period);
  if (!range) throw fieldError('period', '周期与岗位的上报频次不符');
  const today = shanghaiDate(at);
  if (range.end < today) throw conflict(PERIOD_ENDED);
  if (range.start > today) throw conflict('该周期尚未开始，不能提前填报');
}

/** A submitted record of this post user for the period, other than `exceptId`. */
export async function submittedInPeriod(
  db: DbOrTx,
  inspectorId: string,
  postId: string,
  period: string,
  exceptId: string,
) {
  const [row] = await db
    .select({ id: inspections.id })
    .from(inspections)
    .where(
      and(
        eq(inspections.inspectorId, inspectorId),
        eq(inspections.postId, postId),
        eq(inspections.period, period),
        ne(inspections.status, 'draft'),
        ne(inspections.id, exceptId),
      ),
    )
    .limit(1);
  return row;
}

/**
 * What a post inspection's 暂存 is checked against: the caller holds the post, the period is the
 * current one and not yet submitted, the catalog is the enterprise standard and the site the
 * enterprise's first one (see standards.repository firstSite). Returns the site and the version
 * a new draft records: the latest published version of the standard.
 */
export async function postInspectionTarget(
  db: DbOrTx,
  actor: Actor,
  id: string,
  input: { postId?: string | undefined; period?: string | undefined; siteId: string; catalogId: string },
  at: Date,
) {
  const post = await heldPost(db, actor);
  if (!post || post.id !== input.postId) throw fieldError('postId', '您不在该岗位，不能填报其岗位清单');
  requireCurrentPeriod(post, input.period, at);
  if (await submittedInPeriod(db, actor.id, post.id, input.period!, id))
    throw conflict('本周期的岗位清单自查已提交，不能重复填报');
  const latest = await latestStandard(db, post.enterpriseId);
  if (!latest) throw conflict('企业标准尚未发布，不能进行岗位清单自查');
  if (latest.catalog.id !== input.catalogId)
    throw fieldError('catalogId', '岗位清单自查应使用本单位的企业标准');
  const site = await repo.firstSite(db, post.enterpriseId);
  if (!site || site.id !== input.siteId)
    throw fieldError('siteId', '岗位清单自查记录在本单位最早建立的场所下');
  if ((await checklistNos(db, post.id)).length === 0) throw conflict('该岗位尚无岗位清单');
  return { post, site, version: latest.version };
}

/** The ids of the post's items in a version: what a post inspection answers and must complete. */
export async function postItemIds(db: DbOrTx, postId: string, versionId: string): Promise<Set<string>> {
  const nos = new Set(await checklistNos(db, postId));
  return new Set((await repo.itemRows(db, versionId)).filter((i) => nos.has(i.no)).map((i) => i.id));
}

/**
 * At 提交 of a post inspection, under the record's lock: the period must still be current (a
 * draft left open past its period's end is not submitted afterwards), and the user must not have
 * submitted another record for it (the user's row is locked, so two drafts take turns). Returns
 * the items the record must complete.
 */
export async function postSubmitRules(
  tx: DbOrTx,
  row: {
    id: string;
    inspectorId: string;
    postId: string | null;
    period: string | null;
    catalogVersionId: string;
  },
  at: Date,
): Promise<Set<string>> {
  const post = (await tx.query.posts.findFirst({ where: eq(posts.id, row.postId!) }))!;
  requireCurrentPeriod(post, row.period ?? undefined, at);
  await tx.select({ id: users.id }).from(users).where(eq(users.id, row.inspectorId)).for('update');
  if (await submittedInPeriod(tx, row.inspectorId, post.id, row.period!, row.id))
    throw conflict('本周期的岗位清单自查已提交，不能重复填报');
  return postItemIds(tx, post.id, row.catalogVersionId);
}
