import { HazardListQuery, HazardView, Id } from '@ancha/contracts';
import { createRoute, z } from '@hono/zod-openapi';
import { errors, jsonResponse, newRouter } from '../../lib/router.ts';
import type { HazardsService } from './hazards.service.ts';

const tags = ['隐患'];
const HazardPage = z.object({
  items: z.array(HazardView),
  nextCursor: z.string().nullable(),
  counts: z
    .object({ pending: z.number().int(), resolved: z.number().int() })
    .describe('待处置(n) / 已处置(n)'),
});

const list = createRoute({
  method: 'get',
  path: '/hazards',
  tags,
  summary: '隐患记录（待处置 / 已处置）',
  description:
    '企业管理员：本单位全部；自查人：本人发现的；监管部门：辖区内的重大隐患，以及已上报记录中的隐患。',
  request: { query: HazardListQuery },
  responses: { 200: jsonResponse(HazardPage, '一页隐患与两个分页签的数量'), ...errors(401, 403, 422) },
});
const get = createRoute({
  method: 'get',
  path: '/hazards/{id}',
  tags,
  summary: '一条隐患',
  request: { params: z.object({ id: Id }) },
  responses: { 200: jsonResponse(HazardView, '隐患'), ...errors(401, 403, 404, 422) },
});

export function hazardsRoutes(hazards: HazardsService) {
  return newRouter()
    .openapi(list, async (c) => c.json(await hazards.list(c.get('actor'), c.req.valid('query')), 200))
    .openapi(get, async (c) => c.json(await hazards.get(c.get('actor'), c.req.valid('param').id), 200));
}
