import {
  CatalogDetail,
  CatalogItem,
  CatalogVersionQuery,
  CreateDraftBody,
  DraftMetaInput,
  Id,
  ItemInput,
} from '@ancha/contracts';
import { createRoute, z } from '@hono/zod-openapi';
import { AppError } from '../../lib/errors.ts';
import { errors, jsonBody, jsonResponse, newRouter, requestMeta } from '../../lib/router.ts';
import type { CatalogEditsService } from './catalog-edits.service.ts';
import { catalogToXlsx } from './catalog-excel.ts';
import type { CatalogImportService } from './catalog-import.service.ts';
import type { CatalogsService } from './catalogs.service.ts';

const tags = ['隐患目录编辑'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const VersionParams = z.object({ id: Id, version: z.coerce.number().int().min(1) });
const ItemParams = VersionParams.extend({ itemId: Id });
const editErrors = errors(401, 403, 404, 409, 422);
const who = '平台管理员，或本行业的行业部门。';

const createDraft = createRoute({
  method: 'post',
  path: '/catalogs/{id}/drafts',
  tags,
  summary: '新建草稿（复制已发布版本或指定版本）',
  description: `${who}每个目录同时只能有一份草稿。`,
  request: {
    params: z.object({ id: Id }),
    body: { content: { 'application/json': { schema: CreateDraftBody } } },
  },
  responses: { 201: jsonResponse(CatalogDetail, '新草稿'), ...editErrors },
});
const updateMeta = createRoute({
  method: 'patch',
  path: '/catalogs/{id}/versions/{version}',
  tags,
  summary: '修改草稿的名称与来源说明',
  request: { params: VersionParams, body: jsonBody(DraftMetaInput) },
  responses: { 200: jsonResponse(CatalogDetail, '草稿'), ...editErrors },
});
const addItem = createRoute({
  method: 'post',
  path: '/catalogs/{id}/versions/{version}/items',
  tags,
  summary: '在草稿中新增检查项',
  request: { params: VersionParams, body: jsonBody(ItemInput) },
  responses: { 201: jsonResponse(CatalogItem, '新检查项'), ...editErrors },
});
const updateItem = createRoute({
  method: 'put',
  path: '/catalogs/{id}/versions/{version}/items/{itemId}',
  tags,
  summary: '修改草稿中的检查项（已发布版本返回 409）',
  request: { params: ItemParams, body: jsonBody(ItemInput) },
  responses: { 200: jsonResponse(CatalogItem, '检查项'), ...editErrors },
});
const deleteItem = createRoute({
  method: 'delete',
  path: '/catalogs/{id}/versions/{version}/items/{itemId}',
  tags,
  summary: '删除草稿中的检查项',
  request: { params: ItemParams },
  responses: { 204: { description: '已删除' }, ...editErrors },
});
const publish = createRoute({
  method: 'post',
  path: '/catalogs/{id}/versions/{version}/publish',
  tags,
  summary: '发布草稿；原已发布版本停用，发布后不可再改',
  request: { params: VersionParams },
  responses: { 200: jsonResponse(CatalogDetail, '已发布的版本'), ...editErrors },
});
const discard = createRoute({
  method: 'delete',
  path: '/catalogs/{id}/versions/{version}',
  tags,
  summary: '放弃草稿',
  request: { params: VersionParams },
  responses: { 204: { description: '已放弃' }, ...editErrors },
});

const importDraft = createRoute({
  method: 'post',
  path: '/catalogs/{id}/import',
  tags,
  summary: '从 Excel 导入为新草稿',
  description: `${who}上传 multipart/form-data，字段 file 为 .xlsx，列同导出文件。文件有任何问题时返回 422，fields 逐条写明行与列，不创建草稿。`,
  request: { params: z.object({ id: Id }) },
  responses: { 201: jsonResponse(CatalogDetail, '新草稿'), ...editErrors },
});
const exportXlsx = createRoute({
  method: 'get',
  path: '/catalogs/{id}/export.xlsx',
  tags: ['隐患目录'],
  summary: '导出为 Excel',
  request: { params: z.object({ id: Id }), query: CatalogVersionQuery },
  responses: {
    200: { description: 'Excel 文件', content: { [XLSX]: { schema: z.string().describe('binary') } } },
    ...errors(401, 404, 422),
  },
});

export function catalogEditsRoutes(
  edits: CatalogEditsService,
  importer: CatalogImportService,
  catalogs: CatalogsService,
) {
  return newRouter()
    .openapi(createDraft, async (c) => {
      const { id } = c.req.valid('param');
      const version = await edits.createDraft(
        c.get('actor'),
        id,
        c.req.valid('json').fromVersion,
        requestMeta(c),
      );
      return c.json(await catalogs.get(c.get('actor'), id, version), 201);
    })
    .openapi(updateMeta, async (c) => {
      const { id, version } = c.req.valid('param');
      await edits.updateMeta(c.get('actor'), id, version, c.req.valid('json'), requestMeta(c));
      return c.json(await catalogs.get(c.get('actor'), id, version), 200);
    })
    .openapi(addItem, async (c) => {
      const { id, version } = c.req.valid('param');
      return c.json(
        await edits.addItem(c.get('actor'), id, version, c.req.valid('json'), requestMeta(c)),
        201,
      );
    })
    .openapi(updateItem, async (c) => {
      const { id, version, itemId } = c.req.valid('param');
      const item = await edits.updateItem(
        c.get('actor'),
        id,
        version,
        itemId,
        c.req.valid('json'),
        requestMeta(c),
      );
      return c.json(item, 200);
    })
    .openapi(deleteItem, async (c) => {
      const { id, version, itemId } = c.req.valid('param');
      await edits.deleteItem(c.get('actor'), id, version, itemId, requestMeta(c));
      return c.body(null, 204);
    })
    .openapi(publish, async (c) => {
      const { id, version } = c.req.valid('param');
      await edits.publish(c.get('actor'), id, version, requestMeta(c));
      return c.json(await catalogs.get(c.get('actor'), id, version), 200);
    })
    .openapi(importDraft, async (c) => {
      const { id } = c.req.valid('param');
      const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
      const file = form.file;
      if (!(file instanceof File)) {
        throw new AppError('VALIDATION_FAILED', '请选择要导入的 Excel 文件', {
          fields: [{ path: 'file', message: '请选择要导入的 Excel 文件' }],
        });
      }
      const version = await importer.importDraft(
        c.get('actor'),
        id,
        await file.arrayBuffer(),
        requestMeta(c),
      );
      return c.json(await catalogs.get(c.get('actor'), id, version), 201);
    })
    .openapi(exportXlsx, async (c) => {
      const detail = await catalogs.get(
        c.get('actor'),
        c.req.valid('param').id,
        c.req.valid('query').version,
      );
      const name = encodeURIComponent(`${detail.version.name}-第${detail.version.version}版.xlsx`);
      return c.body(new Uint8Array(await catalogToXlsx(detail)), 200, {
        'content-type': XLSX,
        'content-disposition': `attachment; filename="catalog.xlsx"; filename*=UTF-8''${name}`,
      }) as never;
    })
    .openapi(discard, async (c) => {
      const { id, version } = c.req.valid('param');
      await edits.discard(c.get('actor'), id, version, requestMeta(c));
      return c.body(null, 204);
    });
}
