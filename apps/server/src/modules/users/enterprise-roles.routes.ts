import { EnterpriseRoleInput, EnterpriseRoleList, EnterpriseRoleView, Id } from '@ancha/contracts';
import { createRoute, z } from '@hono/zod-openapi';
import { errors, jsonBody, jsonResponse, newRouter, requestMeta } from '../../lib/router.ts';
import type { EnterpriseRolesService } from './enterprise-roles.service.ts';

const tags = ['角色'];
const params = z.object({ id: Id });

const list = createRoute({
  method: 'get',
  path: '/enterprise-roles',
  tags,
  summary: '本单位角色列表（含持有用户数）',
  responses: { 200: jsonResponse(EnterpriseRoleList, '角色'), ...errors(401, 403) },
});
const create = createRoute({
  method: 'post',
  path: '/enterprise-roles',
  tags,
  summary: '新增角色',
  description: '角色名称在本单位内唯一；权限只接受权限目录中的键，未知的键逐个列出（422）。',
  request: { body: jsonBody(EnterpriseRoleInput) },
  responses: { 201: jsonResponse(EnterpriseRoleView, '已新增'), ...errors(401, 403, 409, 422) },
});
const update = createRoute({
  method: 'put',
  path: '/enterprise-roles/{id}',
  tags,
  summary: '修改角色名称与权限（角色授权）',
  request: { params, body: jsonBody(EnterpriseRoleInput) },
  responses: { 200: jsonResponse(EnterpriseRoleView, '已修改'), ...errors(401, 403, 404, 409, 422) },
});
const remove = createRoute({
  method: 'delete',
  path: '/enterprise-roles/{id}',
  tags,
  summary: '删除角色（仍有用户持有时返回 409）',
  request: { params },
  responses: { 204: { description: '已删除' }, ...errors(401, 403, 404, 409, 422) },
});

export function enterpriseRolesRoutes(roles: EnterpriseRolesService) {
  return newRouter()
    .openapi(list, async (c) => c.json(await roles.list(c.get('actor')), 200))
    .openapi(create, async (c) =>
      c.json(await roles.create(c.get('actor'), c.req.valid('json'), requestMeta(c)), 201),
    )
    .openapi(update, async (c) =>
      c.json(
        await roles.update(c.get('actor'), c.req.valid('param').id, c.req.valid('json'), requestMeta(c)),
        200,
      ),
    )
    .openapi(remove, async (c) => {
      await roles.remove(c.get('actor'), c.req.valid('param').id, requestMeta(c));
      return c.body(null, 204);
    });
}
