import {
  Id,
  listOf,
  SupervisionInput,
  SupervisionListQuery,
  SupervisionSummary,
  SupervisionView,
} from '@ancha/contracts';
import { createRoute, z } from '@hono/zod-openapi';
import { errors, jsonBody, jsonResponse, newRouter, requestMeta } from '../../lib/router.ts';
import type { SupervisionService } from './supervision.service.ts';

const tags = ['监督检查'];
const params = z.object({ id: Id.describe('由客户端生成的 UUIDv7；以同一标识暂存与提交') });

const save = createRoute({
  method: 'put',
  path: '/supervision-inspections/{id}',
  tags,
  summary: '暂存监督检查（不存在则创建；监管部门）',
  description:
    '被检查场所所属企业须在本部门监管范围内（否则 404）；检查内容可为任一已发布的检查清单。已提交的记录返回 409。',
  request: { params, body: jsonBody(SupervisionInput) },
  responses: { 200: jsonResponse(SupervisionView, '草稿'), ...errors(401, 403, 404, 409, 422) },
});
const submit = createRoute({
  method: 'post',
  path: '/supervision-inspections/{id}/submit',
  tags,
  summary: '提交监督检查',
  description:
    '须逐项作答，并填写检查类型、检查单位、检查人数和处罚类型；有隐患的项生成该企业的隐患并全部提请挂账。重复提交返回同一结果。',
  request: { params },
  responses: { 200: jsonResponse(SupervisionView, '监督检查记录'), ...errors(401, 403, 404, 422) },
});
const get = createRoute({
  method: 'get',
  path: '/supervision-inspections/{id}',
  tags,
  summary: '一条监督检查记录或草稿',
  request: { params },
  responses: { 200: jsonResponse(SupervisionView, '监督检查记录'), ...errors(401, 403, 404, 422) },
});
const list = createRoute({
  method: 'get',
  path: '/supervision-inspections',
  tags,
  summary: '监督检查台账（限权限范围内；企业用户为本企业已提交的记录）',
  request: { query: SupervisionListQuery },
  responses: { 200: jsonResponse(listOf(SupervisionSummary), '一页记录'), ...errors(401, 403, 422) },
});

export function supervisionRoutes(supervision: SupervisionService) {
  return newRouter()
    .openapi(list, async (c) => c.json(await supervision.list(c.get('actor'), c.req.valid('query')), 200))
    .openapi(get, async (c) => c.json(await supervision.get(c.get('actor'), c.req.valid('param').id), 200))
    .openapi(save, async (c) => {
      const view = await supervision.save(
        c.get('actor'),
        c.req.valid('param').id,
        c.req.valid('json'),
        requestMeta(c),
      );
      return c.json(view, 200);
    })
    .openapi(submit, async (c) =>
      c.json(await supervision.submit(c.get('actor'), c.req.valid('param').id, requestMeta(c)), 200),
    );
}
