import { type FilePurpose, type FileView, fileUrl } from '@ancha/contracts';
import Compressor from 'compressorjs';
import { v7 as uuidv7 } from 'uuid';
import { api } from './client.ts';

/**
 * Shrinks a camera photo before it leaves the phone: a 4000-pixel, 5 MB picture becomes about
 * 200 KB at 1600 pixels, which one bar of signal can carry. Orientation from EXIF is applied.
 */
export function compressPhoto(file: Blob): Promise<Blob> {
  return new Promise((resolve, reject) => {
    new Compressor(file, {
      maxWidth: 1600,
      maxHeight: 1600,
      quality: 0.7,
      mimeType: 'image/jpeg',
      convertSize: 0,
      success: resolve,
      error: reject,
    });
  });
}

/**
 * Uploads under an id chosen here, so a retry after a lost answer stores the photo once.
 * `enterpriseId` names the inspected enterprise when a regulator uploads a supervision photo (G2);
 * an enterprise's own users leave it out and upload to their enterprise.
 */
export function uploadPhoto(
  blob: Blob,
  purpose: FilePurpose,
  id: string = uuidv7(),
  enterpriseId?: string,
): Promise<FileView> {
  const q = new URLSearchParams({ purpose });
  if (enterpriseId) q.set('enterpriseId', enterpriseId);
  if (blob instanceof File && blob.name) q.set('name', blob.name.slice(0, 200));
  return api<FileView>(`/files/${id}?${q}`, { method: 'PUT', body: blob });
}

export { fileUrl };
