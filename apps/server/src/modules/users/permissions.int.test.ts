import { permissionKeys } from '@ancha/contracts';
import { v7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness.ts';
import { allAnswered, officeSite, saveDraft, scheduledAnswer } from '../../../test/inspecting.ts';

// E10's acceptance: permissions are checked by the server, not only hidden in the UI.

const app = useTestApp();

const rectification = { note: '更换了应急照明灯', result: '照明恢复正常', spentFen: 0 };

/** 李强 (ent-a-insp1) submits a record with one pending hazard; its id is returned. */
async function pendingHazard(): Promise<string> {
  const insp = await app().signedIn('ent-a-insp1');
  const x = await officeSite(insp);
  const id = v7();
  await saveDraft(insp, id, x, allAnswered(x, scheduledAnswer('', { description: '应急照明损坏' })));
  expect((await insp.json('POST', `/api/v1/inspections/${id}/submit`)).status).toBe(200);
  const hazards = (await insp.json('GET', '/api/v1/hazards?status=pending')).body.items as {
    id: string;
    inspectionId: string;
  }[];
  return hazards.find((h) => h.inspectionId === id)!.id;
}

async function userId(username: string): Promise<string> {
  const admin = await app().signedIn('ent-a-admin');
  const list = (await admin.json('GET', '/api/v1/users?limit=100')).body.items as {
    id: string;
    username: string;
  }[];
  return list.find((u) => u.username === username)!.id;
}

describe('effective permissions', () => {
  it('gives the enterprise admin everything and an inspector without a role the default set', async () => {
    const admin = (await (await app().signedIn('ent-a-admin')).json('GET', '/api/v1/me')).body.user;
    expect(admin.permissions).toEqual([...permissionKeys]);
    const insp = (await (await app().signedIn('ent-a-insp1')).json('GET', '/api/v1/me')).body.user;
    expect(insp.permissions).toEqual(
      expect.arrayContaining(['inspection.fill', 'record.read', 'hazard.read', 'hazard.rectify']),
    );
    expect(insp.permissions).not.toContain('hazard.accept');
    const gov = (await (await app().signedIn('gov-110102')).json('GET', '/api/v1/me')).body.user;
    expect(gov.permissions).toEqual([]);
  });

  it('refuses 去处置 (403) to a user whose role lacks 隐患整改, and allows it once granted to the user', async () => {
    const hazardId = await pendingHazard();
    const admin = await app().signedIn('ent-a-admin');
    const role = await admin.json('POST', '/api/v1/enterprise-roles', {
      name: '只排查不整改',
      permissions: ['inspection.fill', 'record.read', 'hazard.read'],
    });
    expect(role.status).toBe(201);
    const id = await userId('ent-a-insp1');
    const assigned = await admin.json('PATCH', `/api/v1/users/${id}`, { enterpriseRoleId: role.body.id });
    expect(assigned.status).toBe(200);
    expect(assigned.body).toMatchObject({
      enterpriseRoleId: role.body.id,
      enterpriseRoleName: '只排查不整改',
    });

    // The session already open follows the change at its next request.
    const insp = await app().signedIn('ent-a-insp1');
    const me = (await insp.json('GET', '/api/v1/me')).body.user;
    expect(me.permissions.sort()).toEqual(['hazard.read', 'inspection.fill', 'record.read']);
    const refused = await insp.json('POST', `/api/v1/hazards/${hazardId}/rectification`, rectification);
    expect(refused.status).toBe(403);
    // What the role grants still works.
    expect((await insp.json('GET', `/api/v1/hazards/${hazardId}`)).status).toBe(200);
    expect((await insp.json('GET', '/api/v1/hazards')).status).toBe(200);

    // 用户授权: granted to the user directly, on top of the role.
    const granted = await admin.json('PUT', `/api/v1/users/${id}/permissions`, {
      permissions: ['hazard.rectify'],
    });
    expect(granted.status).toBe(200);
    expect(granted.body.permissions).toEqual(['hazard.rectify']);
    expect((await insp.json('GET', '/api/v1/me')).body.user.permissions).toContain('hazard.rectify');
    const done = await insp.json('POST', `/api/v1/hazards/${hazardId}/rectification`, rectification);
    expect(done.status).toBe(200);
    expect(done.body.status).toBe('resolved');

    // Taking the grant away and the role off: the default inspector set again.
    await admin.json('PUT', `/api/v1/users/${id}/permissions`, { permissions: [] });
    expect((await insp.json('GET', '/api/v1/me')).body.user.permissions).not.toContain('hazard.rectify');
    await admin.json('PATCH', `/api/v1/users/${id}`, { enterpriseRoleId: null });
    expect((await insp.json('GET', '/api/v1/me')).body.user.permissions).toContain('hazard.rectify');
  });

  it('lets a role widen an inspector to an action the policy keeps for the admin, within its scope', async () => {
    const admin = await app().signedIn('ent-a-admin');
    const id = await userId('ent-a-insp2');
    const insp = await app().signedIn('ent-a-insp2');
    expect((await insp.json('POST', '/api/v1/inspections/report', {})).status).toBe(403);
    await admin.json('PUT', `/api/v1/users/${id}/permissions`, { permissions: ['inspection.report'] });
    expect((await insp.json('GET', '/api/v1/me')).body.user.permissions).toContain('inspection.report');
    expect((await insp.json('POST', '/api/v1/inspections/report', {})).status).toBe(200);
  });
});
