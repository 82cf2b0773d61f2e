import { and, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { catalogCategories, catalogItems, catalogVersions, majorClauses } from '../../db/schema/index.ts';
import { newId } from '../../lib/ids.ts';

export function findVersion(db: DbOrTx, catalogId: string, version: number) {
  return db.query.catalogVersions.findFirst({
    where: and(eq(catalogVersions.catalogId, catalogId), eq(catalogVersions.version, version)),
  });
}

export function findPublished(db: DbOrTx, catalogId: string) {
  return db.query.catalogVersions.findFirst({
    where: and(eq(catalogVersions.catalogId, catalogId), eq(catalogVersions.status, 'published')),
  });
}

export async function nextVersionNumber(db: DbOrTx, catalogId: string): Promise<number> {
  const [row] = await db
    .select({ version: catalogVersions.version })
    .from(catalogVersions)
    .where(eq(catalogVersions.catalogId, catalogId))
    .orderBy(desc(catalogVersions.version))
    .limit(1);
  return (row?.version ?? 0) + 1;
}

type CategoryRow = typeof catalogCategories.$inferSelect;
type ItemRow = typeof catalogItems.$inferSelect;

/**
 * Copies a version's categories and items into another (a new draft), under new ids. `map`
 * rewrites the copies: an enterprise standard made from several catalogs renumbers their items
 * and records where each came from (E9).
 */
export async function copyContent(
  db: DbOrTx,
  fromVersionId: string,
  toVersionId: string,
  map: { category?: (c: CategoryRow) => CategoryRow; item?: (i: ItemRow) => ItemRow } = {},
) {
  const categories = await db
    .select()
    .from(catalogCategories)
    .where(eq(catalogCategories.versionId, fromVersionId));
  const items = await db.select().from(catalogItems).where(eq(catalogItems.versionId, fromVersionId));
  const ids = new Map(categories.map((c) => [c.id, newId()]));
  if (categories.length) {
    await db.insert(catalogCategories).values(
      categories.map((c) => ({
        ...(map.category ? map.category(c) : c),
        id: ids.get(c.id)!,
        versionId: toVersionId,
        parentId: c.parentId ? ids.get(c.parentId)! : null,
      })),
    );
  }
  if (items.length) {
    await db.insert(catalogItems).values(
      items.map((i) => ({
        ...(map.item ? map.item(i) : i),
        id: newId(),
        versionId: toVersionId,
        categoryId: ids.get(i.categoryId)!,
      })),
    );
  }
}

export function findSubcategory(db: DbOrTx, versionId: string, categoryId: string) {
  return db.query.catalogCategories.findFirst({
    where: and(eq(catalogCategories.id, categoryId), eq(catalogCategories.versionId, versionId)),
  });
}

export function findItem(db: DbOrTx, versionId: string, itemId: string) {
  return db.query.catalogItems.findFirst({
    where: and(eq(catalogItems.id, itemId), eq(catalogItems.versionId, versionId)),
  });
}

export function findItemByNo(db: DbOrTx, versionId: string, no: string) {
  return db.query.catalogItems.findFirst({
    where: and(eq(catalogItems.versionId, versionId), eq(catalogItems.no, no)),
  });
}

export function clauseExists(db: DbOrTx, code: string) {
  return db.query.majorClauses.findFirst({ where: eq(majorClauses.code, code), columns: { code: true } });
}

export async function lastSort(db: DbOrTx, versionId: string): Promise<number> {
  const [row] = await db
    .select({ sort: catalogItems.sort })
    .from(catalogItems)
    .where(eq(catalogItems.versionId, versionId))
    .orderBy(desc(catalogItems.sort))
    .limit(1);
  return row?.sort ?? -1;
}

/** Writes parsed spreadsheet rows into a draft, making each category the first time it appears. */
export async function insertParsedItems(
  db: DbOrTx,
  versionId: string,
  items: {
    no: string;
    category: string;
    subcategory: string;
    text: string;
    basis: string;
    major: string | null;
    guidance: string | null;
  }[],
) {
  const categories: (typeof catalogCategories.$inferInsert)[] = [];
  const tops = new Map<string, string>();
  const subs = new Map<string, string>();
  const rows = items.map((item, sort) => {
    let topId = tops.get(item.category);
    if (!topId) {
      topId = newId();
      tops.set(item.category, topId);
      categories.push({ id: topId, versionId, parentId: null, name: item.category, sort: tops.size - 1 });
    }
    const key = `${item.category}\u0000${item.subcategory}`;
    let subId = subs.get(key);
    if (!subId) {
      subId = newId();
      subs.set(key, subId);
      const siblings = categories.filter((c) => c.parentId === topId).length;
      categories.push({ id: subId, versionId, parentId: topId, name: item.subcategory, sort: siblings });
    }
    return {
      id: newId(),
      versionId,
      categoryId: subId,
      no: item.no,
      text: item.text,
      basis: item.basis,
      majorClauseCode: item.major,
      guidance: item.guidance,
      sort,
    };
  });
  await db.insert(catalogCategories).values(categories);
  await db.insert(catalogItems).values(rows);
}
