import { sql } from 'drizzle-orm';
import { v7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness.ts';
import { pngPhoto } from '../../../test/images.ts';
import { queryRows } from '../../db/client.ts';
import { newId } from '../../lib/ids.ts';
import { pdfBytes, userIdOf } from './org-test-data.ts';

const app = useTestApp();

async function department(name: string, username = 'ent-a-admin') {
  const admin = await app().signedIn(username);
  return (await admin.json('POST', '/api/v1/departments', { name })).body.id as string;
}

describe('岗位管理 (E9)', () => {
  it('creates and edits a post with its 上报频次, unique by name, in one of the enterprise’s departments', async () => {
    const admin = await app().signedIn('ent-a-admin');
    const dept = await department('生产部');
    const created = await admin.json('POST', '/api/v1/posts', {
      departmentId: dept,
      name: '电工岗',
      frequency: 'weekly',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      departmentName: '生产部',
      name: '电工岗',
      frequency: 'weekly',
      responsibility: null,
      holders: [],
      itemCount: 0,
    });
    const edited = await admin.json('PUT', `/api/v1/posts/${created.body.id}`, {
      departmentId: dept,
      name: '电工岗',
      frequency: 'daily',
    });
    expect(edited.body.frequency).toBe('daily');

    const taken = await admin.json('POST', '/api/v1/posts', {
      departmentId: dept,
      name: '电工岗',
      frequency: 'daily',
    });
    expect(taken.status).toBe(422);
    expect(taken.body.error.fields[0].path).toBe('name');
    const bad = await admin.json('POST', '/api/v1/posts', {
      departmentId: dept,
      name: '',
      frequency: 'yearly',
    });
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['frequency', 'name']);
    const foreignDept = await department('生产部', 'ent-b-admin');
    const moved = await admin.json('POST', '/api/v1/posts', {
      departmentId: foreignDept,
      name: '焊工岗',
      frequency: 'daily',
    });
    expect(moved.body.error.fields[0]).toMatchObject({ path: 'departmentId', message: '所属部门不存在' });

    const list = (await (await app().signedIn('ent-a-insp1')).json('GET', '/api/v1/posts')).body.items;
    expect(list.map((p: { name: string }) => p.name)).toEqual(['电工岗']);
    expect((await (await app().signedIn('ent-b-admin')).json('GET', '/api/v1/posts')).body.items).toEqual([]);
    expect(
      (await (await app().signedIn('ent-a-insp1')).json('DELETE', `/api/v1/posts/${created.body.id}`)).status,
    ).toBe(403);
  });

  it('sets the holders among the enterprise’s inspectors, one post each, and refuses anyone else by field', async () => {
    const admin = await app().signedIn('ent-a-admin');
    const dept = await department('运行部');
    const p1 = (
      await admin.json('POST', '/api/v1/posts', { departmentId: dept, name: '值班岗', frequency: 'daily' })
    ).body;
    const p2 = (
      await admin.json('POST', '/api/v1/posts', { departmentId: dept, name: '巡检岗', frequency: 'weekly' })
    ).body;
    const insp1 = await userIdOf(app(), 'ent-a-insp1');
    const insp2 = await userIdOf(app(), 'ent-a-insp2');
    const set = await admin.json('PUT', `/api/v1/posts/${p1.id}/holders`, { userIds: [insp1, insp2] });
    expect(set.status).toBe(200);
    expect(set.body.holders.map((h: { username: string }) => h.username)).toEqual([
      'ent-a-insp1',
      'ent-a-insp2',
    ]);

    // Naming insp2 for the other post moves them; leaving insp1 out of nothing changes p1's insp1.
    await admin.json('PUT', `/api/v1/posts/${p2.id}/holders`, { userIds: [insp2] });
    const posts = (await admin.json('GET', '/api/v1/posts')).body.items;
    const holders = (id: string) =>
      posts.find((p: { id: string }) => p.id === id).holders.map((h: { username: string }) => h.username);
    expect(holders(p1.id)).toEqual(['ent-a-insp1']);
    expect(holders(p2.id)).toEqual(['ent-a-insp2']);

    const refused = await admin.json('PUT', `/api/v1/posts/${p1.id}/holders`, {
      userIds: [insp1, await userIdOf(app(), 'ent-b-insp1'), await userIdOf(app(), 'ent-a-admin')],
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.fields.map((f: { path: string }) => f.path)).toEqual([
      'userIds.1',
      'userIds.2',
    ]);

    // A post with holders is someone's work: it is not deleted until they are moved.
    const busy = await admin.json('DELETE', `/api/v1/posts/${p1.id}`);
    expect(busy.status).toBe(409);
    expect(busy.body.error.message).toContain('还有岗位用户');
    await admin.json('PUT', `/api/v1/posts/${p1.id}/holders`, { userIds: [] });
    expect((await admin.json('DELETE', `/api/v1/posts/${p1.id}`)).status).toBe(204);
    const trail = await queryRows<{ action: string }>(
      app().database.db,
      sql`select action from audit_log where entity_id = ${p1.id} order by seq`,
    );
    expect(trail.map((t) => t.action)).toEqual([
      'post.created',
      'post.holders_set',
      'post.holders_set',
      'post.deleted',
    ]);
  });

  it('attaches an uploaded 岗位责任制 (PDF) that regulators may then read, and refuses other files', async () => {
    const admin = await app().signedIn('ent-a-admin');
    const dept = await department('安保部');
    const post = (
      await admin.json('POST', '/api/v1/posts', { departmentId: dept, name: '门卫岗', frequency: 'monthly' })
    ).body;
    const fileId = v7();
    const up = await admin.upload(fileId, pdfBytes(), 'responsibility', 'application/pdf');
    expect(up.status).toBe(200);

    const street = await app().signedIn('gov-110102001');
    expect((await street.get(`/api/v1/files/${fileId}`)).status).toBe(404); // not attached yet
    const set = await admin.json('PUT', `/api/v1/posts/${post.id}/responsibility`, { fileId });
    expect(set.status).toBe(200);
    expect(set.body.responsibility).toMatchObject({
      id: fileId,
      mime: 'application/pdf',
      url: `/api/v1/files/${fileId}`,
    });
    expect((await street.get(`/api/v1/files/${fileId}`)).status).toBe(200);

    const photoId = v7();
    await admin.upload(photoId, pngPhoto(3), 'hazard');
    const other = await (await app().signedIn('ent-b-admin')).upload(
      v7(),
      pdfBytes(),
      'responsibility',
      'application/pdf',
    );
    for (const id of [photoId, other.body.id, newId()]) {
      const res = await admin.json('PUT', `/api/v1/posts/${post.id}/responsibility`, { fileId: id });
      expect(res.status, id).toBe(422);
      expect(res.body.error.fields[0].path).toBe('fileId');
    }
  });

  it('reads another enterprise’s post ids as absent on every route', async () => {
    const admin = await app().signedIn('ent-a-admin');
    const dept = await department('仓储部');
    const post = (
      await admin.json('POST', '/api/v1/posts', {
        departmentId: dept,
        name: '仓管岗',
        frequency: 'quarterly',
      })
    ).body;
    const other = await app().signedIn('ent-b-admin');
    const fileId = v7();
    await other.upload(fileId, pdfBytes(), 'responsibility', 'application/pdf');
    const calls: [string, string, unknown][] = [
      ['PUT', '', { departmentId: dept, name: '改名', frequency: 'daily' }],
      ['DELETE', '', undefined],
      ['PUT', '/holders', { userIds: [] }],
      ['PUT', '/responsibility', { fileId }],
    ];
    for (const [method, suffix, body] of calls) {
      const res = await other.json(method, `/api/v1/posts/${post.id}${suffix}`, body);
      expect(res.status, `${method} ${suffix}`).toBe(404);
    }
    expect((await admin.json('GET', '/api/v1/posts')).body.items[0]).toMatchObject({
      name: '仓管岗',
      frequency: 'quarterly',
    });
  });
});
