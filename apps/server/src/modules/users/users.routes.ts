import { CreateUserBody, listOf, UserListQuery, UserSummary } from '@ancha/contracts';
import { createRoute } from '@hono/zod-openapi';
import { errors, jsonBody, jsonResponse, newRouter, requestMeta } from '../../lib/router.ts';
import type { UsersService } from './users.service.ts';

const create = createRoute({
  method: 'post',
  path: '/users',
  tags: ['账号'],
  summary: '创建账号',
  description: '平台管理员可创建任意角色；企业管理员只能为本企业创建自查人。新账号首次登录须修改密码。',
  request: { body: jsonBody(CreateUserBody) },
  responses: { 201: jsonResponse(UserSummary, '已创建'), ...errors(401, 403, 404, 422) },
});

const list = createRoute({
  method: 'get',
  path: '/users',
  tags: ['账号'],
  summary: '账号列表',
  description: '平台管理员：全部账号；企业管理员：本单位账号（如选择检查人时按角色 ent_inspector 筛选）。',
  request: { query: UserListQuery },
  responses: { 200: jsonResponse(listOf(UserSummary), '一页账号'), ...errors(401, 403, 422) },
});

export function usersRoutes(users: UsersService) {
  return newRouter()
    .openapi(list, async (c) => c.json(await users.list(c.get('actor'), c.req.valid('query')), 200))
    .openapi(create, async (c) =>
      c.json(await users.create(c.get('actor'), c.req.valid('json'), requestMeta(c)), 201),
    );
}
