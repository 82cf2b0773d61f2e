import { Id, PlanInput, PlanListQuery, PlanOverview, PlanView } from '@ancha/contracts';
import { createRoute, z } from '@hono/zod-openapi';
import { errors, jsonBody, jsonResponse, newRouter, requestMeta } from '../../lib/router.ts';
import type { PlansService } from './plans.service.ts';

const tags = ['监督检查计划'];

const overview = createRoute({
  method: 'get',
  path: '/plans',
  tags,
  summary: '本单位某年度的监督检查计划及下级单位的计划（附件3）',
  description: '区：另含本区各街乡的计划；市：另含其他各单位的计划。下级计划只读。',
  request: { query: PlanListQuery },
  responses: { 200: jsonResponse(PlanOverview, '计划与完成进度'), ...errors(401, 403, 422) },
});
const get = createRoute({
  method: 'get',
  path: '/plans/{id}',
  tags,
  summary: '一份监督检查计划及其完成进度',
  request: { params: z.object({ id: Id }) },
  responses: { 200: jsonResponse(PlanView, '计划'), ...errors(401, 403, 404, 422) },
});
const save = createRoute({
  method: 'put',
  path: '/plans/{year}',
  tags,
  summary: '编制或整体替换本单位某年度的监督检查计划',
  description: '年度 2018–2100；工作安排各列均须填写。',
  // The year is checked by the service after the role and the body (a bad one is a 422 on `year`).
  request: { params: z.object({ year: z.string().describe('年度，如 2026') }), body: jsonBody(PlanInput) },
  responses: { 200: jsonResponse(PlanView, '保存后的计划'), ...errors(401, 403, 422) },
});

export function plansRoutes(plans: PlansService) {
  return newRouter()
    .openapi(overview, async (c) =>
      c.json(await plans.overview(c.get('actor'), c.req.valid('query').year), 200),
    )
    .openapi(get, async (c) => c.json(await plans.get(c.get('actor'), c.req.valid('param').id), 200))
    .openapi(save, async (c) =>
      c.json(
        await plans.save(c.get('actor'), c.req.valid('param').year, c.req.valid('json'), requestMeta(c)),
        200,
      ),
    );
}
