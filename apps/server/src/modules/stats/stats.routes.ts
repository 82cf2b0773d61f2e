import {
  CompletenessQuery,
  CompletenessStats,
  LedgerStats,
  LedgerStatsQuery,
  MajorMap,
  MajorMapQuery,
  UsageStats,
  UsageStatsQuery,
} from '@ancha/contracts';
import { createRoute } from '@hono/zod-openapi';
import { errors, jsonResponse, newRouter } from '../../lib/router.ts';
import type { StatsService } from './stats.service.ts';

const tags = ['统计分析'];
const scopeNote = '街乡：本街乡；区：本区；行业部门：辖区内本行业；市：全市。企业用户无权访问。';

const ledger = createRoute({
  method: 'get',
  path: '/stats/ledger',
  tags,
  summary:
    '台账统计：挂账、整改中、已整改、销账、逾期、重大隐患与整改率，按区 / 街乡 / 行业 / 类型 / 级别 / 月份',
  description: `${scopeNote} 只计有台账编号的隐患；整改率 = 复查合格或已销账 ÷ 挂账数，年度目标 90%。`,
  request: { query: LedgerStatsQuery },
  responses: { 200: jsonResponse(LedgerStats, '各组计数与合计'), ...errors(401, 403, 422) },
});
const usage = createRoute({
  method: 'get',
  path: '/stats/usage',
  tags,
  summary: '使用率：每半月（1—15 日、16 日—月末，北京时间）有上报自查记录的企业占比，按月重新计算',
  description: scopeNote,
  request: { query: UsageStatsQuery },
  responses: { 200: jsonResponse(UsageStats, '各区或街乡的使用率'), ...errors(401, 403, 422) },
});
const completeness = createRoute({
  method: 'get',
  path: '/stats/completeness',
  tags,
  summary: '完整率：企业基本信息必填项的填写比例',
  description: scopeNote,
  request: { query: CompletenessQuery },
  responses: { 200: jsonResponse(CompletenessStats, '各区或街乡的完整率'), ...errors(401, 403, 422) },
});
const majorMap = createRoute({
  method: 'get',
  path: '/stats/major-map',
  tags,
  summary: '重大隐患分布：各区挂账的重大隐患数（地图用）',
  description: scopeNote,
  request: { query: MajorMapQuery },
  responses: { 200: jsonResponse(MajorMap, '各区重大隐患数'), ...errors(401, 403, 422) },
});

export function statsRoutes(stats: StatsService) {
  return newRouter()
    .openapi(ledger, async (c) => c.json(await stats.ledger(c.get('actor'), c.req.valid('query')), 200))
    .openapi(usage, async (c) => c.json(await stats.usage(c.get('actor'), c.req.valid('query')), 200))
    .openapi(completeness, async (c) =>
      c.json(await stats.completeness(c.get('actor'), c.req.valid('query')), 200),
    )
    .openapi(majorMap, async (c) => c.json(await stats.majorMap(c.get('actor'), c.req.valid('query')), 200));
}
