import type { CatalogCategory, CatalogDiff, CatalogItem } from '@ancha/contracts';

type Placed = CatalogItem & { place: string };

function flatten(tree: CatalogCategory[]): Map<string, Placed> {
  const byNo = new Map<string, Placed>();
  for (const top of tree) {
    for (const sub of top.children) {
      for (const item of sub.items) byNo.set(item.no, { ...item, place: `${top.name}/${sub.name}` });
    }
  }
  return byNo;
}

const same = (a: Placed, b: Placed) =>
  a.text === b.text &&
  a.basis === b.basis &&
  (a.major?.code ?? null) === (b.major?.code ?? null) &&
  (a.guidance ?? null) === (b.guidance ?? null) &&
  a.place === b.place;

const strip = ({ place: _place, ...item }: Placed): CatalogItem => item;

/**
 * What changed between two versions, item by item. Items keep their number across versions
 * (a draft copies them), so the number is what identifies "the same check".
 */
export function diffVersions(
  from: { version: number; categories: CatalogCategory[] },
  to: { version: number; categories: CatalogCategory[] },
): CatalogDiff {
  const before = flatten(from.categories);
  const after = flatten(to.categories);
  const diff: CatalogDiff = { from: from.version, to: to.version, added: [], removed: [], changed: [] };
  for (const [no, item] of after) {
    const old = before.get(no);
    if (!old) diff.added.push(strip(item));
    else if (!same(old, item)) diff.changed.push({ before: strip(old), after: strip(item) });
  }
  for (const [no, item] of before) if (!after.has(no)) diff.removed.push(strip(item));
  return diff;
}
