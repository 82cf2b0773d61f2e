import { type AttachmentPurpose, type AttachmentRef, attachmentUrl } from '@ancha/contracts';
import { v7 as uuidv7 } from 'uuid';
import { api } from './client.ts';

/**
 * Uploads a document (PDF, Word, Excel, JPG, PNG, ZIP; the server checks the bytes) under an id
 * chosen here, so a retry stores it once. The record that uses it then lists its id in
 * `attachmentIds`.
 */
export function uploadAttachment(
  file: File,
  purpose: AttachmentPurpose,
  id: string = uuidv7(),
): Promise<AttachmentRef> {
  const q = new URLSearchParams({ purpose, name: file.name.slice(0, 200) || 'file' });
  return api<AttachmentRef>(`/attachments/${id}?${q}`, { method: 'PUT', body: file });
}

/** "1.2 MB", "340 KB": sizes as people read them. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export { attachmentUrl };
