import { AttachmentRef, AttachmentUploadQuery, Id, MAX_ATTACHMENT_BYTES } from '@ancha/contracts';
import { createRoute, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { fieldError } from '../../lib/errors.ts';
import { errors, jsonResponse, newRouter, requestMeta } from '../../lib/router.ts';
import type { AttachmentsService } from './attachments.service.ts';

const tags = ['附件'];
const binary = z.string().openapi({ format: 'binary' });
const params = z.object({ id: Id.describe('客户端生成的 UUIDv7；重传同一文件用同一个编号') });

const upload = createRoute({
  method: 'put',
  path: '/attachments/{id}',
  tags,
  summary: '上传附件（PDF、Word、Excel、JPG、PNG、ZIP，不超过 20 MB）',
  description:
    '请求体为文件本身，类型按内容识别。用途 notice（公告通知）与 info_report（信息报送）限政府用户，' +
    'content（帮助中心）限平台管理员。上传后须在保存公告、页面或报送时以 attachmentIds 引用。',
  request: {
    params,
    query: AttachmentUploadQuery,
    body: { required: true, content: { 'application/octet-stream': { schema: binary } } },
  },
  responses: { 200: jsonResponse(AttachmentRef, '已保存的附件'), ...errors(401, 403, 404, 409, 422) },
});

const download = createRoute({
  method: 'get',
  path: '/attachments/{id}',
  tags,
  summary: '下载附件（上传者，或有权查看其所属公告、页面、报送的用户）',
  request: { params },
  responses: {
    200: { description: '文件', content: { 'application/octet-stream': { schema: binary } } },
    ...errors(401, 403, 404, 422),
  },
});

/** Documents have their own size limit; the rest of the API keeps its 1 MB one (app.ts). */
export const attachmentUploadLimit = bodyLimit({
  maxSize: MAX_ATTACHMENT_BYTES,
  onError: () => {
    throw fieldError('file', `附件不能超过 ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB`);
  },
});

export function attachmentsRoutes(service: AttachmentsService) {
  return newRouter()
    .openapi(upload, async (c) => {
      const { id } = c.req.valid('param');
      const { purpose, name } = c.req.valid('query');
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      return c.json(await service.upload(c.get('actor'), id, { purpose, name, bytes }, requestMeta(c)), 200);
    })
    .openapi(download, async (c) => {
      const a = await service.download(c.get('actor'), c.req.valid('param').id);
      return new Response(a.content, {
        status: 200,
        headers: {
          'Content-Type': a.mime,
          'Content-Length': String(a.content.length),
          // The bytes under an id never change, but access may end: only this user's cache.
          'Cache-Control': 'private, no-cache',
          ETag: `"${a.sha256}"`,
          'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(a.name)}`,
          'X-Content-Type-Options': 'nosniff',
        },
      });
    });
}
