import { FileView, Id, MAX_UPLOAD_BYTES, UploadQuery } from '@ancha/contracts';
import { createRoute, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { fieldError } from '../../lib/errors.ts';
import { errors, jsonResponse, newRouter, requestMeta } from '../../lib/router.ts';
import type { FilesService } from './files.service.ts';

const tags = ['文件'];
const binary = z.string().openapi({ format: 'binary' });
const params = z.object({ id: Id.describe('客户端生成的 UUIDv7；重传同一张照片用同一个编号') });

const upload = createRoute({
  method: 'put',
  path: '/files/{id}',
  tags,
  summary: '上传照片（JPG、PNG、WebP，不超过 10 MB）或岗位责任制文件（另可 PDF、Word .docx）',
  description:
    '请求体为文件本身。同一编号重传相同内容返回同一文件；不同内容返回 409。' +
    '政府用户只能上传监督检查的隐患照片，并以 enterpriseId 指明被检查的企业（须在其管辖范围内）。',
  request: {
    params,
    query: UploadQuery,
    body: {
      required: true,
      content: {
        'image/jpeg': { schema: binary },
        'image/png': { schema: binary },
        'image/webp': { schema: binary },
        'application/pdf': { schema: binary },
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { schema: binary },
      },
    },
  },
  responses: { 200: jsonResponse(FileView, '已保存的文件'), ...errors(401, 403, 404, 409, 422) },
});

const download = createRoute({
  method: 'get',
  path: '/files/{id}',
  tags,
  summary: '下载照片（仅限调用者权限范围内的文件）',
  request: { params },
  responses: {
    200: { description: '图片', content: { 'image/jpeg': { schema: binary } } },
    ...errors(401, 403, 404, 422),
  },
});

/** Uploads have their own size limit; the rest of the API keeps its 1 MB one (app.ts). */
export const uploadLimit = bodyLimit({
  maxSize: MAX_UPLOAD_BYTES,
  onError: () => {
    throw fieldError('file', `图片不能超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB，请压缩后重新上传`);
  },
});

export function filesRoutes(files: FilesService) {
  return newRouter()
    .openapi(upload, async (c) => {
      const { id } = c.req.valid('param');
      const { purpose, name, enterpriseId } = c.req.valid('query');
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      const view = await files.upload(
        c.get('actor'),
        id,
        { purpose, name, enterpriseId, bytes },
        requestMeta(c),
      );
      return c.json(view, 200);
    })
    .openapi(download, async (c) => {
      const f = await files.download(c.get('actor'), c.req.valid('param').id);
      // A file id never changes its bytes, so the browser may keep it; only this user's cache.
      return new Response(f.content, {
        status: 200,
        headers: {
          'Content-Type': f.mime,
          'Content-Length': String(f.content.length),
          'Cache-Control': 'private, max-age=31536000, immutable',
          ETag: `"${f.sha256}"`,
          'Content-Disposition': 'inline',
          'X-Content-Type-Options': 'nosniff',
        },
      });
    });
}
