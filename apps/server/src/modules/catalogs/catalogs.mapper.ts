import type { CatalogCategory, CatalogItem, CatalogSummary, VersionSummary } from '@ancha/contracts';
import type { categoriesOf, itemsOf, liveVersions } from './catalogs.repository.ts';

type LiveRow = Awaited<ReturnType<typeof liveVersions>>[number];

export function toVersionSummary(v: {
  id: string;
  version: number;
  status: VersionSummary['status'];
  name: string;
  publishedAt: Date | null;
  itemCount: number | null;
}): VersionSummary {
  return {
    id: v.id,
    version: v.version,
    status: v.status,
    name: v.name,
    publishedAt: v.publishedAt?.toISOString() ?? null,
    itemCount: Number(v.itemCount ?? 0),
  };
}

/** One summary per catalog from its live versions; drafts only for those who may edit them. */
export function toSummaries(rows: LiveRow[], showDraft: (row: LiveRow) => boolean): CatalogSummary[] {
  const byCatalog = new Map<string, CatalogSummary>();
  for (const row of rows) {
    const summary = byCatalog.get(row.catalogId) ?? {
      id: row.catalogId,
      code: row.code,
      industryCode: row.industryCode,
      name: row.name,
      published: null,
      draft: null,
    };
    if (row.status === 'published') {
      summary.published = toVersionSummary(row);
      summary.name = row.name;
    } else if (showDraft(row)) {
      summary.draft = toVersionSummary(row);
    }
    byCatalog.set(row.catalogId, summary);
  }
  return [...byCatalog.values()].filter((s) => s.published || s.draft);
}

type ItemRow = Awaited<ReturnType<typeof itemsOf>>[number];

export function toItem({ item, clause, criteriaName, issuedBy }: ItemRow): CatalogItem {
  return {
    id: item.id,
    no: item.no,
    text: item.text,
    basis: item.basis,
    guidance: item.guidance,
    major: clause
      ? {
          code: clause.code,
          article: clause.article,
          text: clause.text,
          criteriaCode: clause.criteriaCode,
          criteriaName: criteriaName ?? '',
          issuedBy: issuedBy ?? '',
        }
      : null,
  };
}

/** The two-level category tree with its items, in the catalog's order. */
export function toCategoryTree(
  categories: Awaited<ReturnType<typeof categoriesOf>>,
  items: Awaited<ReturnType<typeof itemsOf>>,
): CatalogCategory[] {
  const itemsBySub = new Map<string, CatalogItem[]>();
  for (const row of items) {
    const list = itemsBySub.get(row.item.categoryId) ?? [];
    list.push(toItem(row));
    itemsBySub.set(row.item.categoryId, list);
  }
  return categories
    .filter((c) => c.parentId === null)
    .map((top) => ({
      id: top.id,
      name: top.name,
      children: categories
        .filter((c) => c.parentId === top.id)
        .map((sub) => ({ id: sub.id, name: sub.name, items: itemsBySub.get(sub.id) ?? [] })),
    }));
}
