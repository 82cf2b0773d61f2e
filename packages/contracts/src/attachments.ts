import { z } from 'zod';
import { Id } from './common.ts';

/**
 * Documents attached to notices, content pages and information reports (G7, G8): PDF, Word,
 * Excel, images and ZIP archives, kept apart from an enterprise's photos (`files`).
 */
export const AttachmentPurpose = z.enum(['notice', 'content', 'info_report'], {
  error: '用途应为 notice、content 或 info_report',
});
export type AttachmentPurpose = z.infer<typeof AttachmentPurpose>;

export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
export const MAX_ATTACHMENTS = 10;
/**
 * The types stored, as detected from the bytes (not the type the browser claims). Old .doc and
 * .xls files share one container format; the file name's extension tells them apart.
 */
export const ATTACHMENT_TYPES = [
  'application/pdf',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'image/jpeg',
  'image/png',
  'application/zip',
] as const;
/** What the upload button offers (the server checks the bytes anyway). */
export const ATTACHMENT_ACCEPT = '.pdf,.doc,.docx,.xls,.xlsx,.jpg,.jpeg,.png,.zip';

export const AttachmentUploadQuery = z.object({
  purpose: AttachmentPurpose,
  name: z.string().trim().min(1, { error: '请提供文件名' }).max(200, { error: '文件名不能超过 200 个字符' }),
});

export const AttachmentRef = z.object({
  id: Id,
  name: z.string(),
  mime: z.string(),
  sizeBytes: z.number().int(),
});
export type AttachmentRef = z.infer<typeof AttachmentRef>;

export const AttachmentIds = z
  .array(z.uuid({ error: '附件标识格式不正确' }))
  .max(MAX_ATTACHMENTS, { error: `附件最多 ${MAX_ATTACHMENTS} 个` })
  .refine((ids) => new Set(ids).size === ids.length, { error: '附件重复' })
  .default([]);

/** The body of a notice, page or report: sanitized HTML, stored as the server cleaned it. */
export const RichTextInput = z
  .string()
  .trim()
  .min(1, { error: '请填写正文' })
  .max(200_000, { error: '正文过长（上限 20 万字符）' });

export const attachmentUrl = (id: string) => `/api/v1/attachments/${id}`;
