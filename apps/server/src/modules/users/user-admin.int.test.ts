import type { UserSummary } from '@ancha/contracts';
import { v7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness.ts';
import { departments, posts, users } from '../../db/schema/index.ts';

// 用户管理 (E10): the enterprise admin creates, edits, disables, enables and resets its own users.

const app = useTestApp();

let counter = 0;
/** A new inspector of enterprise A, signed in once and through its first password change. */
async function newInspector(extra: Record<string, unknown> = {}) {
  const admin = await app().signedIn('ent-a-admin');
  const username = `ent-a-tmp${++counter}`;
  const created = await admin.json('POST', '/api/v1/users', {
    username,
    displayName: `临时${counter}`,
    role: 'ent_inspector',
    initialPassword: 'Start@2026x',
    ...extra,
  });
  expect(created.status).toBe(201);
  const client = app().client();
  expect((await client.post('/api/v1/auth/sign-in', { username, password: 'Start@2026x' })).status).toBe(200);
  const changed = await client.json('POST', '/api/v1/auth/password', {
    currentPassword: 'Start@2026x',
    newPassword: 'Mine@2026xy',
  });
  expect(changed.status).toBe(200);
  return { admin, client, user: created.body as UserSummary, username };
}

async function trail(id: string) {
  const admin = await app().signedIn('ent-a-admin');
  const res = await admin.json('GET', `/api/v1/audit?entityType=user&entityId=${id}`);
  return (res.body.items as { action: string }[]).map((e) => e.action);
}

describe('用户管理', () => {
  it('lists the enterprise’s users with their role and post', async () => {
    const { admin, user } = await newInspector();
    const db = app().database.db;
    const enterpriseId = user.enterpriseId!;
    const departmentId = v7();
    const postId = v7();
    const at = new Date();
    await db.insert(departments).values({ id: departmentId, enterpriseId, name: '安全部', createdAt: at });
    await db.insert(posts).values({
      id: postId,
      enterpriseId,
      departmentId,
      name: '配电室值班岗',
      frequency: 'weekly',
      createdAt: at,
      updatedAt: at,
    });
    const { eq } = await import('drizzle-orm');
    await db.update(users).set({ postId }).where(eq(users.id, user.id));
    const items: UserSummary[] = (await admin.json('GET', '/api/v1/users?limit=100')).body.items;
    expect(items.find((u) => u.id === user.id)).toMatchObject({ postId, postName: '配电室值班岗' });
  });

  it('edits name, phone and role, refuses bad input and foreign ids, and audits each change', async () => {
    const { admin, user } = await newInspector();
    const role = await admin.json('POST', '/api/v1/enterprise-roles', {
      name: '值班员',
      permissions: ['inspection.fill'],
    });
    const edited = await admin.json('PATCH', `/api/v1/users/${user.id}`, {
      displayName: '王五',
      phone: '13800000999',
      enterpriseRoleId: role.body.id,
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      displayName: '王五',
      phone: '13800000999',
      enterpriseRoleName: '值班员',
    });
    const bad = await admin.json('PATCH', `/api/v1/users/${user.id}`, { displayName: '', phone: '123' });
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual([
      'displayName',
      'phone',
    ]);
    expect((await admin.json('PATCH', `/api/v1/users/${user.id}`, { enterpriseRoleId: v7() })).status).toBe(
      404,
    );
    expect((await admin.json('PATCH', `/api/v1/users/not-an-id`, { displayName: 'x' })).status).toBe(422);
    expect((await trail(user.id)).filter((a) => a === 'user.updated')).toHaveLength(1);

    // Another enterprise's admin, its role and its user: all absent.
    const b = await app().signedIn('ent-b-admin');
    for (const [method, path, body] of [
      ['PATCH', `/api/v1/users/${user.id}`, { displayName: '赵六' }],
      ['POST', `/api/v1/users/${user.id}/disable`, undefined],
      ['POST', `/api/v1/users/${user.id}/enable`, undefined],
      ['POST', `/api/v1/users/${user.id}/password-reset`, undefined],
      ['PUT', `/api/v1/users/${user.id}/permissions`, { permissions: [] }],
    ] as const) {
      expect((await b.json(method, path, body)).status, `${method} ${path}`).toBe(404);
    }
    const bUsers: UserSummary[] = (await b.json('GET', '/api/v1/users')).body.items;
    const bInsp = bUsers.find((u) => u.role === 'ent_inspector')!;
    expect((await admin.json('PATCH', `/api/v1/users/${bInsp.id}`, { displayName: '赵六' })).status).toBe(
      404,
    );
    expect(
      (await b.json('PATCH', `/api/v1/users/${bInsp.id}`, { enterpriseRoleId: role.body.id })).status,
    ).toBe(404);
    expect((await b.json('GET', `/api/v1/users`)).body.items.some((u: UserSummary) => u.id === user.id)).toBe(
      false,
    );

    // Inspectors and regulators may not manage users at all.
    for (const who of ['ent-a-insp1', 'gov-110102']) {
      const c = await app().signedIn(who);
      expect((await c.json('POST', `/api/v1/users/${user.id}/disable`)).status).toBe(403);
    }
  });

  it('keeps the admin from disabling or demoting itself, and from giving an admin a role', async () => {
    const admin = await app().signedIn('ent-a-admin');
    const self = (await admin.json('GET', '/api/v1/me')).body.user.id as string;
    expect((await admin.json('POST', `/api/v1/users/${self}/disable`)).status).toBe(409);
    expect((await admin.json('PATCH', `/api/v1/users/${self}`, { role: 'ent_inspector' })).status).toBe(409);
    expect((await admin.json('POST', `/api/v1/users/${self}/password-reset`)).status).toBe(409);
    const role = await admin.json('POST', '/api/v1/enterprise-roles', {
      name: '管理员角色',
      permissions: [],
    });
    const res = await admin.json('PATCH', `/api/v1/users/${self}`, { enterpriseRoleId: role.body.id });
    expect(res.status).toBe(422);
    expect((await admin.json('PUT', `/api/v1/users/${self}/permissions`, { permissions: [] })).status).toBe(
      422,
    );
    expect((await admin.json('GET', '/api/v1/me')).body.user).toMatchObject({ role: 'ent_admin' });
  });

  it('ends a disabled user’s sessions at once and refuses its sign-in until enabled', async () => {
    const { admin, client, user, username } = await newInspector();
    expect((await client.json('GET', '/api/v1/me')).status).toBe(200);
    const disabled = await admin.json('POST', `/api/v1/users/${user.id}/disable`);
    expect(disabled.status).toBe(200);
    expect(disabled.body.disabled).toBe(true);
    expect((await client.json('GET', '/api/v1/me')).status).toBe(401);
    const again = await app()
      .client()
      .json('POST', '/api/v1/auth/sign-in', { username, password: 'Mine@2026xy' });
    expect(again.status).toBe(403);
    expect(again.body.error.code).toBe('ACCOUNT_DISABLED');
    expect((await admin.json('POST', `/api/v1/users/${user.id}/enable`)).body.disabled).toBe(false);
    const back = await app()
      .client()
      .json('POST', '/api/v1/auth/sign-in', { username, password: 'Mine@2026xy' });
    expect(back.status).toBe(200);
    expect(await trail(user.id)).toEqual(
      expect.arrayContaining(['user.created', 'user.password_changed', 'user.disabled', 'user.enabled']),
    );
  });

  it('resets a password to a strong temporary one the user must replace at its next sign-in', async () => {
    const { admin, client, user, username } = await newInspector();
    const reset = await admin.json('POST', `/api/v1/users/${user.id}/password-reset`);
    expect(reset.status).toBe(200);
    const temporary = reset.body.temporaryPassword as string;
    expect(temporary).toMatch(/^(?=.*[A-Z])(?=.*[a-z])(?=.*\d)(?=.*[^A-Za-z0-9]).{14}$/);
    // The old session is over, and the old password no longer works.
    expect((await client.json('GET', '/api/v1/me')).status).toBe(401);
    const old = await app()
      .client()
      .json('POST', '/api/v1/auth/sign-in', { username, password: 'Mine@2026xy' });
    expect(old.status).toBe(401);

    const fresh = app().client();
    const signedIn = await fresh.json('POST', '/api/v1/auth/sign-in', { username, password: temporary });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.user.mustChangePassword).toBe(true);
    expect((await fresh.json('GET', '/api/v1/hazards')).status).toBe(403);
    const changed = await fresh.json('POST', '/api/v1/auth/password', {
      currentPassword: temporary,
      newPassword: 'Again@2026xy',
    });
    expect(changed.status).toBe(200);
    expect((await fresh.json('GET', '/api/v1/hazards')).status).toBe(200);
    // The temporary password is never written to the audit trail.
    const entries = (await admin.json('GET', `/api/v1/audit?entityType=user&entityId=${user.id}`)).body.items;
    expect(JSON.stringify(entries)).not.toContain(temporary);
    expect(entries.map((e: { action: string }) => e.action)).toContain('user.password_reset');
  });

  it('creates an inspector with a role of its own enterprise only', async () => {
    const admin = await app().signedIn('ent-a-admin');
    const role = await admin.json('POST', '/api/v1/enterprise-roles', {
      name: '巡检员',
      permissions: ['inspection.fill'],
    });
    const body = { displayName: '周八', role: 'ent_inspector', initialPassword: 'Start@2026x' };
    const made = await admin.json('POST', '/api/v1/users', {
      ...body,
      username: 'ent-a-zhou',
      enterpriseRoleId: role.body.id,
    });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ enterpriseRoleName: '巡检员', permissions: [] });
    const b = await app().signedIn('ent-b-admin');
    const foreign = await b.json('POST', '/api/v1/users', {
      ...body,
      username: 'ent-b-zhou',
      enterpriseRoleId: role.body.id,
    });
    expect(foreign.status).toBe(404);
    const unknown = await admin.json('PUT', `/api/v1/users/${made.body.id}/permissions`, {
      permissions: ['hazard.rectify', 'boss.mode'],
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.fields[0]).toMatchObject({
      path: 'permissions',
      message: '未知的权限：boss.mode',
    });
  });
});
