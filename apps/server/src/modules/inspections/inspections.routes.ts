import {
  Id,
  InspectionInput,
  InspectionListQuery,
  InspectionSummary,
  InspectionView,
  listOf,
} from '@ancha/contracts';
import { createRoute, z } from '@hono/zod-openapi';
import { errors, jsonBody, jsonResponse, newRouter, requestMeta } from '../../lib/router.ts';
import type { SubmitService } from './inspection-submit.ts';
import type { InspectionsService } from './inspections.service.ts';
import type { ReportingService } from './reporting.ts';

const tags = ['自查'];
const params = z.object({ id: Id.describe('由手机端生成的 UUIDv7；离线填写后以同一标识提交') });

const save = createRoute({
  method: 'put',
  path: '/inspections/{id}',
  tags,
  summary: '暂存自查（不存在则创建）',
  description: '手机端在填写过程中反复调用（自动保存）。已提交的记录返回 409。',
  request: { params, body: jsonBody(InspectionInput) },
  responses: { 200: jsonResponse(InspectionView, '草稿'), ...errors(401, 403, 404, 409, 422) },
});
const submit = createRoute({
  method: 'post',
  path: '/inspections/{id}/submit',
  tags,
  summary: '提交自查',
  description: '须逐项作答并勾选“法人已知晓检查结果”；有隐患的项生成隐患记录。重复提交返回同一结果。',
  request: { params },
  responses: { 200: jsonResponse(InspectionView, '自查记录'), ...errors(401, 403, 404, 422) },
});
const get = createRoute({
  method: 'get',
  path: '/inspections/{id}',
  tags,
  summary: '一条自查记录或草稿',
  request: { params },
  responses: { 200: jsonResponse(InspectionView, '自查记录'), ...errors(401, 403, 404, 422) },
});
const list = createRoute({
  method: 'get',
  path: '/inspections',
  tags,
  summary: '自查记录',
  request: { query: InspectionListQuery },
  responses: { 200: jsonResponse(listOf(InspectionSummary), '一页记录'), ...errors(401, 403, 422) },
});

const report = createRoute({
  method: 'post',
  path: '/inspections/report',
  tags,
  summary: '上报（企业管理员）：本单位已提交的自查记录全部上报，上报后锁定并对监管部门可见',
  description: '未手动上报的记录在每月上报日（默认 25 日，北京时间）自动上报。',
  responses: {
    200: jsonResponse(z.object({ reported: z.number().int() }), '上报的记录数'),
    ...errors(401, 403),
  },
});

export function inspectionsRoutes(
  inspections: InspectionsService,
  submitter: SubmitService,
  reporting: ReportingService,
) {
  return newRouter()
    .openapi(report, async (c) => c.json(await reporting.reportNow(c.get('actor'), requestMeta(c)), 200))
    .openapi(list, async (c) => c.json(await inspections.list(c.get('actor'), c.req.valid('query')), 200))
    .openapi(get, async (c) => c.json(await inspections.get(c.get('actor'), c.req.valid('param').id), 200))
    .openapi(save, async (c) => {
      const view = await inspections.save(
        c.get('actor'),
        c.req.valid('param').id,
        c.req.valid('json'),
        requestMeta(c),
      );
      return c.json(view, 200);
    })
    .openapi(submit, async (c) =>
      c.json(await submitter.submit(c.get('actor'), c.req.valid('param').id, requestMeta(c)), 200),
    );
}
