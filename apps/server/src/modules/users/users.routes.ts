import { CreateUserBody, UserSummary } from '@ancha/contracts';
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

export function usersRoutes(users: UsersService) {
  return newRouter().openapi(create, async (c) =>
    c.json(await users.create(c.get('actor'), c.req.valid('json'), requestMeta(c)), 201),
  );
}
