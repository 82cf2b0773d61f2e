import {
  AcceptanceInput,
  HazardDetail,
  HazardListQuery,
  HazardPlanInput,
  HazardView,
  Id,
  RectificationInput,
} from '@ancha/contracts';
import { createRoute, z } from '@hono/zod-openapi';
import { errors, jsonBody, jsonResponse, newRouter, requestMeta } from '../../lib/router.ts';
import type { HazardHandlingService } from './hazard-handling.service.ts';
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
  summary: '一条隐患及其全部经过',
  request: { params: z.object({ id: Id }) },
  responses: { 200: jsonResponse(HazardDetail, '隐患'), ...errors(401, 403, 404, 422) },
});
const rectify = createRoute({
  method: 'post',
  path: '/hazards/{id}/rectification',
  tags,
  summary: '去处置：填报整改情况，隐患转为已处置',
  request: { params: z.object({ id: Id }), body: jsonBody(RectificationInput) },
  responses: { 200: jsonResponse(HazardDetail, '已处置'), ...errors(401, 403, 404, 409, 422) },
});
const accept = createRoute({
  method: 'post',
  path: '/hazards/{id}/acceptance',
  tags,
  summary: '验收（企业管理员）：不通过则退回待处置',
  request: { params: z.object({ id: Id }), body: jsonBody(AcceptanceInput) },
  responses: { 200: jsonResponse(HazardDetail, '验收结果'), ...errors(401, 403, 404, 409, 422) },
});

const updatePlan = createRoute({
  method: 'put',
  path: '/hazards/{id}',
  tags,
  summary: '修改待处置一般隐患的整改计划（重大隐患返回 409）',
  request: { params: z.object({ id: Id }), body: jsonBody(HazardPlanInput) },
  responses: { 200: jsonResponse(HazardDetail, '隐患'), ...errors(401, 403, 404, 409, 422) },
});
const remove = createRoute({
  method: 'delete',
  path: '/hazards/{id}',
  tags,
  summary: '隐患记录不能删除（始终返回 409 或 404）',
  request: { params: z.object({ id: Id }) },
  responses: { ...errors(401, 403, 404, 409) },
});

export function hazardsRoutes(hazards: HazardsService, handling: HazardHandlingService) {
  return newRouter()
    .openapi(list, async (c) => c.json(await hazards.list(c.get('actor'), c.req.valid('query')), 200))
    .openapi(get, async (c) => c.json(await handling.detail(c.get('actor'), c.req.valid('param').id), 200))
    .openapi(rectify, async (c) => {
      const detail = await handling.rectify(
        c.get('actor'),
        c.req.valid('param').id,
        c.req.valid('json'),
        requestMeta(c),
      );
      return c.json(detail, 200);
    })
    .openapi(updatePlan, async (c) => {
      const detail = await handling.updatePlan(
        c.get('actor'),
        c.req.valid('param').id,
        c.req.valid('json'),
        requestMeta(c),
      );
      return c.json(detail, 200);
    })
    .openapi(remove, async (c) => handling.remove(c.get('actor'), c.req.valid('param').id))
    .openapi(accept, async (c) => {
      const detail = await handling.accept(
        c.get('actor'),
        c.req.valid('param').id,
        c.req.valid('json'),
        requestMeta(c),
      );
      return c.json(detail, 200);
    });
}
