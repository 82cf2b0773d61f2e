import type { EnterpriseRoleView } from '@ancha/contracts';
import { v7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness.ts';

// 角色管理 (E10): roles are named sets of catalogue permissions, per enterprise.

const app = useTestApp();

describe('角色管理', () => {
  it('creates, renames and regrants a role, with names unique in the enterprise only', async () => {
    const admin = await app().signedIn('ent-a-admin');
    const made = await admin.json('POST', '/api/v1/enterprise-roles', {
      name: ' 班组长 ',
      permissions: ['hazard.rectify', 'inspection.fill', 'hazard.rectify'],
    });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({
      name: '班组长',
      permissions: ['hazard.rectify', 'inspection.fill'],
      userCount: 0,
    });

    const twice = await admin.json('POST', '/api/v1/enterprise-roles', { name: '班组长', permissions: [] });
    expect(twice.status).toBe(422);
    expect(twice.body.error.fields[0].path).toBe('name');
    // Another enterprise may use the same name.
    const b = await app().signedIn('ent-b-admin');
    expect(
      (await b.json('POST', '/api/v1/enterprise-roles', { name: '班组长', permissions: [] })).status,
    ).toBe(201);

    const renamed = await admin.json('PUT', `/api/v1/enterprise-roles/${made.body.id}`, {
      name: '值班长',
      permissions: ['hazard.accept'],
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: '值班长', permissions: ['hazard.accept'] });
    const other = await admin.json('POST', '/api/v1/enterprise-roles', { name: '巡检员', permissions: [] });
    const clash = await admin.json('PUT', `/api/v1/enterprise-roles/${other.body.id}`, {
      name: '值班长',
      permissions: [],
    });
    expect(clash.status).toBe(422);

    const list: EnterpriseRoleView[] = (await admin.json('GET', '/api/v1/enterprise-roles')).body.items;
    expect(list.map((r) => r.name)).toEqual(['值班长', '巡检员']);
    const bList: EnterpriseRoleView[] = (await b.json('GET', '/api/v1/enterprise-roles')).body.items;
    expect(bList.map((r) => r.name)).toEqual(['班组长']);
    const trail = await admin.json(
      'GET',
      `/api/v1/audit?entityType=enterprise_role&entityId=${made.body.id}`,
    );
    expect(trail.body.items.map((e: { action: string }) => e.action)).toEqual([
      'enterprise_role.created',
      'enterprise_role.updated',
    ]);
  });

  it('accepts catalogue permissions only, naming each unknown key', async () => {
    const admin = await app().signedIn('ent-a-admin');
    const res = await admin.json('POST', '/api/v1/enterprise-roles', {
      name: '超级',
      permissions: ['hazard.read', 'user.manage', 'ledger.close'],
    });
    expect(res.status).toBe(422);
    expect(res.body.error.fields).toEqual([
      { path: 'permissions', message: '未知的权限：user.manage、ledger.close' },
    ]);
    const empty = await admin.json('POST', '/api/v1/enterprise-roles', { name: '', permissions: 'all' });
    expect(empty.status).toBe(422);
    expect(empty.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual([
      'name',
      'permissions',
    ]);
  });

  it('refuses to delete a role while users hold it, and deletes it after', async () => {
    const admin = await app().signedIn('ent-a-admin');
    const role = await admin.json('POST', '/api/v1/enterprise-roles', { name: '临时角色', permissions: [] });
    const users = (await admin.json('GET', '/api/v1/users?role=ent_inspector')).body.items as {
      id: string;
    }[];
    const holder = users[0]!.id;
    await admin.json('PATCH', `/api/v1/users/${holder}`, { enterpriseRoleId: role.body.id });
    const listed: EnterpriseRoleView[] = (await admin.json('GET', '/api/v1/enterprise-roles')).body.items;
    expect(listed.find((r) => r.id === role.body.id)?.userCount).toBe(1);
    const refused = await admin.json('DELETE', `/api/v1/enterprise-roles/${role.body.id}`);
    expect(refused.status).toBe(409);
    await admin.json('PATCH', `/api/v1/users/${holder}`, { enterpriseRoleId: null });
    expect((await admin.json('DELETE', `/api/v1/enterprise-roles/${role.body.id}`)).status).toBe(204);
    expect((await admin.json('DELETE', `/api/v1/enterprise-roles/${role.body.id}`)).status).toBe(404);
  });

  it('answers 404 to another enterprise’s role ids and 403 to inspectors and regulators', async () => {
    const admin = await app().signedIn('ent-a-admin');
    const role = await admin.json('POST', '/api/v1/enterprise-roles', { name: '甲方角色', permissions: [] });
    const b = await app().signedIn('ent-b-admin');
    const body = { name: '改名', permissions: [] };
    expect((await b.json('PUT', `/api/v1/enterprise-roles/${role.body.id}`, body)).status).toBe(404);
    expect((await b.json('DELETE', `/api/v1/enterprise-roles/${role.body.id}`)).status).toBe(404);
    expect((await admin.json('PUT', `/api/v1/enterprise-roles/${v7()}`, body)).status).toBe(404);
    for (const who of ['ent-a-insp1', 'gov-110102', 'admin']) {
      const c = await app().signedIn(who);
      expect((await c.json('GET', '/api/v1/enterprise-roles')).status, who).toBe(403);
      expect((await c.json('POST', '/api/v1/enterprise-roles', body)).status, who).toBe(403);
    }
  });
});
