import {
  Id,
  InfoReportInput,
  InfoReportList,
  InfoReportListQuery,
  InfoReportOverview,
  InfoReportOverviewQuery,
  InfoReportView,
} from '@ancha/contracts';
import { createRoute, z } from '@hono/zod-openapi';
import { errors, jsonBody, jsonResponse, newRouter, requestMeta } from '../../lib/router.ts';
import type { InfoReportsService } from './info-reports.service.ts';
import { overviewWorkbook } from './info-reports-sheet.ts';

const tags = ['信息报送'];
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** An Excel answer, named in Chinese (RFC 5987) and never cached. */
export function xlsxFile(bytes: Buffer, name: string) {
  return new Response(new Uint8Array(bytes), {
    status: 200,
    headers: {
      'Content-Type': XLSX,
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(`${name}.xlsx`)}`,
      'Cache-Control': 'no-store',
    },
  });
}
export const xlsxResponse = {
  description: 'Excel 文件',
  content: { [XLSX]: { schema: z.string().openapi({ format: 'binary' }) } },
};

const submit = createRoute({
  method: 'post',
  path: '/info-reports',
  tags,
  summary: '向上级单位报送工作信息、典型案例或季度工作总结',
  description:
    '每月至少一篇工作信息或典型案例，每季度一次工作总结。期间省略时为当前月份或季度；不能报送未来期间；市级单位无上级，不能报送。',
  request: { body: jsonBody(InfoReportInput) },
  responses: { 201: jsonResponse(InfoReportView, '已报送的信息'), ...errors(401, 403, 422) },
});
const mine = createRoute({
  method: 'get',
  path: '/info-reports',
  tags,
  summary: '本单位报送的信息（最新在前）',
  request: { query: InfoReportListQuery },
  responses: { 200: jsonResponse(InfoReportList, '本单位的报送'), ...errors(401, 403, 422) },
});
const received = createRoute({
  method: 'get',
  path: '/info-reports/received',
  tags,
  summary: '下级单位报送给本单位的信息',
  request: { query: InfoReportListQuery },
  responses: { 200: jsonResponse(InfoReportList, '收到的报送'), ...errors(401, 403, 422) },
});
const overview = createRoute({
  method: 'get',
  path: '/info-reports/overview',
  tags,
  summary: '下级报送情况：某月（或季度）各下级单位已报送/未报送',
  request: { query: InfoReportOverviewQuery },
  responses: { 200: jsonResponse(InfoReportOverview, '报送情况'), ...errors(401, 403, 422) },
});
const overviewXlsx = createRoute({
  method: 'get',
  path: '/info-reports/overview.xlsx',
  tags,
  summary: '导出下级报送情况',
  request: { query: InfoReportOverviewQuery },
  responses: { 200: xlsxResponse, ...errors(401, 403, 422) },
});
const get = createRoute({
  method: 'get',
  path: '/info-reports/{id}',
  tags,
  summary: '一篇报送信息（报送单位、其上级单位与平台管理员可读）',
  request: { params: z.object({ id: Id }) },
  responses: { 200: jsonResponse(InfoReportView, '报送信息'), ...errors(401, 403, 404, 422) },
});

export function infoReportsRoutes(reports: InfoReportsService) {
  // The named paths before /{id}, which would otherwise take "overview" for an id.
  return newRouter()
    .openapi(submit, async (c) =>
      c.json(await reports.submit(c.get('actor'), c.req.valid('json'), requestMeta(c)), 201),
    )
    .openapi(mine, async (c) => c.json(await reports.mine(c.get('actor'), c.req.valid('query')), 200))
    .openapi(received, async (c) => c.json(await reports.received(c.get('actor'), c.req.valid('query')), 200))
    .openapi(overview, async (c) =>
      c.json(await reports.overview(c.get('actor'), c.req.valid('query').period), 200),
    )
    .openapi(overviewXlsx, async (c) => {
      const o = await reports.overview(c.get('actor'), c.req.valid('query').period);
      return xlsxFile(await overviewWorkbook(o), `信息报送情况-${o.period}`);
    })
    .openapi(get, async (c) => c.json(await reports.get(c.get('actor'), c.req.valid('param').id), 200));
}
