import {
  CatalogItem,
  Id,
  StandardCreateInput,
  StandardItemInput,
  StandardItemPatch,
  StandardUpdates,
  StandardView,
  TakeUpdatesInput,
} from '@ancha/contracts';
import { createRoute, z } from '@hono/zod-openapi';
import { errors, jsonBody, jsonResponse, newRouter, requestMeta } from '../../lib/router.ts';
import type { StandardUpdatesService } from './standard-updates.ts';
import type { StandardsService } from './standards.service.ts';

const tags = ['企业标准'];
const who = '企业管理员维护本单位的企业标准（一企一标准）。';
const writeErrors = errors(401, 403, 404, 409, 422);
const view = jsonResponse(StandardView, '企业标准：有草稿时为草稿，否则为最新发布的版本');
const itemParams = z.object({ itemId: Id });

const get = createRoute({
  method: 'get',
  path: '/standard',
  tags,
  summary: '本单位的企业标准',
  responses: { 200: view, ...errors(401, 403, 404) },
});
const create = createRoute({
  method: 'post',
  path: '/standard',
  tags,
  summary: '由已发布的行业目录（或通用目录）制定企业标准',
  description: `${who}复制所选目录的分类和检查项，生成第 1 版草稿；已有企业标准时返回 409。`,
  request: { body: jsonBody(StandardCreateInput) },
  responses: { 201: view, ...writeErrors },
});
const newDraft = createRoute({
  method: 'post',
  path: '/standard/drafts',
  tags,
  summary: '以最新发布的版本新建草稿',
  responses: { 201: view, ...writeErrors },
});
const addItem = createRoute({
  method: 'post',
  path: '/standard/items',
  tags,
  summary: '在草稿中增加检查项（须写明依据）',
  description: '编号自动为 E-1、E-2……',
  request: { body: jsonBody(StandardItemInput) },
  responses: { 201: jsonResponse(CatalogItem, '新检查项'), ...writeErrors },
});
const reword = createRoute({
  method: 'patch',
  path: '/standard/items/{itemId}',
  tags,
  summary: '修改草稿中检查项的内容或依据',
  request: { params: itemParams, body: jsonBody(StandardItemPatch) },
  responses: { 200: jsonResponse(CatalogItem, '检查项'), ...writeErrors },
});
const remove = createRoute({
  method: 'delete',
  path: '/standard/items/{itemId}',
  tags,
  summary: '从草稿中删除检查项',
  request: { params: itemParams },
  responses: { 204: { description: '已删除' }, ...writeErrors },
});
const publish = createRoute({
  method: 'post',
  path: '/standard/publish',
  tags,
  summary: '发布草稿为新版本（发布后不可修改）',
  responses: { 200: view, ...writeErrors },
});
const updates = createRoute({
  method: 'get',
  path: '/standard/updates',
  tags,
  summary: '来源目录发布新版本后的逐项变更（新增、修改、删除）',
  responses: { 200: jsonResponse(StandardUpdates, '可取用的变更'), ...errors(401, 403, 404) },
});
const take = createRoute({
  method: 'post',
  path: '/standard/updates/take',
  tags,
  summary: '把选中的变更取用到草稿中',
  request: { body: jsonBody(TakeUpdatesInput) },
  responses: { 200: view, ...writeErrors },
});
const ofEnterprise = createRoute({
  method: 'get',
  path: '/enterprises/{id}/standard',
  tags,
  summary: '一家企业最新发布的企业标准（监管部门查看）',
  request: { params: z.object({ id: Id }) },
  responses: { 200: jsonResponse(StandardView, '企业标准'), ...errors(401, 403, 404, 422) },
});

export function standardsRoutes(standards: StandardsService, changes: StandardUpdatesService) {
  return newRouter()
    .openapi(get, async (c) => c.json(await standards.view(c.get('actor')), 200))
    .openapi(create, async (c) =>
      c.json(await standards.create(c.get('actor'), c.req.valid('json'), requestMeta(c)), 201),
    )
    .openapi(newDraft, async (c) => c.json(await standards.newDraft(c.get('actor'), requestMeta(c)), 201))
    .openapi(addItem, async (c) =>
      c.json(await standards.addItem(c.get('actor'), c.req.valid('json'), requestMeta(c)), 201),
    )
    .openapi(reword, async (c) => {
      const { itemId } = c.req.valid('param');
      return c.json(
        await standards.rewordItem(c.get('actor'), itemId, c.req.valid('json'), requestMeta(c)),
        200,
      );
    })
    .openapi(remove, async (c) => {
      await standards.removeItem(c.get('actor'), c.req.valid('param').itemId, requestMeta(c));
      return c.body(null, 204);
    })
    .openapi(publish, async (c) => c.json(await standards.publish(c.get('actor'), requestMeta(c)), 200))
    .openapi(updates, async (c) => c.json({ items: await changes.list(c.get('actor')) }, 200))
    .openapi(take, async (c) =>
      c.json(await changes.take(c.get('actor'), c.req.valid('json'), requestMeta(c)), 200),
    )
    .openapi(ofEnterprise, async (c) =>
      c.json(await standards.ofEnterprise(c.get('actor'), c.req.valid('param').id), 200),
    );
}
