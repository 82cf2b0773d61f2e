import type {
  StandardCreateInput,
  StandardItemInput,
  StandardItemPatch,
  StandardView,
} from '@ancha/contracts';
import { catalogs, catalogVersions } from '../../db/schema/index.ts';
import { type Actor, requireAccess, requireEnterpriseInScope } from '../../lib/access.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { Deps, RequestMeta } from '../../lib/context.ts';
import { conflict, fieldError, forbidden, notFound } from '../../lib/errors.ts';
import { newId } from '../../lib/ids.ts';
import { copyContent, lastSort as lastItemSort } from '../catalogs/catalog-edits.repository.ts';
import { type CatalogEditsService, isUniqueViolation } from '../catalogs/catalog-edits.service.ts';
import { standardView } from './standard-view.ts';
import * as repo from './standards.repository.ts';

const NO_DRAFT = '企业标准没有草稿：请先新建草稿，在草稿中修改后发布';

/**
 * 一企一标准 (E9): the enterprise's own catalog. It is made here from official catalogs; drafts,
 * item edits and publishing go through the catalog machinery (catalog-edits.service), which lets
 * an enterprise administrator edit its own standard and nothing else.
 */
export function createStandardsService({ database, now }: Deps, edits: CatalogEditsService) {
  const db = database.db;

  async function own(caller: Actor | null, action: 'standard.read' | 'standard.edit') {
    const actor = requireAccess(caller, action);
    // Offices read an enterprise's standard by its id (/enterprises/{id}/standard); they have none.
    if (!actor.enterpriseId) throw forbidden('只有企业用户有本单位的企业标准');
    const catalog = await repo.findStandard(db, actor.enterpriseId);
    return { actor, catalog, enterpriseId: actor.enterpriseId };
  }

  async function existing(caller: Actor | null, action: 'standard.read' | 'standard.edit') {
    const o = await own(caller, action);
    if (!o.catalog) throw notFound('企业标准');
    return { ...o, catalog: o.catalog };
  }

  async function ownDraft(caller: Actor | null) {
    const o = await existing(caller, 'standard.edit');
    const draft = (await repo.versionsOf(db, o.catalog.id)).find((v) => v.status === 'draft');
    if (!draft) throw conflict(NO_DRAFT);
    return { ...o, draft };
  }

  async function draftItem(caller: Actor | null, itemId: string) {
    const o = await ownDraft(caller);
    const item = (await repo.itemRows(db, o.draft.id)).find((i) => i.id === itemId);
    if (!item) throw notFound('检查项');
    return { ...o, item };
  }

  async function viewOf(caller: Actor | null): Promise<StandardView> {
    const { catalog } = await existing(caller, 'standard.read');
    return (await standardView(db, catalog, false))!;
  }

  return {
    view: viewOf,

    /** A regulator's (or the enterprise's own) read of the latest published standard. */
    async ofEnterprise(caller: Actor | null, enterpriseId: string): Promise<StandardView> {
      const actor = requireAccess(caller, 'standard.read');
      requireEnterpriseInScope(actor, await repo.findEnterprise(db, enterpriseId));
      const catalog = await repo.findStandard(db, enterpriseId);
      const view = catalog && (await standardView(db, catalog, true));
      if (!view) throw notFound('企业标准');
      return view;
    },

    /**
     * Makes the standard from published official catalogs: their categories and items copied
     * into version 1 (a draft), each item numbered `<catalog code>-<its number>` and keeping
     * the version and number it came from, so a later version of the source can be offered.
     */
    async create(caller: Actor | null, input: StandardCreateInput, meta: RequestMeta) {
      const { actor, catalog, enterpriseId } = await own(caller, 'standard.edit');
      if (catalog) throw conflict('本单位已有企业标准：请在现有标准上新建草稿修改');
      const found = await repo.publishedOfficial(db, input.sourceCatalogIds);
      const sources = input.sourceCatalogIds.map((id) => found.find((f) => f.id === id));
      const missing = sources.findIndex((s) => !s);
      if (missing >= 0) throw fieldError(`sourceCatalogIds.${missing}`, '隐患目录不存在或尚未发布');
      const chosen = sources as (typeof found)[number][];
      if (chosen.some((s) => s.isGeneral) && chosen.length > 1)
        throw fieldError('sourceCatalogIds', '通用目录不与行业目录同时使用');
      const enterprise = (await repo.findEnterprise(db, enterpriseId))!;
      const at = now();
      const catalogId = newId();
      const versionId = newId();
      try {
        await db.transaction(async (tx) => {
          await tx.insert(catalogs).values({
            id: catalogId,
            code: `std-${enterpriseId}`,
            industryCode: chosen[0]!.industryCode,
            enterpriseId,
            createdAt: at,
          });
          await tx.insert(catalogVersions).values({
            id: versionId,
            catalogId,
            version: 1,
            status: 'draft',
            name: `${enterprise.name}企业标准`,
            source: `依据${chosen.map((s) => `《${s.name}》第${s.version}版`).join('、')}制定`,
            createdAt: at,
            createdBy: actor.id,
          });
          // Each source follows the previous one: its categories and items sorted after theirs.
          let [categoryBase, itemBase] = [0, 0];
          for (const s of chosen) {
            const [cb, ib] = [categoryBase, itemBase];
            await copyContent(tx, s.versionId, versionId, {
              category: (c) => ({ ...c, sort: c.parentId ? c.sort : c.sort + cb }),
              item: (i) => ({
                ...i,
                no: `${s.code}-${i.no}`,
                sort: i.sort + ib,
                sourceVersionId: s.versionId,
                sourceNo: i.no,
              }),
            });
            categoryBase = (await repo.lastSort(tx, versionId)) + 1;
            itemBase = (await lastItemSort(tx, versionId)) + 1;
          }
          await recordAudit(tx, { ...meta, actor }, at, {
            action: 'standard.created',
            entityType: 'catalog',
            entityId: catalogId,
            enterpriseId,
            after: { sources: chosen.map((s) => ({ catalogId: s.id, version: s.version })) },
          });
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw conflict('本单位已有企业标准：请在现有标准上新建草稿修改');
        throw error;
      }
      return viewOf(actor);
    },

    /** 新建草稿: a copy of the latest published version to edit. */
    async newDraft(caller: Actor | null, meta: RequestMeta) {
      const { actor, catalog } = await existing(caller, 'standard.edit');
      await edits.createDraft(actor, catalog.id, undefined, meta);
      return viewOf(actor);
    },

    /** An item the enterprise writes itself, numbered E-1, E-2 … in the order they are made. */
    async addItem(caller: Actor | null, input: StandardItemInput, meta: RequestMeta) {
      const { actor, catalog, draft } = await ownDraft(caller);
      const no = `E-${(await repo.lastOwnNumber(db, catalog.id)) + 1}`;
      return edits.addItem(actor, catalog.id, draft.version, { ...input, no, major: null }, meta);
    },

    async rewordItem(caller: Actor | null, itemId: string, patch: StandardItemPatch, meta: RequestMeta) {
      const { actor, catalog, draft, item } = await draftItem(caller, itemId);
      return edits.updateItem(
        actor,
        catalog.id,
        draft.version,
        itemId,
        {
          categoryId: item.categoryId,
          no: item.no,
          text: patch.text ?? item.text,
          basis: patch.basis ?? item.basis,
          major: item.majorClauseCode,
          guidance: item.guidance,
        },
        meta,
      );
    },

    async removeItem(caller: Actor | null, itemId: string, meta: RequestMeta) {
      const { actor, catalog, draft } = await draftItem(caller, itemId);
      await edits.deleteItem(actor, catalog.id, draft.version, itemId, meta);
    },

    /** 发布: the draft becomes the new immutable version; inspections started later use it. */
    async publish(caller: Actor | null, meta: RequestMeta) {
      const { actor, catalog, draft } = await ownDraft(caller);
      await edits.publish(actor, catalog.id, draft.version, meta);
      return viewOf(actor);
    },

    ownDraft,
  };
}

export type StandardsService = ReturnType<typeof createStandardsService>;
