import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness.ts';
import { queryRows } from '../../db/client.ts';
import { newId } from '../../lib/ids.ts';

const app = useTestApp();

const trail = async (id: string) =>
  (
    await queryRows<{ action: string }>(
      app().database.db,
      sql`select action from audit_log where entity_id = ${id} order by seq`,
    )
  ).map((r) => r.action);

describe('部门管理 (E9)', () => {
  it('builds a tree, renames and moves a department, audited, and lets the enterprise’s users read it', async () => {
    const admin = await app().signedIn('ent-a-admin');
    const top = (await admin.json('POST', '/api/v1/departments', { name: '安全生产部' })).body;
    expect(top).toMatchObject({ name: '安全生产部', parentId: null, depth: 0, postCount: 0 });
    const other = (await admin.json('POST', '/api/v1/departments', { name: '行政部' })).body;
    const child = await admin.json('POST', '/api/v1/departments', { name: '电工班', parentId: top.id });
    expect(child.status).toBe(201);
    expect(child.body).toMatchObject({ parentId: top.id, depth: 1 });

    const moved = await admin.json('PUT', `/api/v1/departments/${child.body.id}`, {
      name: '维修班',
      parentId: other.id,
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ name: '维修班', parentId: other.id, depth: 1 });

    const inspector = await app().signedIn('ent-a-insp1');
    const list = (await inspector.json('GET', '/api/v1/departments')).body.items;
    expect(list.map((d: { name: string; depth: number }) => [d.name, d.depth])).toEqual([
      ['安全生产部', 0],
      ['行政部', 0],
      ['维修班', 1],
    ]);
    expect(list[1].childCount).toBe(1);
    expect(await trail(child.body.id)).toEqual(['department.created', 'department.updated']);

    // Other enterprises see none of it; inspectors only read; regulators have no department list.
    expect(
      (await (await app().signedIn('ent-b-admin')).json('GET', '/api/v1/departments')).body.items,
    ).toEqual([]);
    expect((await inspector.json('POST', '/api/v1/departments', { name: '仓储部' })).status).toBe(403);
    expect((await (await app().signedIn('gov-110102001')).json('GET', '/api/v1/departments')).status).toBe(
      403,
    );
  });

  it('answers bad input with 422 naming the field: empty or taken name, unknown parent, a cycle', async () => {
    const admin = await app().signedIn('ent-a-admin');
    const empty = await admin.json('POST', '/api/v1/departments', { name: '  ' });
    expect(empty.status).toBe(422);
    expect(empty.body.error.fields[0]).toMatchObject({ path: 'name', message: '请填写部门名称' });

    const a = (await admin.json('POST', '/api/v1/departments', { name: '设备部' })).body;
    const taken = await admin.json('POST', '/api/v1/departments', { name: '设备部' });
    expect(taken.status).toBe(422);
    expect(taken.body.error.fields[0]).toMatchObject({ path: 'name', message: '部门“设备部”已存在' });
    // The same name in another enterprise is its own business.
    expect(
      (await (await app().signedIn('ent-b-admin')).json('POST', '/api/v1/departments', { name: '设备部' }))
        .status,
    ).toBe(201);

    const unknown = await admin.json('POST', '/api/v1/departments', { name: '新部门', parentId: newId() });
    expect(unknown.body.error.fields[0]).toMatchObject({ path: 'parentId', message: '上级部门不存在' });
    const b = (await admin.json('POST', '/api/v1/departments', { name: '设备一班', parentId: a.id })).body;
    const cycle = await admin.json('PUT', `/api/v1/departments/${a.id}`, { name: '设备部', parentId: b.id });
    expect(cycle.status).toBe(422);
    expect(cycle.body.error.fields[0].path).toBe('parentId');
    const self = await admin.json('PUT', `/api/v1/departments/${a.id}`, { name: '设备部', parentId: a.id });
    expect(self.status).toBe(422);
  });

  it('deletes only an empty department (409 otherwise) and reads another enterprise’s ids as absent', async () => {
    const admin = await app().signedIn('ent-a-admin');
    const parent = (await admin.json('POST', '/api/v1/departments', { name: '质量部' })).body;
    const child = (await admin.json('POST', '/api/v1/departments', { name: '质检班', parentId: parent.id }))
      .body;
    const withChild = await admin.json('DELETE', `/api/v1/departments/${parent.id}`);
    expect(withChild.status).toBe(409);
    expect(withChild.body.error.message).toBe('部门“质量部”下还有下级部门，请先删除或移走下级部门');

    await admin.json('POST', '/api/v1/posts', {
      departmentId: child.id,
      name: '质检员',
      frequency: 'monthly',
    });
    const withPost = await admin.json('DELETE', `/api/v1/departments/${child.id}`);
    expect(withPost.status).toBe(409);
    expect(withPost.body.error.message).toBe('部门“质检班”下还有岗位，请先删除或移走岗位');

    const other = await app().signedIn('ent-b-admin');
    for (const [method, body] of [
      ['PUT', { name: '改名', parentId: null }],
      ['DELETE', undefined],
    ] as const) {
      const res = await other.json(method, `/api/v1/departments/${parent.id}`, body);
      expect(res.status, method).toBe(404);
    }
    const lone = (await admin.json('POST', '/api/v1/departments', { name: '临时部' })).body;
    expect((await admin.json('DELETE', `/api/v1/departments/${lone.id}`)).status).toBe(204);
    const names = (await admin.json('GET', '/api/v1/departments')).body.items.map(
      (d: { name: string }) => d.name,
    );
    expect(names).toContain('质量部');
    expect(names).not.toContain('临时部');
    expect(await trail(lone.id)).toEqual(['department.created', 'department.deleted']);
  });
});
