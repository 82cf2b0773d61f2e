import { z } from 'zod';
import { AttachmentIds, AttachmentRef, RichTextInput } from './attachments.ts';
import { Id, ListQuery, Timestamp } from './common.ts';

// 公告通知 (G7, seed 002): a government office sends a notice to the enterprises of its scope,
// chosen by region, industry or name; each enterprise's first reading is the sender's receipt.

/** A calendar date that exists (2026-02-30 does not), as the date pickers send it. */
const DateOnly = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: '日期格式应为 YYYY-MM-DD' })
  .refine(
    (d) => {
      const t = Date.parse(`${d}T00:00:00Z`);
      return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === d;
    },
    { error: '日期不存在' },
  );

export const NoticeAudience = z.object({
  regionCodes: z
    .array(z.string().regex(/^\d{6}(\d{3})?$/, { error: '区域代码应为 6 位（区）或 9 位（街乡）数字' }))
    .max(400, { error: '所选区域过多' })
    .default([])
    .describe('区或街乡代码；为空即发送单位的整个辖区'),
  industries: z
    .array(z.string().min(1).max(50))
    .max(100, { error: '所选行业过多' })
    .default([])
    .describe('行业代码；为空即所有行业'),
  enterpriseIds: z
    .array(Id)
    .max(1000, { error: '所选企业过多' })
    .default([])
    .describe('按企业名称选定的企业；给出时不再按区域和行业筛选'),
});
export type NoticeAudience = z.infer<typeof NoticeAudience>;

export const NoticeInput = z.object({
  title: z
    .string({ error: '请填写标题' })
    .trim()
    .min(1, { error: '请填写标题' })
    .max(200, { error: '标题不能超过 200 个字符' }),
  bodyHtml: RichTextInput.describe('正文（HTML，服务端清理后保存）'),
  attachmentIds: AttachmentIds,
  audience: NoticeAudience,
});
export type NoticeInput = z.infer<typeof NoticeInput>;

/** A notice in its sender's list, with how many enterprises it reached and how many read it. */
export const NoticeSentView = z.object({
  id: Id,
  title: z.string(),
  senderName: z.string(),
  sentAt: Timestamp,
  audience: NoticeAudience,
  attachmentCount: z.number().int(),
  recipientCount: z.number().int().describe('接收企业数'),
  readCount: z.number().int().describe('已读企业数'),
});
export type NoticeSentView = z.infer<typeof NoticeSentView>;

export const NoticeSentQuery = ListQuery.extend({
  keyword: z.string().trim().max(100, { error: '关键词不能超过 100 个字符' }).optional().describe('标题'),
});
export type NoticeSentQuery = z.infer<typeof NoticeSentQuery>;

export const NoticeReadFilter = z.enum(['unread', 'read', 'all'], { error: '状态应为 unread、read 或 all' });
export type NoticeReadFilter = z.infer<typeof NoticeReadFilter>;

/** An enterprise user's inbox; 已读 is the caller's own mark, not a colleague's. */
export const NoticeInboxQuery = ListQuery.extend({
  status: NoticeReadFilter.default('all'),
  keyword: z.string().trim().max(100, { error: '关键词不能超过 100 个字符' }).optional().describe('标题'),
  from: DateOnly.optional().describe('发布日期起（含，北京时间）'),
  to: DateOnly.optional().describe('发布日期止（含，北京时间）'),
}).refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], error: '结束日期不能早于开始日期' });
export type NoticeInboxQuery = z.infer<typeof NoticeInboxQuery>;

export const NoticeInboxItem = z.object({
  id: Id,
  title: z.string(),
  senderName: z.string(),
  sentAt: Timestamp,
  attachmentCount: z.number().int(),
  readAt: Timestamp.nullable().describe('调用者阅读时间；未读为 null'),
});
export type NoticeInboxItem = z.infer<typeof NoticeInboxItem>;

/** One notice with its body; for a recipient, reading it is what marks it read. */
export const NoticeDetail = NoticeInboxItem.extend({
  bodyHtml: z.string(),
  attachments: z.array(AttachmentRef),
});
export type NoticeDetail = z.infer<typeof NoticeDetail>;

export const NoticeUnreadCount = z.object({ unread: z.number().int() });
export type NoticeUnreadCount = z.infer<typeof NoticeUnreadCount>;

export const NoticeReceiptQuery = z.object({ status: NoticeReadFilter.default('all') });
export type NoticeReceiptQuery = z.infer<typeof NoticeReceiptQuery>;

/** One enterprise's read receipt: the first time anyone of it opened the notice. */
export const NoticeReceipt = z.object({
  enterpriseId: Id,
  enterpriseName: z.string(),
  streetName: z.string(),
  readAt: Timestamp.nullable(),
  readByName: z.string().nullable(),
});
export type NoticeReceipt = z.infer<typeof NoticeReceipt>;

export const NoticeReceipts = z.object({
  noticeId: Id,
  title: z.string(),
  recipientCount: z.number().int(),
  readCount: z.number().int(),
  items: z.array(NoticeReceipt),
});
export type NoticeReceipts = z.infer<typeof NoticeReceipts>;

export const NOTICE_READ_LABELS = { read: '已读', unread: '未读' } as const;
