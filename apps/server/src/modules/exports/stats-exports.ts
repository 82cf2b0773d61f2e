import {
  StatsCompletenessExportQuery,
  StatsLedgerExportQuery,
  StatsUsageExportQuery,
  shanghaiDate,
} from '@ancha/contracts';
import { createRoute, z } from '@hono/zod-openapi';
import { errors, newRouter } from '../../lib/router.ts';
import type { StatsService } from '../stats/stats.service.ts';
import { completenessTable, ledgerStatsTable, statsWorkbook, usageStatsTable } from './stats-sheet.ts';

// The 统计分析 tables as Excel (G6: every table exportable). They take the statistics' own
// queries and call the same service, so the file shows exactly what the page shows, in scope.

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function exportRoute<T extends z.ZodObject>(path: string, summary: string, query: T) {
  return createRoute({
    method: 'get',
    path: `/exports/${path}`,
    tags: ['导出'],
    summary,
    request: { query },
    responses: {
      200: {
        description: 'Excel 文件',
        content: { [XLSX]: { schema: z.string().openapi({ format: 'binary' }) } },
      },
      ...errors(401, 403, 422),
    },
  });
}

const ledger = exportRoute(
  'stats-ledger.xlsx',
  '导出台账统计表（与统计分析页相同的分组与年份）',
  StatsLedgerExportQuery,
);
const usage = exportRoute('stats-usage.xlsx', '导出使用率统计表（按半月）', StatsUsageExportQuery);
const completeness = exportRoute(
  'stats-completeness.xlsx',
  '导出企业信息完整率统计表',
  StatsCompletenessExportQuery,
);

const file = (bytes: Buffer, name: string, now: Date) =>
  new Response(new Uint8Array(bytes), {
    status: 200,
    headers: {
      'Content-Type': XLSX,
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(
        `${name}-${shanghaiDate(now).replaceAll('-', '')}.xlsx`,
      )}`,
      'Cache-Control': 'no-store',
    },
  });

export function statsExportsRoutes(stats: StatsService, now: () => Date) {
  return newRouter()
    .openapi(ledger, async (c) => {
      const s = await stats.ledger(c.get('actor'), c.req.valid('query'));
      return file(await statsWorkbook(ledgerStatsTable(s)), '安全隐患台账统计', now());
    })
    .openapi(usage, async (c) => {
      const s = await stats.usage(c.get('actor'), c.req.valid('query'));
      return file(
        await statsWorkbook(usageStatsTable(s)),
        `企业使用率统计-${s.year}${String(s.month).padStart(2, '0')}`,
        now(),
      );
    })
    .openapi(completeness, async (c) => {
      const s = await stats.completeness(c.get('actor'), c.req.valid('query'));
      return file(await statsWorkbook(completenessTable(s)), '企业信息完整率统计', now());
    });
}
