import { z } from 'zod';
import { Timestamp } from './common.ts';

/**
 * Boundary maps (G6): a deployment may upload GeoJSON for the statistics map in place of the tile
 * grid. Ancha ships none, since no boundary data of clear licence exists. The features must be
 * the regions directly below the map's region (for 北京市, its 16 districts); each is recognised
 * by its administrative code (`adcode` or `code`, as common exports name it) or its name.
 */
export const MapRegionCode = z.string().regex(/^110000$|^\d{6}$/, { error: '地图的区域代码应为 6 位数字' });

const Position = z
  .array(z.number({ error: '坐标应为数字' }))
  .min(2, { error: '坐标应为 [经度, 纬度]' })
  .refine(([lon, lat]) => Math.abs(lon ?? 999) <= 180 && Math.abs(lat ?? 999) <= 90, {
    error: '经纬度超出范围',
  });
const Ring = z.array(Position).min(4, { error: '边界环至少要有 4 个点' });
const Geometry = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('Polygon'), coordinates: z.array(Ring).min(1) }),
    z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(Ring).min(1)).min(1) }),
  ],
  { error: '边界只能是 Polygon 或 MultiPolygon' },
);
export const BoundaryFeature = z.object({
  type: z.literal('Feature', { error: '每一项应为 GeoJSON Feature' }),
  properties: z.record(z.string(), z.unknown()).nullable(),
  geometry: Geometry,
});
export const BoundaryCollection = z.object({
  type: z.literal('FeatureCollection', { error: '文件应为 GeoJSON FeatureCollection' }),
  features: z.array(BoundaryFeature).min(1, { error: '文件里没有任何边界' }),
});
export type BoundaryCollection = z.infer<typeof BoundaryCollection>;

export const BoundaryMapInput = z.object({
  name: z.string().trim().min(1, { error: '请填写文件名' }).max(200, { error: '文件名不能超过 200 个字符' }),
  geojson: BoundaryCollection,
});
export type BoundaryMapInput = z.infer<typeof BoundaryMapInput>;

/** As stored: each feature's properties reduced to the region it was matched to. */
export const BoundaryMapView = z.object({
  regionCode: z.string(),
  name: z.string(),
  uploadedAt: Timestamp,
  geojson: z.object({
    type: z.literal('FeatureCollection'),
    features: z.array(
      BoundaryFeature.extend({ properties: z.object({ code: z.string(), name: z.string() }) }),
    ),
  }),
});
export type BoundaryMapView = z.infer<typeof BoundaryMapView>;
