import { z } from 'zod';
import { Id, Timestamp } from './common.ts';

/** What a photo is for: found with a hazard, proof of its fix, or the enterprise profile. */
export const FilePurpose = z.enum(['hazard', 'rectification', 'enterprise'], {
  error: '用途应为 hazard、rectification 或 enterprise',
});
export type FilePurpose = z.infer<typeof FilePurpose>;

/** The phone compresses photos to well under this; the limit stops a raw camera file or worse. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const UPLOAD_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
/** A hazard, a rectification or a profile image carries at most this many photos. */
export const MAX_PHOTOS = 9;

export const UploadQuery = z.object({
  purpose: FilePurpose,
  name: z.string().trim().max(200, { error: '文件名不能超过 200 个字符' }).optional(),
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
