import { EnterpriseListQuery, EnterpriseSummary, Id, listOf } from '@ancha/contracts';
import { createRoute, z } from '@hono/zod-openapi';
import { errors, jsonResponse, newRouter } from '../../lib/router.ts';
import type { EnterprisesService } from './enterprises.service.ts';

const tags = ['企业'];

const list = createRoute({
  method: 'get',
  path: '/enterprises',
  tags,
  summary: '辖区内企业（监管部门与平台管理员）',
  request: { query: EnterpriseListQuery },
  responses: { 200: jsonResponse(listOf(EnterpriseSummary), '一页企业'), ...errors(401, 403, 422) },
});

const get = createRoute({
  method: 'get',
  path: '/enterprises/{id}',
  tags,
  summary: '企业概况（企业用户只能查看本企业）',
  request: { params: z.object({ id: Id }) },
  responses: { 200: jsonResponse(EnterpriseSummary, '企业概况'), ...errors(401, 403, 404, 422) },
});

export function enterprisesRoutes(enterprises: EnterprisesService) {
  return newRouter()
    .openapi(list, async (c) => c.json(await enterprises.list(c.get('actor'), c.req.valid('query')), 200))
    .openapi(get, async (c) => c.json(await enterprises.get(c.get('actor'), c.req.valid('param').id), 200));
}
