import type { BoundaryCollection } from '@ancha/contracts';
import { describe, expect, it } from 'vitest';
import { matchBoundaries } from './boundary-match.ts';

const regions = [
  { code: '110101', name: '东城区' },
  { code: '110102', name: '西城区' },
];
const square = (x: number) => [
  [
    [x, 39],
    [x + 1, 39],
    [x + 1, 40],
    [x, 39],
  ],
];
const feature = (properties: Record<string, unknown>, x: number) => ({
  type: 'Feature' as const,
  properties,
  geometry: { type: 'Polygon' as const, coordinates: square(x) },
});
const collection = (...features: BoundaryCollection['features']): BoundaryCollection => ({
  type: 'FeatureCollection',
  features,
});

describe('matchBoundaries', () => {
  it('recognises a region by its code, numeric or text, or by its name', () => {
    const result = matchBoundaries(
      collection(feature({ adcode: 110101 }, 116), feature({ name: '西城区' }, 117)),
      regions,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.geojson.features.map((f) => f.properties)).toEqual(regions);
  });

  it('joins a region drawn in several features into one MultiPolygon', () => {
    const result = matchBoundaries(
      collection(
        feature({ code: '110101' }, 116),
        feature({ code: '110101' }, 118),
        feature({ name: '西城区' }, 117),
      ),
      regions,
    );
    if (!result.ok) throw new Error(result.problems.join());
    const east = result.geojson.features[0];
    expect(east?.geometry.type).toBe('MultiPolygon');
    expect(east?.geometry.coordinates).toHaveLength(2);
  });

  it('names every stranger and every region left undrawn', () => {
    const result = matchBoundaries(collection(feature({ name: '朝阳区' }, 116), feature({}, 117)), regions);
    expect(result).toEqual({
      ok: false,
      problems: [
        '第 1 个边界「朝阳区」不是本区域的下级区划',
        '第 2 个边界「无名称」不是本区域的下级区划',
        '缺少这些区划的边界：东城区、西城区',
      ],
    });
  });
});
