import { DepartmentInput, DepartmentList, DepartmentView, Id, OrgCompleteness } from '@ancha/contracts';
import { createRoute, z } from '@hono/zod-openapi';
import { errors, jsonBody, jsonResponse, newRouter, requestMeta } from '../../lib/router.ts';
import type { CompletenessService } from './completeness.service.ts';
import type { DepartmentsService } from './departments.service.ts';

const tags = ['部门与岗位'];
const params = z.object({ id: Id });

const list = createRoute({
  method: 'get',
  path: '/departments',
  tags,
  summary: '部门列表（树形顺序）',
  description: '本单位的全部部门，上级在前、下级随后（depth 为层级）。企业管理员与本单位用户可查看。',
  responses: { 200: jsonResponse(DepartmentList, '部门'), ...errors(401, 403) },
});
const create = createRoute({
  method: 'post',
  path: '/departments',
  tags,
  summary: '新增部门（企业管理员）',
  description: '部门名称在本单位内唯一（导入岗位清单按名称匹配部门）。',
  request: { body: jsonBody(DepartmentInput) },
  responses: { 201: jsonResponse(DepartmentView, '已创建'), ...errors(401, 403, 422) },
});
const update = createRoute({
  method: 'put',
  path: '/departments/{id}',
  tags,
  summary: '重命名或移动部门（企业管理员）',
  description: '不能移到本部门或其下级部门之下。',
  request: { params, body: jsonBody(DepartmentInput) },
  responses: { 200: jsonResponse(DepartmentView, '已保存'), ...errors(401, 403, 404, 422) },
});
const remove = createRoute({
  method: 'delete',
  path: '/departments/{id}',
  tags,
  summary: '删除部门（企业管理员）',
  description: '部门下还有岗位或下级部门时返回 409。',
  request: { params },
  responses: { 204: { description: '已删除' }, ...errors(401, 403, 404, 409, 422) },
});
const completeness = createRoute({
  method: 'get',
  path: '/enterprises/{id}/completeness',
  tags: ['企业'],
  summary: '信息完备率',
  description:
    '部门信息的建立、个性化标准（已发布的企业标准）、岗位清单（每个岗位都有）、岗位责任制度的上传（每个岗位都有），各占 25%。与单位基本信息的“完整率”不同。本单位用户及其监管部门可查看。',
  request: { params },
  responses: { 200: jsonResponse(OrgCompleteness, '信息完备率及缺少的内容'), ...errors(401, 403, 404, 422) },
});

export function departmentsRoutes(departments: DepartmentsService, rate: CompletenessService) {
  return newRouter()
    .openapi(list, async (c) => c.json(await departments.list(c.get('actor')), 200))
    .openapi(create, async (c) =>
      c.json(await departments.create(c.get('actor'), c.req.valid('json'), requestMeta(c)), 201),
    )
    .openapi(update, async (c) => {
      const { id } = c.req.valid('param');
      return c.json(await departments.update(c.get('actor'), id, c.req.valid('json'), requestMeta(c)), 200);
    })
    .openapi(remove, async (c) => {
      await departments.remove(c.get('actor'), c.req.valid('param').id, requestMeta(c));
      return c.body(null, 204);
    })
    .openapi(completeness, async (c) => c.json(await rate.get(c.get('actor'), c.req.valid('param').id), 200));
}
