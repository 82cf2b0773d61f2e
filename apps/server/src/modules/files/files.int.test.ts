import type { HazardDetail } from '@ancha/contracts';
import { v7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness.ts';
import { pngPhoto } from '../../../test/images.ts';
import { allAnswered, officeSite, saveDraft, scheduledAnswer } from '../../../test/inspecting.ts';

const app = useTestApp();

describe('photos', () => {
  it('stores an upload once under the phone’s id and refuses other bytes under it', async () => {
    const insp = await app().signedIn('ent-a-insp1');
    const id = v7();
    const first = await insp.upload(id, pngPhoto(1));
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      id,
      mime: 'image/png',
      purpose: 'hazard',
      url: `/api/v1/files/${id}`,
    });
    expect((await insp.upload(id, pngPhoto(1))).body).toEqual(first.body);
    expect((await insp.upload(id, pngPhoto(2))).status).toBe(409);

    const res = await insp.get(`/api/v1/files/${id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(pngPhoto(1));
  });

  it('refuses a non-image, an empty body, 20 MB and a bad purpose with the field, storing nothing', async () => {
    const insp = await app().signedIn('ent-a-insp1');
    const cases: [Uint8Array, string, string][] = [
      [new TextEncoder().encode('%PDF-1.7 not a photo'), 'image/png', 'file'],
      [new Uint8Array(0), 'image/png', 'file'],
      [new Uint8Array(20 * 1024 * 1024).fill(0xff), 'image/jpeg', 'file'],
    ];
    for (const [bytes, type, field] of cases) {
      const id = v7();
      const res = await insp.upload(id, bytes, 'hazard', type);
      expect(res.status).toBe(422);
      expect(res.body.error.fields[0].path).toBe(field);
      expect((await insp.get(`/api/v1/files/${id}`)).status).toBe(404);
    }
    const bad = await insp.upload(v7(), pngPhoto(3), 'selfie');
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields[0].path).toBe('query.purpose');
  });

  it('shows a draft’s photo only to its uploader and admin, then to the record’s readers', async () => {
    const insp = await app().signedIn('ent-a-insp1');
    const photo = v7();
    await insp.upload(photo, pngPhoto(4));
    const url = `/api/v1/files/${photo}`;
    const status = async (user: string) => (await (await app().signedIn(user)).get(url)).status;
    expect(await status('ent-a-insp2')).toBe(404);
    expect(await status('ent-a-admin')).toBe(200);
    expect(await status('gov-110102')).toBe(404);
    expect(await status('ent-b-admin')).toBe(404);

    const x = await officeSite(insp);
    const id = v7();
    const answers = allAnswered(x, scheduledAnswer('', { photoIds: [photo] }));
    expect((await saveDraft(insp, id, x, answers)).status).toBe(200);
    expect((await insp.json('POST', `/api/v1/inspections/${id}/submit`)).status).toBe(200);
    const hazards = (await insp.json('GET', '/api/v1/hazards?status=pending')).body.items;
    const hazard = hazards.find((h: { inspectionId: string }) => h.inspectionId === id);
    expect(hazard.photoIds).toEqual([photo]);

    expect(await status('gov-110102')).toBe(200);
    expect(await status('gov-110102001')).toBe(200);
    expect(await status('gov-110108')).toBe(404);
    expect(await status('ent-b-admin')).toBe(404);
    expect(await status('ent-b-insp1')).toBe(404);
  });

  it('refuses another enterprise’s or another inspector’s photo in a draft and a rectification', async () => {
    const foreign = v7();
    await (await app().signedIn('ent-b-insp1')).upload(foreign, pngPhoto(5));
    const colleague = v7();
    await (await app().signedIn('ent-a-insp2')).upload(colleague, pngPhoto(6));
    const insp = await app().signedIn('ent-a-insp1');
    const x = await officeSite(insp);
    const id = v7();
    for (const photo of [foreign, colleague]) {
      const res = await saveDraft(insp, id, x, allAnswered(x, scheduledAnswer('', { photoIds: [photo] })));
      expect(res.status).toBe(422);
      expect(res.body.error.fields[0].path).toBe('answers.0.photoIds.0');
    }
    expect((await insp.json('GET', `/api/v1/inspections/${id}`)).status).toBe(404);

    await saveDraft(insp, id, x, allAnswered(x, scheduledAnswer('')));
    await insp.json('POST', `/api/v1/inspections/${id}/submit`);
    const hazard = (await insp.json('GET', '/api/v1/hazards?status=pending')).body.items.find(
      (h: { inspectionId: string }) => h.inspectionId === id,
    );
    const rectify = (photoIds: string[]) =>
      insp.json('POST', `/api/v1/hazards/${hazard.id}/rectification`, {
        note: '已清理',
        result: '通道畅通',
        spentFen: 0,
        photoIds,
      });
    const refused = await rectify([foreign]);
    expect(refused.status).toBe(422);
    expect(refused.body.error.fields[0].path).toBe('photoIds.0');
    // A hazard photo is not proof of the fix: the purpose must match.
    const wrongPurpose = v7();
    await insp.upload(wrongPurpose, pngPhoto(7), 'hazard');
    expect((await rectify([wrongPurpose])).status).toBe(422);

    const proof = v7();
    await insp.upload(proof, pngPhoto(8), 'rectification');
    const done = await rectify([proof]);
    expect(done.status).toBe(200);
    expect((done.body as HazardDetail).rectificationPhotoIds).toEqual([proof]);
  });
});
