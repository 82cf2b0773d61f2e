import { BoundaryMapInput, BoundaryMapView, MapRegionCode } from '@ancha/contracts';
import { createRoute, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { fieldError } from '../../lib/errors.ts';
import { errors, jsonBody, jsonResponse, newRouter, requestMeta } from '../../lib/router.ts';
import type { MapsService } from './maps.service.ts';

const tags = ['统计分析'];
const params = z.object({ regionCode: MapRegionCode });

/** A district-level boundary file is a few hundred KB simplified, a few MB at full detail. */
export const MAX_MAP_BYTES = 8 * 1024 * 1024;
export const mapUploadLimit = bodyLimit({
  maxSize: MAX_MAP_BYTES,
  onError: () => {
    throw fieldError('geojson', `边界文件不能超过 ${MAX_MAP_BYTES / 1024 / 1024} MB，请先简化后再上传`);
  },
});

const get = createRoute({
  method: 'get',
  path: '/maps/{regionCode}',
  tags,
  summary: '某区域的边界图（GeoJSON，各下级区划一个要素）',
  description: '110000 为北京市（16 个区）。没有上传时 404，统计页改用方块图。',
  request: { params },
  responses: { 200: jsonResponse(BoundaryMapView, '边界图'), ...errors(401, 403, 404, 422) },
});
const save = createRoute({
  method: 'put',
  path: '/maps/{regionCode}',
  tags,
  summary: '上传或替换边界图（平台管理员）',
  description:
    '每个要素用 properties.adcode / code（行政区划代码）或 properties.name（区划名称）对应到下级区划；' +
    '每个下级区划都要有边界，不认识的要素整份拒收。',
  request: { params, body: jsonBody(BoundaryMapInput) },
  responses: { 200: jsonResponse(BoundaryMapView, '保存后的边界图'), ...errors(401, 403, 404, 422) },
});
const remove = createRoute({
  method: 'delete',
  path: '/maps/{regionCode}',
  tags,
  summary: '删除边界图，统计页恢复方块图（平台管理员）',
  request: { params },
  responses: { 204: { description: '已删除' }, ...errors(401, 403, 404, 422) },
});

export function mapsRoutes(maps: MapsService) {
  return newRouter()
    .openapi(get, async (c) => c.json(await maps.get(c.get('actor'), c.req.valid('param').regionCode), 200))
    .openapi(save, async (c) => {
      const { regionCode } = c.req.valid('param');
      return c.json(await maps.save(c.get('actor'), regionCode, c.req.valid('json'), requestMeta(c)), 200);
    })
    .openapi(remove, async (c) => {
      await maps.remove(c.get('actor'), c.req.valid('param').regionCode, requestMeta(c));
      return c.body(null, 204);
    });
}
