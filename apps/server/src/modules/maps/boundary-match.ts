import type { BoundaryCollection, BoundaryMapView } from '@ancha/contracts';

type Feature = BoundaryCollection['features'][number];
type Stored = BoundaryMapView['geojson'];
export interface Region {
  code: string;
  name: string;
}

/** What the common exports (DataV, GeoJSON.cn, OSM extracts) call a feature's code and name. */
function codeOf(p: Record<string, unknown> | null): string | null {
  const value = p?.adcode ?? p?.code ?? p?.ADCODE;
  return typeof value === 'number' || typeof value === 'string' ? String(value) : null;
}
function nameOf(p: Record<string, unknown> | null): string | null {
  const value = p?.name ?? p?.NAME;
  return typeof value === 'string' ? value.trim() : null;
}

function polygonsOf(f: Feature): number[][][][] {
  return f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
}

/**
 * Matches an uploaded file's features to the regions below the map's region. A region drawn in
 * several features (islands, enclaves) becomes one MultiPolygon. Every feature must be one of
 * the regions, and every region must be drawn: a map with a hole or a stranger is refused whole,
 * with each problem named, rather than drawn wrong.
 */
export function matchBoundaries(
  collection: BoundaryCollection,
  regions: Region[],
): { ok: true; geojson: Stored } | { ok: false; problems: string[] } {
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const byName = new Map(regions.map((r) => [r.name, r]));
  const drawn = new Map<string, number[][][][]>();
  const problems: string[] = [];

  collection.features.forEach((feature, index) => {
    const code = codeOf(feature.properties);
    const name = nameOf(feature.properties);
    const region = (code && byCode.get(code)) || (name && byName.get(name)) || undefined;
    if (!region) {
      problems.push(`第 ${index + 1} 个边界「${name ?? code ?? '无名称'}」不是本区域的下级区划`);
      return;
    }
    drawn.set(region.code, [...(drawn.get(region.code) ?? []), ...polygonsOf(feature)]);
  });
  const missing = regions.filter((r) => !drawn.has(r.code)).map((r) => r.name);
  if (missing.length > 0) problems.push(`缺少这些区划的边界：${missing.join('、')}`);
  if (problems.length > 0) return { ok: false, problems };

  return {
    ok: true,
    geojson: {
      type: 'FeatureCollection',
      features: regions.map((r) => {
        const polygons = drawn.get(r.code) ?? [];
        return {
          type: 'Feature' as const,
          properties: { code: r.code, name: r.name },
          geometry:
            polygons.length === 1 && polygons[0]
              ? { type: 'Polygon' as const, coordinates: polygons[0] }
              : { type: 'MultiPolygon' as const, coordinates: polygons },
        };
      }),
    },
  };
}
