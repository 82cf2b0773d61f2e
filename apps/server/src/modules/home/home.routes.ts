import { HomeSummary } from '@ancha/contracts';
import { createRoute } from '@hono/zod-openapi';
import { errors, jsonResponse, newRouter } from '../../lib/router.ts';
import type { HomeService } from './home.service.ts';

const summary = createRoute({
  method: 'get',
  path: '/home',
  tags: ['首页'],
  summary: '首页概况：未读公告通知与系统提醒，企业的本期自查与隐患，监管部门的待办台账',
  responses: { 200: jsonResponse(HomeSummary, '首页概况'), ...errors(401, 403) },
});

export function homeRoutes(home: HomeService) {
  return newRouter().openapi(summary, async (c) => c.json(await home.summary(c.get('actor')), 200));
}
