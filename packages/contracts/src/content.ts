import { z } from 'zod';
import { AttachmentIds, AttachmentRef, RichTextInput } from './attachments.ts';
import { Id, ListQuery, Timestamp } from './common.ts';

/** 帮助中心 (G7): 新闻动态, 政策法规, 标准规范, 常见问题, 在线帮助. */
export const contentCategories = ['news', 'policy', 'standard', 'faq', 'help'] as const;
export const ContentCategory = z.enum(contentCategories, {
  error: '栏目应为 news、policy、standard、faq 或 help',
});
export type ContentCategory = z.infer<typeof ContentCategory>;

export const ContentListQuery = ListQuery.extend({
  category: ContentCategory.optional(),
  q: z.string().trim().max(100, { error: '关键词不能超过 100 个字符' }).optional(),
});
export type ContentListQuery = z.infer<typeof ContentListQuery>;

export const ContentPageInput = z.object({
  category: ContentCategory,
  title: z.string().trim().min(1, { error: '请填写标题' }).max(200, { error: '标题不能超过 200 个字符' }),
  bodyHtml: RichTextInput,
  attachmentIds: AttachmentIds,
  source: z
    .string()
    .trim()
    .max(100, { error: '来源不能超过 100 个字符' })
    .nullish()
    .transform((s) => s || null),
  pinned: z.boolean().default(false),
  /** The date the document was issued, when not today (e.g. a law's adoption date). */
  publishedAt: Timestamp.optional(),
});
export type ContentPageInput = z.input<typeof ContentPageInput>;

/** One row of a list: the body is left out, a short excerpt of its text stands in. */
export const ContentPageSummary = z.object({
  id: Id,
  category: ContentCategory,
  slug: z.string().nullable().describe('随系统提供的帮助页面的标识；管理员新增的为 null'),
  title: z.string(),
  excerpt: z.string(),
  source: z.string().nullable(),
  pinned: z.boolean(),
  attachmentCount: z.number().int(),
  publishedAt: Timestamp,
  updatedAt: Timestamp,
});
export type ContentPageSummary = z.infer<typeof ContentPageSummary>;

export const ContentPageView = ContentPageSummary.extend({
  bodyHtml: z.string().describe('服务器清理过的 HTML'),
  attachments: z.array(AttachmentRef),
});
export type ContentPageView = z.infer<typeof ContentPageView>;
