import {
  Id,
  listOf,
  OwnSiteInput,
  SiteCatalogsInput,
  SiteInput,
  SiteListQuery,
  SiteView,
} from '@ancha/contracts';
import { createRoute, z } from '@hono/zod-openapi';
import { errors, jsonBody, jsonResponse, newRouter, requestMeta } from '../../lib/router.ts';
import type { SitesService } from './sites.service.ts';

const tags = ['场所'];

const list = createRoute({
  method: 'get',
  path: '/sites',
  tags,
  summary: '场所列表',
  description:
    '企业管理员：本单位全部场所；自查人：分派给自己或自己添加的场所；监管部门：辖区内企业的场所。检查人电话与身份证号均脱敏显示。',
  request: { query: SiteListQuery },
  responses: { 200: jsonResponse(listOf(SiteView), '一页场所'), ...errors(401, 403, 422) },
});
const get = createRoute({
  method: 'get',
  path: '/sites/{id}',
  tags,
  summary: '一个场所',
  request: { params: z.object({ id: Id }) },
  responses: { 200: jsonResponse(SiteView, '场所'), ...errors(401, 403, 404, 422) },
});
const create = createRoute({
  method: 'post',
  path: '/sites',
  tags,
  summary: '新增场所（企业管理员）',
  description: '通用隐患目录（其他行业）不能与行业目录同时选择。',
  request: { body: jsonBody(SiteInput) },
  responses: { 201: jsonResponse(SiteView, '已创建'), ...errors(401, 403, 422) },
});
const createOwn = createRoute({
  method: 'post',
  path: '/sites/mine',
  tags,
  summary: '自查人自行添加场所',
  description: '填写单位名称与企业信用代码；信用代码须为本人所属单位。',
  request: { body: jsonBody(OwnSiteInput) },
  responses: { 201: jsonResponse(SiteView, '已创建'), ...errors(401, 403, 422) },
});
const update = createRoute({
  method: 'put',
  path: '/sites/{id}',
  tags,
  summary: '修改场所（企业管理员）',
  request: { params: z.object({ id: Id }), body: jsonBody(SiteInput) },
  responses: { 200: jsonResponse(SiteView, '已保存'), ...errors(401, 403, 404, 422) },
});

const chooseCatalogs = createRoute({
  method: 'put',
  path: '/sites/{id}/catalogs',
  tags,
  summary: '重新选择行业与自查内容（场所的检查人或企业管理员）',
  description: '其他行业（通用隐患目录）不能与行业隐患目录同时选择。已开始的自查仍按原检查内容完成。',
  request: { params: z.object({ id: Id }), body: jsonBody(SiteCatalogsInput) },
  responses: { 200: jsonResponse(SiteView, '已保存'), ...errors(401, 403, 404, 422) },
});

export function sitesRoutes(sites: SitesService) {
  return newRouter()
    .openapi(list, async (c) => c.json(await sites.list(c.get('actor'), c.req.valid('query')), 200))
    .openapi(createOwn, async (c) =>
      c.json(await sites.createOwn(c.get('actor'), c.req.valid('json'), requestMeta(c)), 201),
    )
    .openapi(get, async (c) => c.json(await sites.get(c.get('actor'), c.req.valid('param').id), 200))
    .openapi(create, async (c) =>
      c.json(await sites.create(c.get('actor'), c.req.valid('json'), requestMeta(c)), 201),
    )
    .openapi(chooseCatalogs, async (c) => {
      const site = await sites.chooseCatalogs(
        c.get('actor'),
        c.req.valid('param').id,
        c.req.valid('json'),
        requestMeta(c),
      );
      return c.json(site, 200);
    })
    .openapi(update, async (c) => {
      const site = await sites.update(
        c.get('actor'),
        c.req.valid('param').id,
        c.req.valid('json'),
        requestMeta(c),
      );
      return c.json(site, 200);
    });
}
