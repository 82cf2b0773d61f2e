import type { CatalogItem, DraftMetaInput, ItemInput } from '@ancha/contracts';
import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { catalogCategories, catalogItems, catalogVersions } from '../../db/schema/index.ts';
import { type Actor, requireAccess } from '../../lib/access.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { Deps, RequestMeta } from '../../lib/context.ts';
import { conflict, fieldError, forbidden, notFound } from '../../lib/errors.ts';
import { newId } from '../../lib/ids.ts';
import * as edits from './catalog-edits.repository.ts';
import { canEditCatalog, catalogVisible } from './catalog-visibility.ts';
import { toCategoryTree } from './catalogs.mapper.ts';
import * as repo from './catalogs.repository.ts';

const NOT_DRAFT = '已发布的版本不能修改：请先新建草稿，在草稿中修改后发布';

export function createCatalogEditsService({ database, now }: Deps) {
  const db = database.db;

  /**
   * The caller may edit this catalog: an official one, admin or the industry department of its
   * industry; an enterprise standard, its enterprise administrator (E9). Another enterprise's
   * standard reads as absent.
   */
  async function editableCatalog(caller: Actor | null, catalogId: string) {
    const reader = requireAccess(caller, 'catalog.read');
    const catalog = await repo.findCatalog(db, catalogId);
    if (!catalog || !catalogVisible(reader, catalog)) throw notFound('隐患目录');
    const actor = requireAccess(caller, catalog.enterpriseId ? 'standard.edit' : 'catalog.edit');
    if (!canEditCatalog(actor, catalog))
      throw forbidden(catalog.enterpriseId ? '只能编辑本企业的企业标准' : '只能编辑本行业的隐患目录');
    return { actor, catalog };
  }

  async function draftOf(caller: Actor | null, catalogId: string, version: number) {
    const { actor, catalog } = await editableCatalog(caller, catalogId);
    const row = await edits.findVersion(db, catalogId, version);
    if (!row) throw notFound('该版本');
    if (row.status !== 'draft') throw conflict(NOT_DRAFT);
    return { actor, catalog, draft: row };
  }

  async function checkItem(tx: Tx, versionId: string, input: ItemInput, itemId?: string) {
    const sub = await edits.findSubcategory(tx, versionId, input.categoryId);
    if (!sub?.parentId) throw fieldError('categoryId', '请选择本版本中的二级分类');
    const same = await edits.findItemByNo(tx, versionId, input.no);
    if (same && same.id !== itemId) throw fieldError('no', `编号 ${input.no} 已被其他检查项使用`);
    if (input.major && !(await edits.clauseExists(tx, input.major))) {
      throw fieldError('major', `重大隐患判定条款 ${input.major} 不存在`);
    }
  }

  async function itemView(versionId: string, itemId: string): Promise<CatalogItem> {
    const [categories, items] = await Promise.all([
      repo.categoriesOf(db, versionId),
      repo.itemsOf(db, versionId),
    ]);
    const tree = toCategoryTree(categories, items);
    return tree.flatMap((c) => c.children.flatMap((s) => s.items)).find((i) => i.id === itemId)!;
  }

  const audit = (
    tx: Tx,
    meta: RequestMeta,
    catalogId: string,
    action: string,
    before: unknown,
    after: unknown,
  ) => recordAudit(tx, meta, now(), { action, entityType: 'catalog', entityId: catalogId, before, after });

  return {
    editableCatalog,

    /** A new draft copied from the published version (or the one named); one draft at a time. */
    async createDraft(
      caller: Actor | null,
      catalogId: string,
      fromVersion: number | undefined,
      meta: RequestMeta,
    ) {
      const { actor } = await editableCatalog(caller, catalogId);
      const base = fromVersion
        ? await edits.findVersion(db, catalogId, fromVersion)
        : await edits.findPublished(db, catalogId);
      if (!base) throw notFound('作为底稿的版本');
      const at = now();
      try {
        return await db.transaction(async (tx) => {
          const id = newId();
          const version = await edits.nextVersionNumber(tx, catalogId);
          const row = {
            id,
            catalogId,
            version,
            status: 'draft' as const,
            name: base.name,
            source: base.source,
          };
          await tx
            .insert(catalogVersions)
            .values({ ...row, basedOnId: base.id, createdAt: at, createdBy: actor.id });
          await edits.copyContent(tx, base.id, id);
          await audit(tx, { ...meta, actor }, catalogId, 'catalog.draft_created', null, {
            version,
            basedOn: base.version,
          });
          return version;
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw conflict('该目录已有草稿：请先发布或放弃现有草稿');
        throw error;
      }
    },

    async updateMeta(
      caller: Actor | null,
      catalogId: string,
      version: number,
      input: DraftMetaInput,
      meta: RequestMeta,
    ) {
      const { actor, draft } = await draftOf(caller, catalogId, version);
      await db.transaction(async (tx) => {
        await tx.update(catalogVersions).set(input).where(eq(catalogVersions.id, draft.id));
        const before = { name: draft.name, source: draft.source };
        await audit(tx, { ...meta, actor }, catalogId, 'catalog.draft_renamed', before, {
          ...before,
          ...input,
        });
      });
    },

    async addItem(
      caller: Actor | null,
      catalogId: string,
      version: number,
      input: ItemInput,
      meta: RequestMeta,
    ) {
      const { actor, draft } = await draftOf(caller, catalogId, version);
      const id = newId();
      await db.transaction(async (tx) => {
        await checkItem(tx, draft.id, input);
        const row = {
          id,
          versionId: draft.id,
          ...itemColumns(input),
          sort: (await edits.lastSort(tx, draft.id)) + 1,
        };
        await tx.insert(catalogItems).values(row);
        await audit(tx, { ...meta, actor }, catalogId, 'catalog.item_added', null, { version, ...row });
      });
      return itemView(draft.id, id);
    },

    async updateItem(
      caller: Actor | null,
      catalogId: string,
      version: number,
      itemId: string,
      input: ItemInput,
      meta: RequestMeta,
    ) {
      const { actor, draft } = await draftOf(caller, catalogId, version);
      await db.transaction(async (tx) => {
        const before = await edits.findItem(tx, draft.id, itemId);
        if (!before) throw notFound('检查项');
        await checkItem(tx, draft.id, input, itemId);
        const after = itemColumns(input);
        await tx.update(catalogItems).set(after).where(eq(catalogItems.id, itemId));
        await audit(
          tx,
          { ...meta, actor },
          catalogId,
          'catalog.item_changed',
          { version, ...before },
          { version, ...before, ...after },
        );
      });
      return itemView(draft.id, itemId);
    },

    async deleteItem(
      caller: Actor | null,
      catalogId: string,
      version: number,
      itemId: string,
      meta: RequestMeta,
    ) {
      const { actor, draft } = await draftOf(caller, catalogId, version);
      await db.transaction(async (tx) => {
        const before = await edits.findItem(tx, draft.id, itemId);
        if (!before) throw notFound('检查项');
        await tx.delete(catalogItems).where(eq(catalogItems.id, itemId));
        await audit(tx, { ...meta, actor }, catalogId, 'catalog.item_removed', { version, ...before }, null);
      });
    },

    /** Publishes the draft; the version published until now is retired, and nothing of it changes. */
    async publish(caller: Actor | null, catalogId: string, version: number, meta: RequestMeta) {
      const { actor, draft } = await draftOf(caller, catalogId, version);
      const at = now();
      await db.transaction(async (tx) => {
        const count = (await repo.itemsOf(tx, draft.id)).length;
        if (count === 0) throw conflict('草稿中没有检查项，不能发布');
        const previous = await edits.findPublished(tx, catalogId);
        if (previous)
          await tx
            .update(catalogVersions)
            .set({ status: 'retired' })
            .where(eq(catalogVersions.id, previous.id));
        await tx
          .update(catalogVersions)
          .set({ status: 'published', publishedAt: at, publishedBy: actor.id })
          .where(eq(catalogVersions.id, draft.id));
        const before = previous ? { publishedVersion: previous.version } : null;
        await audit(tx, { ...meta, actor }, catalogId, 'catalog.version_published', before, {
          publishedVersion: version,
          items: count,
        });
      });
    },

    async discard(caller: Actor | null, catalogId: string, version: number, meta: RequestMeta) {
      const { actor, draft } = await draftOf(caller, catalogId, version);
      await db.transaction(async (tx) => {
        await tx.delete(catalogItems).where(eq(catalogItems.versionId, draft.id));
        await tx.delete(catalogCategories).where(eq(catalogCategories.versionId, draft.id));
        await tx.delete(catalogVersions).where(eq(catalogVersions.id, draft.id));
        await audit(tx, { ...meta, actor }, catalogId, 'catalog.draft_discarded', { version }, null);
      });
    },
  };
}

function itemColumns(input: ItemInput) {
  return {
    categoryId: input.categoryId,
    no: input.no,
    text: input.text,
    basis: input.basis,
    majorClauseCode: input.major || null,
    guidance: input.guidance || null,
  };
}

export function isUniqueViolation(error: unknown): boolean {
  const code =
    (error as { code?: string; cause?: { code?: string } })?.code ??
    (error as { cause?: { code?: string } })?.cause?.code;
  return code === '23505';
}

export type CatalogEditsService = ReturnType<typeof createCatalogEditsService>;
