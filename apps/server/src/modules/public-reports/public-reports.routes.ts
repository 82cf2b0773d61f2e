import {
  Id,
  PublicReportCreated,
  PublicReportFollow,
  PublicReportInput,
  PublicReportPhotoView,
  REPORT_CODE_HEADER,
} from '@ancha/contracts';
import { createRoute, z } from '@hono/zod-openapi';
import { errors, jsonBody, jsonResponse, newRouter, requestMeta } from '../../lib/router.ts';
import type { PublicSubmitService } from './public-submit.service.ts';

// The public's side of 群众举报 (P1): no account, no session. Writes without a session cookie pass
// the CSRF guard only from this site's origin (lib/middleware.ts); each address is rate-limited.

const tags = ['群众举报'];
const binary = z.string().openapi({ format: 'binary' });
const codeHeader = z.object({
  [REPORT_CODE_HEADER]: z.string().max(40).optional().describe('查询码（提交举报时给出）'),
});

const submit = createRoute({
  method: 'post',
  path: '/public-reports',
  tags,
  summary: '提交举报（无需登录；可匿名，实名须填姓名和手机号）',
  description: '返回查询码，凭查询码查询办理进度。每个网络地址每小时最多提交 5 条。',
  security: [],
  request: { body: jsonBody(PublicReportInput) },
  responses: { 201: jsonResponse(PublicReportCreated, '已受理，附查询码'), ...errors(422, 429) },
});

// Under /files, where uploads have their 10 MB limit (app.ts); the report is named by its code.
const upload = createRoute({
  method: 'put',
  path: '/files/report-photos/{id}',
  tags,
  summary: '为举报上传照片（JPG、PNG、WebP，不超过 10 MB，最多 9 张；请求头带查询码）',
  description: '编号由客户端生成；同一编号重传相同内容返回同一照片。举报处理后不能再添加。',
  security: [],
  request: {
    params: z.object({ id: Id }),
    headers: codeHeader,
    body: {
      required: true,
      content: {
        'image/jpeg': { schema: binary },
        'image/png': { schema: binary },
        'image/webp': { schema: binary },
      },
    },
  },
  responses: { 200: jsonResponse(PublicReportPhotoView, '已保存的照片'), ...errors(404, 409, 422, 429) },
});

// Declared before /public-reports/{id}, so that "follow" is not taken for an id.
const follow = createRoute({
  method: 'get',
  path: '/public-reports/follow',
  tags,
  summary: '凭查询码查询举报办理进度（不含举报人信息）',
  security: [],
  request: { headers: codeHeader },
  responses: { 200: jsonResponse(PublicReportFollow, '办理进度'), ...errors(404, 429) },
});

export function publicReportsRoutes(service: PublicSubmitService) {
  return newRouter()
    .openapi(submit, async (c) => c.json(await service.submit(c.req.valid('json'), requestMeta(c)), 201))
    .openapi(upload, async (c) => {
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      const code = c.req.valid('header')[REPORT_CODE_HEADER];
      return c.json(await service.uploadPhoto(code, c.req.valid('param').id, bytes, requestMeta(c)), 200);
    })
    .openapi(follow, async (c) =>
      c.json(await service.follow(c.req.valid('header')[REPORT_CODE_HEADER], requestMeta(c)), 200),
    );
}
