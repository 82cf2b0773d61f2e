import { type MyPostChecklist, type PostPeriod, shanghaiDate } from '@ancha/contracts';
import { and, eq, inArray } from 'drizzle-orm';
import { inspections } from '../../db/schema/index.ts';
import { type Actor, requireAccess } from '../../lib/access.ts';
import type { Deps } from '../../lib/context.ts';
import { conflict, notFound } from '../../lib/errors.ts';
import { latestStandard } from './post-checklists.ts';
import { heldPost, postItemIds } from './post-inspections.ts';
import { periodLabel, periodRange, periodsBetween } from './post-periods.ts';
import * as repo from './standards.repository.ts';

/** How far back the phone lists a post's periods (a daily post would otherwise list years). */
const PERIODS_SHOWN = 60;

/**
 * A post user's 自查自纠 (E9): the post's items in the latest published standard, and its
 * periods since the post was made — the current one due or done, past ones done or missed.
 */
export function createMyPostService({ database, now }: Deps) {
  const db = database.db;
  return {
    async get(caller: Actor | null): Promise<MyPostChecklist> {
      const actor = requireAccess(caller, 'inspection.fill');
      const post = await heldPost(db, actor);
      if (!post) throw notFound('岗位');
      const latest = await latestStandard(db, post.enterpriseId);
      if (!latest) throw conflict('企业标准尚未发布，暂无岗位清单');
      const site = await repo.firstSite(db, post.enterpriseId);
      if (!site) throw conflict('本单位尚未建立场所');
      const at = now();
      const today = shanghaiDate(at);
      const names = periodsBetween(post.frequency, shanghaiDate(post.createdAt), today, PERIODS_SHOWN);
      const records = await db
        .select({ id: inspections.id, period: inspections.period, status: inspections.status })
        .from(inspections)
        .where(
          and(
            eq(inspections.inspectorId, actor.id),
            eq(inspections.postId, post.id),
            inArray(inspections.period, names),
          ),
        );
      const periods: PostPeriod[] = names.map((period, i) => {
        const done = records.find((r) => r.period === period && r.status !== 'draft');
        const draft = records.find((r) => r.period === period && r.status === 'draft');
        const current = i === 0;
        const range = periodRange(post.frequency, period)!;
        return {
          period,
          label: periodLabel(post.frequency, period),
          ...range,
          current,
          status: done ? 'done' : current ? 'due' : 'missed',
          inspectionId: done?.id ?? (current ? (draft?.id ?? null) : null),
        };
      });
      return {
        post: { id: post.id, name: post.name, frequency: post.frequency },
        siteId: site.id,
        catalogId: latest.catalog.id,
        version: latest.version.version,
        itemIds: [...(await postItemIds(db, post.id, latest.version.id))],
        periods,
      };
    },
  };
}

export type MyPostService = ReturnType<typeof createMyPostService>;
