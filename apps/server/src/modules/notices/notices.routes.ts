import {
  Id,
  listOf,
  NoticeDetail,
  NoticeInboxItem,
  NoticeInboxQuery,
  NoticeInput,
  NoticeReceiptQuery,
  NoticeReceipts,
  NoticeSentQuery,
  NoticeSentView,
  NoticeUnreadCount,
} from '@ancha/contracts';
import { createRoute, z } from '@hono/zod-openapi';
import type { Deps } from '../../lib/context.ts';
import { errors, jsonBody, jsonResponse, newRouter, requestMeta } from '../../lib/router.ts';
import { registerAttachmentReader } from '../attachments/attachments.service.ts';
import { receiptsWorkbook, XLSX, xlsxResponse } from './notice-receipts-export.ts';
import { createNoticeSendService, mayReadNoticeAttachments } from './notice-send.service.ts';
import { createNoticesService } from './notices.service.ts';

const tags = ['公告通知'];
const params = z.object({ id: Id });

const send = createRoute({
  method: 'post',
  path: '/notices',
  tags,
  summary: '发布通知（政府部门，接收企业限本单位辖区，发送时确定）',
  request: { body: jsonBody(NoticeInput) },
  responses: { 201: jsonResponse(NoticeSentView, '已发布的通知'), ...errors(401, 403, 422) },
});
const sent = createRoute({
  method: 'get',
  path: '/notices/sent',
  tags,
  summary: '本单位发布的通知，含接收企业数与已读企业数',
  request: { query: NoticeSentQuery },
  responses: { 200: jsonResponse(listOf(NoticeSentView), '一页通知'), ...errors(401, 403, 422) },
});
const inbox = createRoute({
  method: 'get',
  path: '/notices',
  tags,
  summary: '本企业收到的通知（企业用户；已读为调用者本人的阅读）',
  request: { query: NoticeInboxQuery },
  responses: { 200: jsonResponse(listOf(NoticeInboxItem), '一页通知'), ...errors(401, 403, 422) },
});
const unread = createRoute({
  method: 'get',
  path: '/notices/unread-count',
  tags,
  summary: '调用者未读通知数（企业用户）',
  responses: { 200: jsonResponse(NoticeUnreadCount, '未读数'), ...errors(401, 403) },
});
const detail = createRoute({
  method: 'get',
  path: '/notices/{id}',
  tags,
  summary: '一条通知（接收企业的用户打开即标记已读；发布单位查看不改变回执）',
  request: { params },
  responses: { 200: jsonResponse(NoticeDetail, '通知'), ...errors(401, 403, 404, 422) },
});
const receipts = createRoute({
  method: 'get',
  path: '/notices/{id}/receipts',
  tags,
  summary: '阅读回执：每家接收企业的已读 / 未读、阅读时间与阅读人（仅发布单位）',
  request: { params, query: NoticeReceiptQuery },
  responses: { 200: jsonResponse(NoticeReceipts, '回执'), ...errors(401, 403, 404, 422) },
});
const receiptsXlsx = createRoute({
  method: 'get',
  path: '/notices/{id}/receipts.xlsx',
  tags: [...tags, '导出'],
  summary: '导出阅读回执（仅发布单位）',
  request: { params, query: NoticeReceiptQuery },
  responses: {
    200: {
      description: 'Excel 文件',
      content: { [XLSX]: { schema: z.string().openapi({ format: 'binary' }) } },
    },
    ...errors(401, 403, 404, 422),
  },
});

/** 公告通知 (G7): the module's services behind its routes, for app.ts. */
export function noticesModule(deps: Deps) {
  const notices = createNoticesService(deps);
  const sender = createNoticeSendService(deps, notices);
  registerAttachmentReader('notice', mayReadNoticeAttachments);

  // The fixed paths first: /notices/sent and /notices/unread-count are not ids.
  return newRouter()
    .openapi(send, async (c) =>
      c.json(await sender.send(c.get('actor'), c.req.valid('json'), requestMeta(c)), 201),
    )
    .openapi(sent, async (c) => c.json(await notices.listSent(c.get('actor'), c.req.valid('query')), 200))
    .openapi(inbox, async (c) => c.json(await notices.inbox(c.get('actor'), c.req.valid('query')), 200))
    .openapi(unread, async (c) => c.json(await notices.unreadCount(c.get('actor')), 200))
    .openapi(receiptsXlsx, async (c) => {
      const actor = c.get('actor');
      const r = await notices.receipts(actor, c.req.valid('param').id, c.req.valid('query').status);
      const at = deps.now();
      const bytes = await receiptsWorkbook(r, actor!.displayName, at);
      return xlsxResponse(bytes, `通知阅读回执-${r.title.slice(0, 40)}.xlsx`);
    })
    .openapi(receipts, async (c) =>
      c.json(
        await notices.receipts(c.get('actor'), c.req.valid('param').id, c.req.valid('query').status),
        200,
      ),
    )
    .openapi(detail, async (c) =>
      c.json(await notices.detail(c.get('actor'), c.req.valid('param').id, requestMeta(c)), 200),
    );
}
