import {
  CatalogDetail,
  CatalogDiff,
  CatalogListQuery,
  CatalogSummary,
  CatalogVersionQuery,
  DiffQuery,
  Id,
  IndustryNode,
  ItemSearchHit,
  ItemSearchQuery,
} from '@ancha/contracts';
import { createRoute, z } from '@hono/zod-openapi';
import { errors, jsonResponse, newRouter } from '../../lib/router.ts';
import type { CatalogsService } from './catalogs.service.ts';

const tags = ['隐患目录'];

const industries = createRoute({
  method: 'get',
  path: '/industries',
  tags,
  summary: '行业及其已发布的隐患目录',
  responses: { 200: jsonResponse(z.object({ items: z.array(IndustryNode) }), '行业树'), ...errors(401) },
});

const list = createRoute({
  method: 'get',
  path: '/catalogs',
  tags,
  summary: '隐患目录列表',
  description: '每个目录给出其已发布版本；有编辑权的用户（平台管理员、本行业的行业部门）还能看到草稿。',
  request: { query: CatalogListQuery },
  responses: { 200: jsonResponse(z.object({ items: z.array(CatalogSummary) }), '目录'), ...errors(401, 422) },
});

const get = createRoute({
  method: 'get',
  path: '/catalogs/{id}',
  tags,
  summary: '一个隐患目录：分类、检查项、依据与重大隐患判定条款',
  description: '默认为已发布版本；version 参数指定历史版本。',
  request: { params: z.object({ id: Id }), query: CatalogVersionQuery },
  responses: { 200: jsonResponse(CatalogDetail, '目录内容'), ...errors(401, 404, 422) },
});

const search = createRoute({
  method: 'get',
  path: '/catalogs/items',
  tags,
  summary: '按关键字搜索已发布目录中的检查项（内容或依据）',
  request: { query: ItemSearchQuery },
  responses: {
    200: jsonResponse(z.object({ items: z.array(ItemSearchHit) }), '匹配的检查项'),
    ...errors(401, 422),
  },
});

const diff = createRoute({
  method: 'get',
  path: '/catalogs/{id}/diff',
  tags,
  summary: '两个版本之间的差异（按编号对应）',
  request: { params: z.object({ id: Id }), query: DiffQuery },
  responses: { 200: jsonResponse(CatalogDiff, '新增、删除、修改的检查项'), ...errors(401, 404, 422) },
});

export function catalogsRoutes(catalogs: CatalogsService) {
  return newRouter()
    .openapi(industries, async (c) => c.json({ items: await catalogs.industries(c.get('actor')) }, 200))
    .openapi(search, async (c) =>
      c.json({ items: await catalogs.searchItems(c.get('actor'), c.req.valid('query')) }, 200),
    )
    .openapi(diff, async (c) => {
      const { from, to } = c.req.valid('query');
      return c.json(await catalogs.diff(c.get('actor'), c.req.valid('param').id, from, to), 200);
    })
    .openapi(list, async (c) =>
      c.json({ items: await catalogs.list(c.get('actor'), c.req.valid('query')) }, 200),
    )
    .openapi(get, async (c) => {
      const detail = await catalogs.get(
        c.get('actor'),
        c.req.valid('param').id,
        c.req.valid('query').version,
      );
      return c.json(detail, 200);
    });
}
