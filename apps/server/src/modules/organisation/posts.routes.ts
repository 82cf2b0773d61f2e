import {
  Id,
  PostHoldersInput,
  PostImportResult,
  PostInput,
  PostList,
  PostResponsibilityInput,
  PostView,
} from '@ancha/contracts';
import { createRoute, z } from '@hono/zod-openapi';
import { fieldError } from '../../lib/errors.ts';
import { errors, jsonBody, jsonResponse, newRouter, requestMeta } from '../../lib/router.ts';
import type { PostImportService } from './post-import.service.ts';
import type { PostLinksService } from './post-links.service.ts';
import { postSheetTemplate } from './post-sheet.ts';
import type { PostsService } from './posts.service.ts';

const tags = ['部门与岗位'];
const params = z.object({ id: Id });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const list = createRoute({
  method: 'get',
  path: '/posts',
  tags,
  summary: '岗位列表',
  description: '本单位的全部岗位：所属部门、上报频次、岗位责任制、岗位用户和岗位清单的检查项数。',
  responses: { 200: jsonResponse(PostList, '岗位'), ...errors(401, 403) },
});
const create = createRoute({
  method: 'post',
  path: '/posts',
  tags,
  summary: '新增岗位（企业管理员）',
  description: '岗位名称在本单位内唯一。上报频次：daily 每日、weekly 每周、monthly 每月、quarterly 每季度。',
  request: { body: jsonBody(PostInput) },
  responses: { 201: jsonResponse(PostView, '已创建'), ...errors(401, 403, 422) },
});
const update = createRoute({
  method: 'put',
  path: '/posts/{id}',
  tags,
  summary: '修改岗位（企业管理员）',
  request: { params, body: jsonBody(PostInput) },
  responses: { 200: jsonResponse(PostView, '已保存'), ...errors(401, 403, 404, 422) },
});
const remove = createRoute({
  method: 'delete',
  path: '/posts/{id}',
  tags,
  summary: '删除岗位（企业管理员）',
  description: '岗位还有岗位用户或已有排查记录时返回 409；岗位清单随岗位删除。',
  request: { params },
  responses: { 204: { description: '已删除' }, ...errors(401, 403, 404, 409, 422) },
});
const holders = createRoute({
  method: 'put',
  path: '/posts/{id}/holders',
  tags,
  summary: '设置岗位用户（企业管理员）',
  description:
    '岗位用户为本单位的自查人账号；每个用户只属于一个岗位，选入即从原岗位移出，未选入的原岗位用户被移出。',
  request: { params, body: jsonBody(PostHoldersInput) },
  responses: { 200: jsonResponse(PostView, '已保存'), ...errors(401, 403, 404, 422) },
});
const responsibility = createRoute({
  method: 'put',
  path: '/posts/{id}/responsibility',
  tags,
  summary: '上传岗位责任制（企业管理员）',
  description: '先以 purpose=responsibility 上传文件（PDF、Word 或照片），再以其 id 设为岗位的岗位责任制。',
  request: { params, body: jsonBody(PostResponsibilityInput) },
  responses: { 200: jsonResponse(PostView, '已保存'), ...errors(401, 403, 404, 422) },
});
const importSheet = createRoute({
  method: 'post',
  path: '/posts/import',
  tags,
  summary: '导入岗位清单（企业管理员）',
  description:
    "multipart/form-data，字段 file 为 .xlsx，列：部门、岗位、上报频次（可空）、检查项编号。逐行检查，部门不存在时提示“公司不存在'…'部门”并写明行号；文件有任何问题时返回 422，不导入任何内容。文件中每个岗位的清单替换为文件所列的检查项。",
  responses: { 200: jsonResponse(PostImportResult, '已导入'), ...errors(401, 403, 422) },
});
const template = createRoute({
  method: 'get',
  path: '/posts/import-template.xlsx',
  tags,
  summary: '岗位清单导入模板',
  responses: {
    200: { description: 'Excel 文件', content: { [XLSX]: { schema: z.string().describe('binary') } } },
    ...errors(401, 403),
  },
});

export function postsRoutes(posts: PostsService, links: PostLinksService, importer: PostImportService) {
  return newRouter()
    .openapi(list, async (c) => c.json(await posts.list(c.get('actor')), 200))
    .openapi(template, async (c) => {
      await posts.list(c.get('actor')); // the same readers as the list
      const name = encodeURIComponent('岗位清单导入模板.xlsx');
      return c.body(new Uint8Array(await postSheetTemplate()), 200, {
        'content-type': XLSX,
        'content-disposition': `attachment; filename="post-checklists.xlsx"; filename*=UTF-8''${name}`,
      }) as never;
    })
    .openapi(importSheet, async (c) => {
      const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
      const file = form.file;
      if (!(file instanceof File)) throw fieldError('file', '请选择要导入的 Excel 文件');
      return c.json(
        await importer.importSheet(c.get('actor'), await file.arrayBuffer(), requestMeta(c)),
        200,
      );
    })
    .openapi(create, async (c) =>
      c.json(await posts.create(c.get('actor'), c.req.valid('json'), requestMeta(c)), 201),
    )
    .openapi(update, async (c) => {
      const { id } = c.req.valid('param');
      return c.json(await posts.update(c.get('actor'), id, c.req.valid('json'), requestMeta(c)), 200);
    })
    .openapi(remove, async (c) => {
      await posts.remove(c.get('actor'), c.req.valid('param').id, requestMeta(c));
      return c.body(null, 204);
    })
    .openapi(holders, async (c) => {
      const { id } = c.req.valid('param');
      return c.json(await links.setHolders(c.get('actor'), id, c.req.valid('json'), requestMeta(c)), 200);
    })
    .openapi(responsibility, async (c) => {
      const { id } = c.req.valid('param');
      const view = await links.setResponsibility(c.get('actor'), id, c.req.valid('json'), requestMeta(c));
      return c.json(view, 200);
    });
}
