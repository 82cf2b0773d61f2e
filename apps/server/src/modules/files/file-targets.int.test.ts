import { v7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import type { TestClient } from '../../../test/client.ts';
import { useTestApp } from '../../../test/harness.ts';
import { pngPhoto } from '../../../test/images.ts';

const app = useTestApp();

/** A small but well-formed PDF, as a scanned 岗位责任制 would arrive. */
const pdf = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n' +
    'trailer << /Root 1 0 R >>\n%%EOF\n',
);

async function enterpriseIdOf(client: TestClient, name: string): Promise<string> {
  const list = await client.json('GET', `/api/v1/enterprises?keyword=${encodeURIComponent(name)}&limit=5`);
  const found = list.body.items.find((e: { name: string }) => e.name.includes(name));
  if (!found) throw new Error(`no enterprise named ${name} in scope`);
  return found.id;
}

describe('who a file belongs to', () => {
  it('lets a regulator upload a supervision photo to an enterprise in its scope only', async () => {
    const street = await app().signedIn('gov-110102001');
    const xicheng = await enterpriseIdOf(street, '电力');
    const haidian = await enterpriseIdOf(await app().signedIn('gov-110108006'), '');

    const id = v7();
    expect((await street.upload(id, pngPhoto(3), 'hazard', 'image/png', xicheng)).status).toBe(200);
    // The uploader reads its own photo before any record refers to it; the enterprise's own
    // inspector does not, until the regulator's record is submitted.
    expect((await street.get(`/api/v1/files/${id}`)).status).toBe(200);
    expect((await (await app().signedIn('ent-a-insp1')).get(`/api/v1/files/${id}`)).status).toBe(404);

    expect((await street.upload(v7(), pngPhoto(4), 'hazard', 'image/png', haidian)).status).toBe(404);
    const missing = await street.upload(v7(), pngPhoto(5), 'hazard');
    expect(missing.status).toBe(422);
    expect(missing.body.error.fields[0].path).toBe('enterpriseId');
    const purpose = await street.upload(v7(), pngPhoto(6), 'rectification', 'image/png', xicheng);
    expect(purpose.status).toBe(422);
    expect(purpose.body.error.fields[0].path).toBe('purpose');
  });

  it('keeps an enterprise user to its own enterprise', async () => {
    const insp = await app().signedIn('ent-a-insp1');
    const other = await enterpriseIdOf(await app().signedIn('gov-110108006'), '');
    expect((await insp.upload(v7(), pngPhoto(7), 'hazard', 'image/png', other)).status).toBe(404);
  });

  it('takes a PDF as a 岗位责任制 from the enterprise admin only, and never as a hazard photo', async () => {
    const admin = await app().signedIn('ent-a-admin');
    const saved = await admin.upload(v7(), pdf, 'responsibility', 'application/pdf');
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ purpose: 'responsibility', mime: 'application/pdf' });

    const photo = await admin.upload(v7(), pdf, 'hazard', 'application/pdf');
    expect(photo.status).toBe(422);
    expect(photo.body.error.fields[0].path).toBe('file');
    const insp = await app().signedIn('ent-a-insp1');
    expect((await insp.upload(v7(), pdf, 'responsibility', 'application/pdf')).status).toBe(403);
  });
});
