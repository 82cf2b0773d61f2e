import {
  type CheckType,
  type PenaltyType,
  type SupervisionInput,
  type SupervisionListQuery,
  type SupervisionSummary,
  type SupervisionView,
  supervisionProblems,
} from '@ancha/contracts';
import { and } from 'drizzle-orm';
import { type Actor, requireAccess } from '../../lib/access.ts';
import type { Deps, RequestMeta } from '../../lib/context.ts';
import { conflict, fieldError, notFound } from '../../lib/errors.ts';
import { assertCursor } from '../../lib/paging.ts';
import { checkDraftAnswers, draftVersion, writeDraft } from '../inspections/inspection-draft.ts';
import { submitDraft } from '../inspections/inspection-submit.ts';
import * as inspectionsRepo from '../inspections/inspections.repository.ts';
import { siteVisible } from '../sites/site-scope.ts';
import { findSite } from '../sites/sites.repository.ts';
import * as repo from './supervision.repository.ts';

const NAME = '监督检查';

/**
 * 监督检查 (G2): a regulator inspects a site of an enterprise in its scope with any published
 * catalog. Drafts, answers, completeness, hazards and the row lock are the self-inspection's own
 * (inspection-draft.ts, inspection-submit.ts); what differs is who may act, the attachment-1
 * fields, and that submission reports the record and proposes all its hazards at once.
 */
export function createSupervisionService({ database, now }: Deps) {
  const db = database.db;

  async function summaries(rows: repo.SupervisionRow[]): Promise<SupervisionSummary[]> {
    const ids = rows.map((r) => r.inspection.id);
    const items = await inspectionsRepo.itemCounts(
      db,
      rows.map((r) => r.inspection.catalogVersionId),
    );
    const answered = await inspectionsRepo.answerCounts(db, ids);
    const found = await repo.hazardsAndLedgerNos(db, ids);
    return rows.map(({ inspection: i, ...r }) => ({
      id: i.id,
      status: i.status,
      siteId: i.siteId,
      siteName: r.siteName,
      enterpriseId: i.enterpriseId,
      enterpriseName: r.enterpriseName,
      enterpriseAddress: r.address,
      districtCode: i.districtCode,
      districtName: r.districtName,
      streetCode: i.streetCode,
      streetName: r.streetName,
      catalogId: i.catalogId,
      catalogName: r.catalogName,
      catalogVersion: r.catalogVersion,
      industryName: r.industryName,
      inspectorName: r.inspectorName,
      acknowledged: i.acknowledged,
      hasHazards: i.hasHazards,
      itemCount: items.get(i.catalogVersionId) ?? 0,
      answeredCount: answered.get(i.id) ?? 0,
      savedAt: i.savedAt.toISOString(),
      submittedAt: i.submittedAt?.toISOString() ?? null,
      checkType: i.checkType as CheckType | null,
      checkUnit: i.checkUnit,
      checkPeople: i.checkPeople,
      findings: i.findings,
      penaltyType: i.penaltyType as PenaltyType | null,
      fineFen: i.fineFen,
      hazardCount: found.get(i.id)?.hazardCount ?? 0,
      ledgerNos: found.get(i.id)?.ledgerNos ?? [],
    }));
  }

  async function view(row: repo.SupervisionRow): Promise<SupervisionView> {
    const [summary] = await summaries([row]);
    const answers = await inspectionsRepo.answerViews(db, row.inspection.catalogVersionId, row.inspection.id);
    return { ...summary!, answers };
  }

  async function get(actor: Actor, id: string): Promise<SupervisionView> {
    const row = await repo.findSupervision(db, repo.supervisionScope(actor), id);
    if (!row) throw notFound(NAME);
    return view(row);
  }

  return {
    /**
     * 暂存 (the autosave): creates the draft under the client's id, or replaces it. The site's
     * enterprise must be in the regulator's scope; the catalog is any published one, since a
     * regulator checks with the catalog that fits, not only those the enterprise chose.
     */
    async save(
      caller: Actor | null,
      id: string,
      input: SupervisionInput,
      meta: RequestMeta,
    ): Promise<SupervisionView> {
      const actor = requireAccess(caller, 'supervision.inspect');
      const existing = (await inspectionsRepo.findInspection(db, id))?.inspection;
      if (existing && (existing.kind !== 'supervision' || existing.inspectorId !== actor.id))
        throw notFound(NAME);
      if (existing && existing.status !== 'draft') throw conflict('该监督检查已提交，不能再修改');
      const site = await findSite(db, input.siteId);
      if (!site || !siteVisible(actor, site)) throw notFound('检查场所');
      const version = await draftVersion(db, existing, input);
      if (!version) throw fieldError('catalogId', '检查内容不存在或尚未发布');
      // The regulator's photos are uploaded to the inspected enterprise (files, G2).
      await checkDraftAnswers(db, actor, version.id, input.answers, now(), site.site.enterpriseId);

      const at = now();
      await writeDraft(db, { actor, meta }, at, {
        id,
        exists: !!existing,
        kind: 'supervision',
        site: site.site,
        catalogId: input.catalogId,
        versionId: version.id,
        answers: input.answers,
        values: {
          acknowledged: input.acknowledged,
          checkType: input.checkType ?? null,
          checkUnit: input.checkUnit || null,
          checkPeople: input.checkPeople ?? null,
          findings: input.findings || null,
          penaltyType: input.penaltyType ?? null,
          fineFen: input.fineFen ?? null,
        },
      });
      return get(actor, id);
    },

    /**
     * 提交: the self-inspection's submission under the same row lock (a double submit makes one
     * record), plus the attachment's fields. The record is reported at once and every hazard
     * found is proposed for the ledger: the regulator has seen it.
     */
    async submit(caller: Actor | null, id: string, meta: RequestMeta): Promise<SupervisionView> {
      const actor = requireAccess(caller, 'supervision.inspect');
      const at = now();
      await db.transaction(async (tx) => {
        const row = await inspectionsRepo.lockInspection(tx, id);
        if (row?.kind !== 'supervision' || row.inspectorId !== actor.id) throw notFound(NAME);
        if (row.status !== 'draft') return;
        await submitDraft(tx, row, { actor, meta }, at, {
          status: 'reported',
          propose: 'all',
          action: 'supervision.submitted',
          problems: supervisionProblems(row),
        });
      });
      return get(actor, id);
    },

    async get(caller: Actor | null, id: string): Promise<SupervisionView> {
      return get(requireAccess(caller, 'supervision.read'), id);
    },

    /** 监督检查台账: the caller's scope, the filters, newest first. */
    async list(caller: Actor | null, q: SupervisionListQuery) {
      const actor = requireAccess(caller, 'supervision.read');
      assertCursor(q.cursor);
      const rows = await repo.listSupervision(db, {
        where: and(repo.supervisionScope(actor), repo.filterWhere(q)),
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

export type SupervisionService = ReturnType<typeof createSupervisionService>;
