import { InspectionInput, InspectionListQuery, InspectionSummary, InspectionView } from '@ancha/contracts';
import { createRoute, z } from '@hono/zod-openapi';
import { errors, jsonResponse, newRouter, requestMeta } from '../../lib/router.ts';
import type { SubmitService } from './inspection-submit.ts';
import type { InspectionsService } from './inspections.service.ts';
import { recordRoutes } from './record-routes.ts';
import type { ReportingService } from './reporting.ts';

const tags = ['自查'];

const report = createRoute({
  method: 'post',
  path: '/inspections/report',
  tags,
  summary: '上报（企业管理员）：本单位已提交的自查记录全部上报，上报后锁定并对监管部门可见',
  description: '未手动上报的记录在每月上报日（默认 25 日，北京时间）自动上报。',
  responses: {
    200: jsonResponse(z.object({ reported: z.number().int() }), '上报的记录数'),
    ...errors(401, 403),
  },
});

export function inspectionsRoutes(
  inspections: InspectionsService,
  submitter: SubmitService,
  reporting: ReportingService,
) {
  const records = recordRoutes(
    '/inspections',
    { input: InspectionInput, view: InspectionView, summary: InspectionSummary, query: InspectionListQuery },
    {
      tags,
      id: '由手机端生成的 UUIDv7；离线填写后以同一标识提交',
      record: '自查记录',
      save: {
        summary: '暂存自查（不存在则创建）',
        description: '手机端在填写过程中反复调用（自动保存）。已提交的记录返回 409。',
      },
      submit: {
        summary: '提交自查',
        description: '须逐项作答并勾选“法人已知晓检查结果”；有隐患的项生成隐患记录。重复提交返回同一结果。',
      },
      get: '一条自查记录或草稿',
      list: '自查记录',
    },
    { list: inspections.list, get: inspections.get, save: inspections.save, submit: submitter.submit },
  );
  return newRouter()
    .openapi(report, async (c) => c.json(await reporting.reportNow(c.get('actor'), requestMeta(c)), 200))
    .route('/', records);
}
