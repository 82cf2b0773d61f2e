import { v7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness.ts';
import { enterpriseIdOf, importSheet, pdfBytes, postSheet, publishStandard } from './org-test-data.ts';

const app = useTestApp();

describe('信息完备率 (E9, seed 004 question 5)', () => {
  it('goes 0 → 25 → 50 → 75 → 100% as the four parts are made, the same for the enterprise and its regulator', async () => {
    const admin = await app().signedIn('ent-a-admin');
    const street = await app().signedIn('gov-110102001');
    const id = await enterpriseIdOf(app(), 'ent-a-admin');
    const rate = async () => {
      const own = await admin.json('GET', `/api/v1/enterprises/${id}/completeness`);
      const seen = await street.json('GET', `/api/v1/enterprises/${id}/completeness`);
      expect(seen.body).toEqual(own.body);
      return own.body;
    };

    const start = await rate();
    expect(start.rate).toBe(0);
    expect(start.parts).toEqual([
      { key: 'departments', done: false, label: '部门信息的建立', missing: ['尚未建立部门'] },
      { key: 'standard', done: false, label: '个性化标准（企业标准）', missing: ['尚未发布企业标准'] },
      { key: 'checklists', done: false, label: '岗位清单', missing: ['尚未建立岗位'] },
      { key: 'responsibility', done: false, label: '岗位责任制度的上传', missing: ['尚未建立岗位'] },
    ]);

    const dept = (await admin.json('POST', '/api/v1/departments', { name: '生产部' })).body.id;
    expect((await rate()).rate).toBe(25);
    await publishStandard(app(), id, 3);
    expect((await rate()).rate).toBe(50);

    const post = (
      await admin.json('POST', '/api/v1/posts', { departmentId: dept, name: '电工岗', frequency: 'weekly' })
    ).body;
    const withPost = await rate();
    expect(withPost.rate).toBe(50);
    expect(withPost.parts[2].missing).toEqual(['岗位“电工岗”没有岗位清单']);
    expect(withPost.parts[3].missing).toEqual(['岗位“电工岗”未上传岗位责任制']);

    await importSheet(app(), admin, await postSheet([['生产部', '电工岗', '', '1.1.1']]));
    expect((await rate()).rate).toBe(75);
    const fileId = v7();
    await admin.upload(fileId, pdfBytes(), 'responsibility', 'application/pdf');
    await admin.json('PUT', `/api/v1/posts/${post.id}/responsibility`, { fileId });
    const done = await rate();
    expect(done.rate).toBe(100);
    expect(
      done.parts.every((p: { done: boolean; missing: string[] }) => p.done && p.missing.length === 0),
    ).toBe(true);

    // A new post without its checklist and duty brings the two post parts back.
    await admin.json('POST', '/api/v1/posts', { departmentId: dept, name: '焊工岗', frequency: 'daily' });
    expect((await rate()).rate).toBe(50);
    // Inspectors of the enterprise read it too.
    expect(
      (await (await app().signedIn('ent-a-insp1')).json('GET', `/api/v1/enterprises/${id}/completeness`)).body
        .rate,
    ).toBe(50);
  });

  it('reads as absent outside the caller’s scope', async () => {
    const id = await enterpriseIdOf(app(), 'ent-a-admin');
    for (const user of ['ent-b-admin', 'ent-b-insp1', 'gov-110108006', 'gov-110108']) {
      const res = await (await app().signedIn(user)).json('GET', `/api/v1/enterprises/${id}/completeness`);
      expect(res.status, user).toBe(404);
    }
    const district = await app().signedIn('gov-110102');
    expect((await district.json('GET', `/api/v1/enterprises/${id}/completeness`)).status).toBe(200);
    expect((await district.json('GET', '/api/v1/enterprises/not-an-id/completeness')).status).toBe(422);
  });
});
