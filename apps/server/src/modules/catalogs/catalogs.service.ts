import type {
  CatalogDetail,
  CatalogDiff,
  CatalogListQuery,
  CatalogSummary,
  IndustryNode,
  ItemSearchHit,
  ItemSearchQuery,
} from '@ancha/contracts';
import { type Actor, requireAccess } from '../../lib/access.ts';
import type { Deps } from '../../lib/context.ts';
import { notFound } from '../../lib/errors.ts';
import { diffVersions } from './catalog-diff.ts';
import { canEditCatalog, catalogScopeWhere, catalogVisible } from './catalog-visibility.ts';
import { toCategoryTree, toItem, toSummaries, toVersionSummary } from './catalogs.mapper.ts';
import * as repo from './catalogs.repository.ts';

export function createCatalogsService({ database }: Deps) {
  const db = database.db;

  async function get(caller: Actor | null, id: string, version?: number): Promise<CatalogDetail> {
    const actor = requireAccess(caller, 'catalog.read');
    const catalog = await repo.findCatalog(db, id);
    if (!catalog || !catalogVisible(actor, catalog)) throw notFound('隐患目录');
    const editor = canEditCatalog(actor, catalog);
    const versions = (await repo.versionsOf(db, id)).filter((v) => editor || v.status !== 'draft');
    const chosen =
      version === undefined
        ? (versions.find((v) => v.status === 'published') ?? versions.at(-1))
        : versions.find((v) => v.version === version);
    if (!chosen) throw notFound('该版本');
    const [categories, items] = await Promise.all([
      repo.categoriesOf(db, chosen.id),
      repo.itemsOf(db, chosen.id),
    ]);
    return {
      id: catalog.id,
      code: catalog.code,
      industryCode: catalog.industryCode,
      industryName: catalog.industryName,
      version: { ...toVersionSummary(chosen), source: chosen.source },
      versions: versions.map(toVersionSummary),
      categories: toCategoryTree(categories, items),
    };
  }

  async function summaries(actor: Actor, q: CatalogListQuery): Promise<CatalogSummary[]> {
    const rows = await repo.liveVersions(db, q, catalogScopeWhere(actor));
    return toSummaries(rows, (row) => canEditCatalog(actor, row));
  }

  return {
    /** The industry tree with its catalogs, as the site form's 行业与检查内容 picker shows it. */
    async industries(caller: Actor | null): Promise<IndustryNode[]> {
      const actor = requireAccess(caller, 'catalog.read');
      const [list, all] = await Promise.all([repo.allIndustries(db), summaries(actor, {})]);
      return list.map((i) => ({
        code: i.code,
        name: i.name,
        general: i.isGeneral,
        catalogs: all.filter((c) => c.industryCode === i.code),
      }));
    },

    async list(caller: Actor | null, q: CatalogListQuery): Promise<CatalogSummary[]> {
      return summaries(requireAccess(caller, 'catalog.read'), q);
    },

    /**
     * One version of a catalog with its items: the published one unless a number is asked for.
     * Drafts are visible only to those who may edit the catalog; to others they do not exist.
     */
    get,

    async diff(caller: Actor | null, id: string, from: number, to: number): Promise<CatalogDiff> {
      const [a, b] = await Promise.all([get(caller, id, from), get(caller, id, to)]);
      return diffVersions(
        { version: from, categories: a.categories },
        { version: to, categories: b.categories },
      );
    },

    async searchItems(caller: Actor | null, q: ItemSearchQuery): Promise<ItemSearchHit[]> {
      const actor = requireAccess(caller, 'catalog.read');
      const rows = await repo.searchPublishedItems(db, q, catalogScopeWhere(actor));
      return rows.map((r) => ({
        catalogId: r.catalogId,
        catalogName: r.catalogName,
        industryCode: r.industryCode,
        version: r.version,
        category: r.category,
        subcategory: r.subcategory,
        item: toItem(r),
      }));
    },
  };
}

export type CatalogsService = ReturnType<typeof createCatalogsService>;
