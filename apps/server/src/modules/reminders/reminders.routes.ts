import { Id, listOf, ReadAllResult, ReminderListQuery, ReminderView, UnreadCount } from '@ancha/contracts';
import { createRoute, z } from '@hono/zod-openapi';
import type { Deps } from '../../lib/context.ts';
import { errors, jsonResponse, newRouter } from '../../lib/router.ts';
import { createRemindersService, type RemindersService } from './reminders.service.ts';

const tags = ['系统提醒'];

const list = createRoute({
  method: 'get',
  path: '/reminders',
  tags,
  summary: '我的系统提醒：未读/已读，按标题和提醒时间查询',
  request: { query: ReminderListQuery },
  responses: { 200: jsonResponse(listOf(ReminderView), '一页提醒，最新的在前'), ...errors(401, 403, 422) },
});
// Declared before /reminders/{id}/read; "unread-count" and "read-all" are not ids.
const unread = createRoute({
  method: 'get',
  path: '/reminders/unread-count',
  tags,
  summary: '我的未读提醒数（角标）',
  responses: { 200: jsonResponse(UnreadCount, '未读数'), ...errors(401, 403) },
});
const readAll = createRoute({
  method: 'post',
  path: '/reminders/read-all',
  tags,
  summary: '全部标为已读',
  responses: { 200: jsonResponse(ReadAllResult, '标为已读的条数'), ...errors(401, 403) },
});
const read = createRoute({
  method: 'post',
  path: '/reminders/{id}/read',
  tags,
  summary: '打开一条提醒并标为已读（仅本人的提醒）',
  request: { params: z.object({ id: Id }) },
  responses: { 200: jsonResponse(ReminderView, '该提醒'), ...errors(401, 403, 404, 422) },
});

export function remindersRoutes(service: RemindersService) {
  return newRouter()
    .openapi(list, async (c) => c.json(await service.list(c.get('actor'), c.req.valid('query')), 200))
    .openapi(unread, async (c) => c.json(await service.unreadCount(c.get('actor')), 200))
    .openapi(readAll, async (c) => c.json(await service.readAll(c.get('actor')), 200))
    .openapi(read, async (c) => c.json(await service.read(c.get('actor'), c.req.valid('param').id), 200));
}

/** The module as app.ts mounts it. */
export const remindersModule = (deps: Deps) => remindersRoutes(createRemindersService(deps));
