import type {
  InspectionInput,
  InspectionListQuery,
  InspectionSummary,
  InspectionView,
} from '@ancha/contracts';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { inspections } from '../../db/schema/index.ts';
import { type Actor, enterpriseInScope, requireAccess } from '../../lib/access.ts';
import type { Deps, RequestMeta } from '../../lib/context.ts';
import { conflict, fieldError, notFound } from '../../lib/errors.ts';
import { assertCursor } from '../../lib/paging.ts';
import { siteVisible } from '../sites/site-scope.ts';
import { catalogsOfSites, findSite } from '../sites/sites.repository.ts';
import { gradeAnswers } from '../standards/hazard-grades.ts';
import { postInspectionTarget, postItemIds } from '../standards/post-inspections.ts';
import { correctSubmitted } from './inspection-correct.ts';
import { checkDraftAnswers, draftVersion, writeDraft } from './inspection-draft.ts';
import { inspectionScope, inspectionVisible } from './inspection-scope.ts';
import * as repo from './inspections.repository.ts';

export function createInspectionsService({ database, now }: Deps) {
  const db = database.db;

  async function summaries(rows: repo.InspectionRow[]): Promise<InspectionSummary[]> {
    const items = await repo.itemCounts(
      db,
      rows.map((r) => r.inspection.catalogVersionId),
    );
    // A post inspection (E9) answers its post's items only.
    for (const r of rows.filter((r) => r.inspection.postId))
      items.set(
        `${r.inspection.postId}:${r.inspection.catalogVersionId}`,
        (await postItemIds(db, r.inspection.postId!, r.inspection.catalogVersionId)).size,
      );
    const answered = await repo.answerCounts(
      db,
      rows.map((r) => r.inspection.id),
    );
    return rows.map((r) => ({
      id: r.inspection.id,
      status: r.inspection.status,
      siteId: r.inspection.siteId,
      siteName: r.siteName,
      enterpriseId: r.inspection.enterpriseId,
      enterpriseName: r.enterpriseName,
      catalogId: r.inspection.catalogId,
      catalogName: r.catalogName,
      catalogVersion: r.catalogVersion,
      industryName: r.industryName,
      inspectorName: r.inspectorName,
      post: r.inspection.post,
      postId: r.inspection.postId,
      period: r.inspection.period,
      acknowledged: r.inspection.acknowledged,
      hasHazards: r.inspection.hasHazards,
      itemCount:
        items.get(
          r.inspection.postId
            ? `${r.inspection.postId}:${r.inspection.catalogVersionId}`
            : r.inspection.catalogVersionId,
        ) ?? 0,
      answeredCount: answered.get(r.inspection.id) ?? 0,
      savedAt: r.inspection.savedAt.toISOString(),
      submittedAt: r.inspection.submittedAt?.toISOString() ?? null,
    }));
  }

  async function view(row: repo.InspectionRow): Promise<InspectionView> {
    const [summary] = await summaries([row]);
    const answers = await repo.answerViews(db, row.inspection.catalogVersionId, row.inspection.id);
    return { ...summary!, answers };
  }

  async function visibleRow(actor: Actor, id: string) {
    const row = await repo.findInspection(db, id);
    if (row?.inspection.kind !== 'self') throw notFound('自查记录');
    const site = await findSite(db, row.inspection.siteId);
    const enterpriseVisible =
      !!site &&
      enterpriseInScope(actor, {
        id: row.inspection.enterpriseId,
        districtCode: site.enterpriseDistrict,
        streetCode: site.enterpriseStreet,
        industries: site.enterpriseIndustries,
      });
    if (!inspectionVisible(actor, row.inspection, enterpriseVisible)) throw notFound('自查记录');
    return row;
  }

  return {
    view,
    visibleRow,

    /**
     * 暂存, and the autosave: creates the draft under the phone's id, or replaces its answers.
     * Answers are checked for form here and for completeness only at 提交.
     */
    async save(
      caller: Actor | null,
      id: string,
      raw: InspectionInput,
      meta: RequestMeta,
    ): Promise<InspectionView> {
      const actor = requireAccess(caller, 'inspection.fill');
      const existing = await repo.findInspection(db, id);
      // A supervision record (G2) under this id is not a self-inspection: it reads as absent.
      if (existing && (existing.inspection.inspectorId !== actor.id || existing.inspection.kind !== 'self'))
        throw notFound('自查记录');
      if (existing?.inspection.status === 'reported') throw conflict('该自查记录已上报，不能再修改');
      if (
        existing &&
        (existing.inspection.postId !== (raw.postId ?? null) ||
          existing.inspection.period !== (raw.period ?? null))
      )
        throw fieldError('period', '草稿的岗位与周期不能更改');
      // The enterprise's hazard grades set each graded answer's level (E9).
      const input = { ...raw, answers: await gradeAnswers(db, actor.enterpriseId ?? '', raw.answers) };
      let site: Awaited<ReturnType<typeof findSite>>;
      let version: { id: string } | undefined;
      let only: Set<string> | undefined;
      if (input.postId && existing?.inspection.status !== 'submitted') {
        // 岗位清单自查 (E9): the post's items of the standard, in the current period only.
        const target = await postInspectionTarget(db, actor, id, input, now());
        site = await findSite(db, target.site.id);
        version = existing ? { id: existing.inspection.catalogVersionId } : target.version;
        only = await postItemIds(db, target.post.id, version.id);
      } else if (input.postId) {
        site = await findSite(db, input.siteId);
        version = await draftVersion(db, existing?.inspection, input);
        only = await postItemIds(db, input.postId, version!.id);
      } else {
        site = await findSite(db, input.siteId);
        if (!site || !siteVisible(actor, site)) throw fieldError('siteId', '检查场所不存在或未分派给您');
        const chosen = await catalogsOfSites(db, [site.site.id]);
        if (!chosen.some((c) => c.id === input.catalogId))
          throw fieldError('catalogId', '该场所未选择此检查内容');
        version = await draftVersion(db, existing?.inspection, input);
      }
      if (!site) throw fieldError('siteId', '检查场所不存在或未分派给您');
      if (!version) throw fieldError('catalogId', '检查内容尚未发布');
      await checkDraftAnswers(db, actor, version.id, input.answers, now(), actor.enterpriseId, only);

      const at = now();
      if (existing?.inspection.status === 'submitted') {
        await correctSubmitted(db, actor, id, input, meta, at);
        return view((await repo.findInspection(db, id))!);
      }
      await writeDraft(db, { actor, meta }, at, {
        id,
        exists: !!existing,
        kind: 'self',
        site: site.site,
        catalogId: input.catalogId,
        versionId: version.id,
        answers: input.answers,
        values: {
          post: input.post ?? null,
          postId: input.postId ?? null,
          period: input.period ?? null,
          inspectorPhone: input.inspectorPhone ?? null,
          acknowledged: input.acknowledged,
        },
      });
      return view((await repo.findInspection(db, id))!);
    },

    async get(caller: Actor | null, id: string): Promise<InspectionView> {
      return view(await visibleRow(requireAccess(caller, 'inspection.read'), id));
    },

    async list(caller: Actor | null, q: z.infer<typeof InspectionListQuery>) {
      const actor = requireAccess(caller, 'inspection.read');
      assertCursor(q.cursor);
      const rows = await repo.listInspections(db, {
        scope: inspectionScope(actor),
        extra: and(
          q.status ? eq(inspections.status, q.status) : undefined,
          q.siteId ? eq(inspections.siteId, q.siteId) : undefined,
          q.enterpriseId ? eq(inspections.enterpriseId, q.enterpriseId) : undefined,
        ),
        after: q.cursor,
        limit: q.limit + 1,
      });
      const page = rows.slice(0, q.limit);
      return {
        items: await summaries(page),
        nextCursor: rows.length > q.limit ? page.at(-1)!.inspection.id : null,
      };
    },
  };
}

export type InspectionsService = ReturnType<typeof createInspectionsService>;
