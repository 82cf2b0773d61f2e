import { type HazardView, shanghaiDate } from '@ancha/contracts';
import { and, eq } from 'drizzle-orm';
import { hazards } from '../../db/schema/index.ts';
import { type Actor, requireAccess } from '../../lib/access.ts';
import type { Deps } from '../../lib/context.ts';
import { notFound } from '../../lib/errors.ts';
import { assertCursor } from '../../lib/paging.ts';
import * as repo from './hazards.repository.ts';

export function createHazardsService({ database, now }: Deps) {
  const db = database.db;

  function toView(r: repo.HazardRow): HazardView {
    const h = r.hazard;
    return {
      id: h.id,
      status: h.status,
      level: h.level,
      gradeCode: h.gradeCode,
      itemNo: r.itemNo,
      itemText: r.itemText,
      description: h.description,
      mode: h.mode,
      owner: h.owner,
      measures: h.measures,
      fundsFen: h.fundsFen,
      deadline: h.deadline,
      // 逾期: a scheduled fix still pending after its deadline (a Beijing calendar date).
      overdue: h.status === 'pending' && h.deadline !== null && h.deadline < shanghaiDate(now()),
      siteName: r.siteName,
      enterpriseId: h.enterpriseId,
      inspectionId: h.inspectionId,
      foundAt: h.foundAt.toISOString(),
      foundBy: r.foundBy,
      photoIds: h.photoIds,
    };
  }

  return {
    async list(
      caller: Actor | null,
      q: {
        status?: 'pending' | 'resolved' | 'withdrawn' | undefined;
        enterpriseId?: string | undefined;
        cursor?: string | undefined;
        limit: number;
      },
    ) {
      const actor = requireAccess(caller, 'hazard.read');
      assertCursor(q.cursor);
      // One enterprise's hazards (the registry's page) narrow the caller's scope, counts included.
      const scope = and(
        repo.hazardScope(actor),
        q.enterpriseId ? eq(hazards.enterpriseId, q.enterpriseId) : undefined,
      );
      const rows = await repo.listHazards(db, {
        scope,
        status: q.status,
        after: q.cursor,
        limit: q.limit + 1,
      });
      const page = rows.slice(0, q.limit);
      return {
        items: page.map(toView),
        nextCursor: rows.length > q.limit ? page.at(-1)!.hazard.id : null,
        counts: await repo.countByStatus(db, scope),
      };
    },

    /** The hazard as the caller may see it, with its full row for callers that show more. */
    async get(
      caller: Actor | null,
      id: string,
    ): Promise<{ view: HazardView; row: repo.HazardRow['hazard'] }> {
      const actor = requireAccess(caller, 'hazard.read');
      const found = await repo.findHazard(db, repo.hazardScope(actor), id);
      if (!found) throw notFound('隐患');
      return { view: toView(found), row: found.hazard };
    },
  };
}

export type HazardsService = ReturnType<typeof createHazardsService>;
