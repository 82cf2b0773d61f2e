import { LedgerExportQuery, SupervisionExportQuery } from '@ancha/contracts';
import { createRoute, z } from '@hono/zod-openapi';
import { errors, newRouter } from '../../lib/router.ts';
import type { ExportsService } from './exports.service.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const ledger = createRoute({
  method: 'get',
  path: '/exports/ledger.xlsx',
  tags: ['导出'],
  summary: '导出安全隐患台账表（附件2格式，监管部门，限权限范围内）',
  request: { query: LedgerExportQuery },
  responses: {
    200: {
      description: '附件2格式的 Excel 文件',
      content: { [XLSX]: { schema: z.string().openapi({ format: 'binary' }) } },
    },
    ...errors(401, 403, 422),
  },
});

const supervision = createRoute({
  method: 'get',
  path: '/exports/supervision.xlsx',
  tags: ['导出'],
  summary: '导出监督检查台账表（附件1格式，监管部门，限权限范围内的已提交记录）',
  request: { query: SupervisionExportQuery },
  responses: {
    200: {
      description: '附件1格式的 Excel 文件',
      content: { [XLSX]: { schema: z.string().openapi({ format: 'binary' }) } },
    },
    ...errors(401, 403, 422),
  },
});

const download = (file: { fileName: string; body: ReadableStream<Uint8Array> }) =>
  new Response(file.body, {
    status: 200,
    headers: {
      'Content-Type': XLSX,
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      'Cache-Control': 'no-store',
    },
  });

export function exportsRoutes(exports: ExportsService) {
  return newRouter()
    .openapi(ledger, (c) => download(exports.ledger(c.get('actor'), c.req.valid('query'))))
    .openapi(supervision, (c) => download(exports.supervision(c.get('actor'), c.req.valid('query'))));
}
