import { z } from 'zod';
import { Id, Timestamp } from './common.ts';

/**
 * What a file is for: a photo found with a hazard, proof of its fix, an enterprise profile image,
 * or a post's 岗位责任制 document (E9), the one purpose that also takes PDF and Word files.
 */
export const FilePurpose = z.enum(['hazard', 'rectification', 'enterprise', 'responsibility'], {
  error: '用途应为 hazard、rectification、enterprise 或 responsibility',
});
export type FilePurpose = z.infer<typeof FilePurpose>;

/** The phone compresses photos to well under this; the limit stops a raw camera file or worse. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const UPLOAD_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
/** 岗位责任制 documents: PDF or Word (.docx), as detected from the bytes, or a photo of the paper. */
export const DOCUMENT_TYPES = [
  ...UPLOAD_TYPES,
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
] as const;
/** A hazard, a rectification or a profile image carries at most this many photos. */
export const MAX_PHOTOS = 9;

export const UploadQuery = z.object({
  purpose: FilePurpose,
  name: z.string().trim().max(200, { error: '文件名不能超过 200 个字符' }).optional(),
  enterpriseId: Id.optional().describe('政府用户上传监督检查照片时必填：被检查的企业'),
});

export const FileView = z.object({
  id: Id,
  purpose: FilePurpose,
  mime: z.string(),
  name: z.string(),
  sizeBytes: z.number().int(),
  createdAt: Timestamp,
  url: z.string().describe('下载地址（需登录，且在调用者的权限范围内）'),
});
export type FileView = z.infer<typeof FileView>;

export const PhotoIds = z
  .array(Id)
  .max(MAX_PHOTOS, { error: `照片最多 ${MAX_PHOTOS} 张` })
  .refine((ids) => new Set(ids).size === ids.length, { error: '照片重复' });

export const fileUrl = (id: string) => `/api/v1/files/${id}`;
