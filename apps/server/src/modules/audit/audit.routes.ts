import { AuditEntry, AuditVerifyResult } from '@ancha/contracts';
import { createRoute, z } from '@hono/zod-openapi';
import { errors, jsonResponse, newRouter } from '../../lib/router.ts';
import type { AuditService } from './audit.service.ts';

const tags = ['审计'];

const verify = createRoute({
  method: 'get',
  path: '/audit/verify',
  tags,
  summary: '校验整条审计链（平台管理员）',
  description: '按顺序重算每条审计记录的哈希与链接，报告第一处断点。',
  responses: { 200: jsonResponse(AuditVerifyResult, '校验结果'), ...errors(401, 403) },
});

const TrailQuery = z.object({
  entityType: z.string().min(1, { error: '请指定记录类型' }).max(64),
  entityId: z.string().min(1, { error: '请指定记录标识' }).max(64),
});

const trail = createRoute({
  method: 'get',
  path: '/audit',
  tags,
  summary: '一条记录的变更历史',
  request: { query: TrailQuery },
  responses: {
    200: jsonResponse(z.object({ items: z.array(AuditEntry) }), '按时间顺序'),
    ...errors(401, 403, 404, 422),
  },
});

export function auditRoutes(audit: AuditService) {
  return newRouter()
    .openapi(verify, async (c) => c.json(await audit.verify(c.get('actor')), 200))
    .openapi(trail, async (c) => {
      const { entityType, entityId } = c.req.valid('query');
      return c.json({ items: await audit.trail(c.get('actor'), entityType, entityId) }, 200);
    });
}
