import type { RegionTree } from '@ancha/contracts';

export interface RegionRow {
  code: string;
  name: string;
  type: string | null;
  streetCount: number | null;
  children?: RegionRow[];
}

export interface RegionRows {
  rows: RegionRow[];
  /** Districts whose streets matched, opened so the matches are visible without clicking. */
  expandKeys: string[];
  matches: number;
}

/** The district a region code lies in (a district's own code, or a street's first six digits). */
export function ownDistrict(regionCode: string | null): string[] {
  return regionCode && regionCode.length >= 6 && !regionCode.endsWith('0000') ? [regionCode.slice(0, 6)] : [];
}

export function countStreets(tree: RegionTree): number {
  return tree.districts.reduce((sum, district) => sum + district.streets.length, 0);
}

/**
 * A district whose name matches is shown with all its streets; otherwise it is shown with only
 * the streets that match, so a search for a street keeps the district it belongs to.
 */
export function regionRows(tree: RegionTree, query: string): RegionRows {
  const needle = query.trim();
  const rows: RegionRow[] = [];
  const expandKeys: string[] = [];
  let matches = 0;

  for (const district of tree.districts) {
    const districtMatches = needle === '' || district.name.includes(needle);
    const streets = districtMatches
      ? district.streets
      : district.streets.filter((s) => s.name.includes(needle));
    if (!districtMatches && streets.length === 0) continue;
    if (needle !== '') {
      matches +=
        (district.name.includes(needle) ? 1 : 0) +
        district.streets.filter((s) => s.name.includes(needle)).length;
      if (!districtMatches) expandKeys.push(district.code);
    }
    rows.push({
      code: district.code,
      name: district.name,
      type: null,
      streetCount: district.streets.length,
      children: streets.map((street) => ({
        code: street.code,
        name: street.name,
        type: street.type,
        streetCount: null,
      })),
    });
  }
  return { rows, expandKeys, matches };
}
