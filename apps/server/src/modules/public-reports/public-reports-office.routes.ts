import {
  Id,
  listOf,
  PublicReportDetail,
  PublicReportListQuery,
  PublicReportRewardInput,
  PublicReportUnfoundedInput,
  PublicReportVerifyInput,
  PublicReportView,
} from '@ancha/contracts';
import { createRoute, z } from '@hono/zod-openapi';
import type { ZodType } from 'zod';
import { errors, jsonBody, jsonResponse, newRouter, requestMeta } from '../../lib/router.ts';
import type { PublicReportHandlingService } from './public-report-handling.service.ts';
import type { PublicReportsService } from './public-reports.service.ts';

const tags = ['群众举报'];
const params = z.object({ id: Id });

const list = createRoute({
  method: 'get',
  path: '/public-reports',
  tags,
  summary: '举报列表（街乡：本街乡；区：本区；市：全市）',
  request: { query: PublicReportListQuery },
  responses: { 200: jsonResponse(listOf(PublicReportView), '一页举报'), ...errors(401, 403, 422) },
});
const get = createRoute({
  method: 'get',
  path: '/public-reports/{id}',
  tags,
  summary: '一条举报，含举报人信息（仅处理单位可见）',
  request: { params },
  responses: { 200: jsonResponse(PublicReportDetail, '举报'), ...errors(401, 403, 404, 422) },
});
const photo = createRoute({
  method: 'get',
  path: '/files/report-photos/{id}',
  tags,
  summary: '下载举报照片（仅处理单位）',
  request: { params },
  responses: {
    200: {
      description: '图片',
      content: { 'image/jpeg': { schema: z.string().openapi({ format: 'binary' }) } },
    },
    ...errors(401, 403, 404, 422),
  },
});

function action<T extends ZodType>(name: string, summary: string, body: T) {
  return createRoute({
    method: 'post',
    path: `/public-reports/{id}/${name}`,
    tags,
    summary,
    request: { params, body: jsonBody(body) },
    responses: { 200: jsonResponse(PublicReportDetail, '处理后的举报'), ...errors(401, 403, 404, 409, 422) },
  });
}
const verify = action('verify', '核实：属实，提出挂账（隐患来源：举报）', PublicReportVerifyInput);
const unfounded = action('unfounded', '不属实：须说明理由（即给举报人的答复）', PublicReportUnfoundedInput);
const reward = action('reward', '登记奖励（仅已核实的实名举报；金额单位：元）', PublicReportRewardInput);

export function publicReportsOfficeRoutes(
  reports: PublicReportsService,
  handling: PublicReportHandlingService,
) {
  return newRouter()
    .openapi(list, async (c) => c.json(await reports.list(c.get('actor'), c.req.valid('query')), 200))
    .openapi(get, async (c) => c.json(await reports.detail(c.get('actor'), c.req.valid('param').id), 200))
    .openapi(photo, async (c) => {
      const p = await reports.photo(c.get('actor'), c.req.valid('param').id);
      // Reporters' photos are for the office alone: no shared cache may keep them.
      return new Response(p.content, {
        status: 200,
        headers: {
          'Content-Type': p.mime,
          'Content-Length': String(p.content.length),
          'Cache-Control': 'private, max-age=31536000, immutable',
          ETag: `"${p.sha256}"`,
          'Content-Disposition': 'inline',
          'X-Content-Type-Options': 'nosniff',
        },
      });
    })
    .openapi(verify, async (c) =>
      c.json(
        await handling.verify(c.get('actor'), c.req.valid('param').id, c.req.valid('json'), requestMeta(c)),
        200,
      ),
    )
    .openapi(unfounded, async (c) =>
      c.json(
        await handling.unfounded(
          c.get('actor'),
          c.req.valid('param').id,
          c.req.valid('json'),
          requestMeta(c),
        ),
        200,
      ),
    )
    .openapi(reward, async (c) =>
      c.json(
        await handling.reward(c.get('actor'), c.req.valid('param').id, c.req.valid('json'), requestMeta(c)),
        200,
      ),
    );
}
