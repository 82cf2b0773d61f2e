import type { StandardCategory, StandardView } from '@ancha/contracts';
import type { DbOrTx } from '../../db/client.ts';
import type { catalogs } from '../../db/schema/index.ts';
import { toItem, toVersionSummary } from '../catalogs/catalogs.mapper.ts';
import * as catalogRepo from '../catalogs/catalogs.repository.ts';
import * as repo from './standards.repository.ts';

type Catalog = typeof catalogs.$inferSelect;

/**
 * The standard as a tree of categories and items, each item with where it came from. The
 * enterprise sees its draft when there is one; regulators (`publishedOnly`) the latest
 * published version, or nothing before the first publication.
 */
export async function standardView(
  db: DbOrTx,
  catalog: Catalog,
  publishedOnly: boolean,
): Promise<StandardView | undefined> {
  const all = await catalogRepo.versionsOf(db, catalog.id);
  const versions = publishedOnly ? all.filter((v) => v.status !== 'draft') : all;
  const draft = versions.find((v) => v.status === 'draft');
  const published = versions.find((v) => v.status === 'published');
  const shown = draft ?? published;
  if (!shown) return undefined;
  const [categories, items] = await Promise.all([
    catalogRepo.categoriesOf(db, shown.id),
    catalogRepo.itemsOf(db, shown.id),
  ]);
  const sources = new Map(
    (
      await repo.sourceVersions(
        db,
        items.flatMap((r) => r.item.sourceVersionId ?? []),
      )
    ).map((s) => [s.id, s]),
  );
  const bySub = new Map<string, StandardCategory['children'][number]['items']>();
  for (const row of items) {
    const source = row.item.sourceVersionId ? sources.get(row.item.sourceVersionId) : undefined;
    const list = bySub.get(row.item.categoryId) ?? [];
    list.push({
      ...toItem(row),
      sourceNo: row.item.sourceNo,
      sourceCatalog: source?.name ?? null,
      sourceVersion: source?.version ?? null,
    });
    bySub.set(row.item.categoryId, list);
  }
  return {
    catalogId: catalog.id,
    code: catalog.code,
    enterpriseId: catalog.enterpriseId!,
    industryCode: catalog.industryCode,
    version: shown.version,
    status: shown.status,
    name: shown.name,
    versions: versions.map(toVersionSummary),
    published: published?.version ?? null,
    draft: draft?.version ?? null,
    categories: categories
      .filter((c) => c.parentId === null)
      .map((top) => ({
        id: top.id,
        name: top.name,
        children: categories
          .filter((c) => c.parentId === top.id)
          .map((sub) => ({ id: sub.id, name: sub.name, items: bySub.get(sub.id) ?? [] })),
      })),
  };
}
