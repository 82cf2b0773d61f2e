import { Id, PasswordResetResult, SetPermissionsBody, UpdateUserBody, UserSummary } from '@ancha/contracts';
import { createRoute, z } from '@hono/zod-openapi';
import { errors, jsonBody, jsonResponse, newRouter, requestMeta } from '../../lib/router.ts';
import type { UserAdminService } from './user-admin.service.ts';

const tags = ['账号'];
const params = z.object({ id: Id });

const update = createRoute({
  method: 'patch',
  path: '/users/{id}',
  tags,
  summary: '修改用户（姓名、手机号、账号类型、角色）',
  description: '企业管理员管理本单位用户；不能降低自己账号的权限（409）。',
  request: { params, body: jsonBody(UpdateUserBody) },
  responses: { 200: jsonResponse(UserSummary, '已修改'), ...errors(401, 403, 404, 409, 422) },
});
const disable = createRoute({
  method: 'post',
  path: '/users/{id}/disable',
  tags,
  summary: '停用用户',
  description: '停用后该用户的全部会话立即失效，登录被拒绝；不能停用自己（409）。',
  request: { params },
  responses: { 200: jsonResponse(UserSummary, '已停用'), ...errors(401, 403, 404, 409, 422) },
});
const enable = createRoute({
  method: 'post',
  path: '/users/{id}/enable',
  tags,
  summary: '启用用户',
  request: { params },
  responses: { 200: jsonResponse(UserSummary, '已启用'), ...errors(401, 403, 404, 422) },
});
const resetPassword = createRoute({
  method: 'post',
  path: '/users/{id}/password-reset',
  tags,
  summary: '重置密码',
  description: '生成临时密码（仅本次返回）；用户下次登录须先设置新密码，现有会话全部失效。',
  request: { params },
  responses: { 200: jsonResponse(PasswordResetResult, '临时密码'), ...errors(401, 403, 404, 409, 422) },
});
const setPermissions = createRoute({
  method: 'put',
  path: '/users/{id}/permissions',
  tags,
  summary: '用户授权',
  description: '用户自己的权限，叠加在其角色（或默认自查人权限）之上；只接受权限目录中的键。',
  request: { params, body: jsonBody(SetPermissionsBody) },
  responses: { 200: jsonResponse(UserSummary, '已授权'), ...errors(401, 403, 404, 422) },
});

export function userAdminRoutes(admin: UserAdminService) {
  return newRouter()
    .openapi(update, async (c) =>
      c.json(
        await admin.update(c.get('actor'), c.req.valid('param').id, c.req.valid('json'), requestMeta(c)),
        200,
      ),
    )
    .openapi(disable, async (c) =>
      c.json(await admin.disable(c.get('actor'), c.req.valid('param').id, requestMeta(c)), 200),
    )
    .openapi(enable, async (c) =>
      c.json(await admin.enable(c.get('actor'), c.req.valid('param').id, requestMeta(c)), 200),
    )
    .openapi(resetPassword, async (c) =>
      c.json(await admin.resetPassword(c.get('actor'), c.req.valid('param').id, requestMeta(c)), 200),
    )
    .openapi(setPermissions, async (c) =>
      c.json(
        await admin.setPermissions(
          c.get('actor'),
          c.req.valid('param').id,
          c.req.valid('json'),
          requestMeta(c),
        ),
        200,
      ),
    );
}
