import {
  ContentListQuery,
  ContentPageInput,
  ContentPageSummary,
  ContentPageView,
  Id,
  listOf,
} from '@ancha/contracts';
import { createRoute, z } from '@hono/zod-openapi';
import { errors, jsonBody, jsonResponse, newRouter, requestMeta } from '../../lib/router.ts';
import type { ContentService } from './content.service.ts';

const tags = ['帮助中心'];
const params = z.object({ id: Id });

const list = createRoute({
  method: 'get',
  path: '/content',
  tags,
  summary: '新闻动态、政策法规、标准规范、常见问题、在线帮助的列表（置顶在前，新的在前；q 搜索标题和正文）',
  request: { query: ContentListQuery },
  responses: { 200: jsonResponse(listOf(ContentPageSummary), '一页内容'), ...errors(401, 403, 422) },
});
const get = createRoute({
  method: 'get',
  path: '/content/{id}',
  tags,
  summary: '一篇内容，含正文和附件',
  request: { params },
  responses: { 200: jsonResponse(ContentPageView, '内容'), ...errors(401, 403, 404, 422) },
});
const create = createRoute({
  method: 'post',
  path: '/content',
  tags,
  summary: '新增内容（平台管理员）',
  request: { body: jsonBody(ContentPageInput) },
  responses: { 200: jsonResponse(ContentPageView, '已保存的内容'), ...errors(401, 403, 422) },
});
const update = createRoute({
  method: 'put',
  path: '/content/{id}',
  tags,
  summary: '编辑内容（平台管理员）',
  request: { params, body: jsonBody(ContentPageInput) },
  responses: { 200: jsonResponse(ContentPageView, '已保存的内容'), ...errors(401, 403, 404, 422) },
});
const remove = createRoute({
  method: 'delete',
  path: '/content/{id}',
  tags,
  summary: '删除内容（平台管理员）',
  request: { params },
  responses: { 204: { description: '已删除' }, ...errors(401, 403, 404, 422) },
});

export function contentRoutes(content: ContentService) {
  return newRouter()
    .openapi(list, async (c) => c.json(await content.list(c.get('actor'), c.req.valid('query')), 200))
    .openapi(get, async (c) => c.json(await content.get(c.get('actor'), c.req.valid('param').id), 200))
    .openapi(create, async (c) =>
      c.json(await content.create(c.get('actor'), c.req.valid('json'), requestMeta(c)), 200),
    )
    .openapi(update, async (c) =>
      c.json(
        await content.update(c.get('actor'), c.req.valid('param').id, c.req.valid('json'), requestMeta(c)),
        200,
      ),
    )
    .openapi(remove, async (c) => {
      await content.remove(c.get('actor'), c.req.valid('param').id, requestMeta(c));
      return c.body(null, 204);
    });
}
