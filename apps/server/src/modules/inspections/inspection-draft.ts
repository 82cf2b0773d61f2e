import { type AnswerInput, shanghaiDate } from '@ancha/contracts';
import { eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.ts';
import { inspections } from '../../db/schema/index.ts';
import type { Actor } from '../../lib/access.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { RequestMeta } from '../../lib/context.ts';
import { AppError, fieldError } from '../../lib/errors.ts';
import { requireUsablePhotos } from '../files/file-links.ts';
import * as repo from './inspections.repository.ts';

/**
 * The checks every 暂存 makes, whoever inspects (self-inspection or supervision): each answer is
 * for an item of the record's catalog version, once; no deadline is already past (E4); photos
 * are the caller's own uploads. Completeness waits for 提交.
 */
export async function checkDraftAnswers(
  db: DbOrTx,
  actor: Actor,
  versionId: string,
  answers: AnswerInput[],
  at: Date,
  enterpriseId = actor.enterpriseId,
  /** A post inspection (E9) answers only its post's items. */
  only?: Set<string>,
): Promise<void> {
  const items = new Set(
    (await repo.itemsOfVersion(db, versionId)).map((i) => i.id).filter((id) => !only || only.has(id)),
  );
  const seen = new Set<string>();
  answers.forEach((a, index) => {
    if (!items.has(a.itemId)) throw fieldError(`answers.${index}.itemId`, '检查项不属于该检查内容');
    if (seen.has(a.itemId)) throw fieldError(`answers.${index}.itemId`, '同一检查项只能回答一次');
    seen.add(a.itemId);
  });
  // A draft may be half-filled, but never holds a deadline already past (E4).
  const today = shanghaiDate(at);
  const late = answers.flatMap((a, i) =>
    a.deadline && a.deadline < today
      ? [{ path: `answers.${i}.deadline`, message: '整改截止时间不能早于今天' }]
      : [],
  );
  if (late.length) throw new AppError('VALIDATION_FAILED', late[0]!.message, { fields: late });
  await requireUsablePhotos(
    db,
    actor,
    'hazard',
    answers.map((a, i) => ({ path: `answers.${i}.photoIds`, ids: a.photoIds ?? [] })),
    enterpriseId,
  );
}

/** The answers as rows: the answer column, the rest of the AnswerInput as its detail. */
export function answerRows(inspectionId: string, answers: AnswerInput[]) {
  return answers.map(({ itemId, answer, ...detail }) => ({ inspectionId, itemId, answer, detail }));
}

/** The site a draft is opened at, as `findSite` returns it. */
interface DraftSite {
  id: string;
  enterpriseId: string;
  districtCode: string;
  streetCode: string;
}

/**
 * A draft's site and catalog are fixed when it starts: a later 暂存 naming others is refused.
 * Returns the catalog version the draft keeps: its own, or the one published now.
 */
export async function draftVersion(
  db: DbOrTx,
  existing: { siteId: string; catalogId: string; catalogVersionId: string } | undefined,
  input: { siteId: string; catalogId: string },
): Promise<{ id: string } | undefined> {
  if (existing && (existing.siteId !== input.siteId || existing.catalogId !== input.catalogId))
    throw fieldError('siteId', '草稿的检查场所与检查内容不能更改');
  return existing ? { id: existing.catalogVersionId } : repo.publishedVersion(db, input.catalogId);
}

/**
 * Writes a draft in one transaction: updates its own fields, or inserts it and audits its start
 * (autosaves are not audited one by one: the start and the submission are the record), then
 * replaces its answers. Self-inspections and supervision inspections share it.
 */
export async function writeDraft(
  db: Db,
  by: { actor: Actor; meta: RequestMeta },
  at: Date,
  draft: {
    id: string;
    exists: boolean;
    kind: 'self' | 'supervision';
    site: DraftSite;
    catalogId: string;
    versionId: string;
    /** The kind's own columns; `savedAt` is set here. */
    values: Partial<typeof inspections.$inferInsert>;
    answers: AnswerInput[];
  },
): Promise<void> {
  const { id, site } = draft;
  const values = { ...draft.values, savedAt: at };
  await db.transaction(async (tx) => {
    if (draft.exists) {
      await tx.update(inspections).set(values).where(eq(inspections.id, id));
    } else {
      await tx.insert(inspections).values({
        id,
        kind: draft.kind,
        enterpriseId: site.enterpriseId,
        districtCode: site.districtCode,
        streetCode: site.streetCode,
        siteId: site.id,
        catalogId: draft.catalogId,
        catalogVersionId: draft.versionId,
        inspectorId: by.actor.id,
        status: 'draft',
        createdAt: at,
        ...values,
      });
      await recordAudit(tx, { ...by.meta, actor: by.actor }, at, {
        action: draft.kind === 'self' ? 'inspection.started' : 'supervision.started',
        entityType: 'inspection',
        entityId: id,
        enterpriseId: site.enterpriseId,
        regionCode: site.streetCode,
        after: { siteId: site.id, catalogId: draft.catalogId, catalogVersionId: draft.versionId },
      });
    }
    await repo.replaceAnswers(tx, id, answerRows(id, draft.answers));
  });
}
