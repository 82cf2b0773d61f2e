import type { TestClient } from './client.ts';

/** A minimal PDF: file-type recognises it by its header. */
export const samplePdf = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n%%EOF\n',
);

/** PUT /attachments/{id}: the document as the body, as the console sends it. */
export async function putAttachment(
  client: TestClient,
  id: string,
  bytes: Uint8Array,
  purpose = 'content',
  name = '附件.pdf',
) {
  const res = await client.request(
    'PUT',
    `/api/v1/attachments/${id}?purpose=${purpose}&name=${encodeURIComponent(name)}`,
    bytes,
    { 'content-type': 'application/octet-stream' },
  );
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}
