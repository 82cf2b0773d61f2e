import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness.ts';
import { createFirstAdmin } from '../../db/first-admin.ts';

const app = useTestApp();

describe('passwords', () => {
  it('makes a new account set its own password before anything else', async () => {
    const admin = await app().signedIn('admin');
    const created = await admin.json('POST', '/api/v1/users', {
      username: 'gov-110105',
      displayName: '朝阳区安委办',
      role: 'gov_district',
      regionCode: '110105',
      initialPassword: 'Temp#2026pass',
    });
    expect(created.status).toBe(201);
    expect(created.body.mustChangePassword).toBe(true);

    const user = app().client();
    const signIn = await user.json('POST', '/api/v1/auth/sign-in', {
      username: 'gov-110105',
      password: 'Temp#2026pass',
    });
    expect(signIn.status).toBe(200);
    expect(signIn.body.user.mustChangePassword).toBe(true);

    const blocked = await user.json('GET', '/api/v1/enterprises');
    expect(blocked.status).toBe(403);
    expect(blocked.body.error.code).toBe('PASSWORD_CHANGE_REQUIRED');

    const weak = await user.json('POST', '/api/v1/auth/password', {
      currentPassword: 'Temp#2026pass',
      newPassword: 'abc',
    });
    expect(weak.status).toBe(422);
    expect(weak.body.error.fields[0]).toEqual({ path: 'newPassword', message: '密码至少 8 位' });

    const same = await user.json('POST', '/api/v1/auth/password', {
      currentPassword: 'Temp#2026pass',
      newPassword: 'Temp#2026pass',
    });
    expect(same.body.error.message).toBe('新密码不能与原密码相同');

    const wrongCurrent = await user.json('POST', '/api/v1/auth/password', {
      currentPassword: 'not-it',
      newPassword: 'Chaoyang#2026',
    });
    expect(wrongCurrent.status).toBe(422);
    expect(wrongCurrent.body.error.fields).toEqual([{ path: 'currentPassword', message: '原密码不正确' }]);

    const changed = await user.json('POST', '/api/v1/auth/password', {
      currentPassword: 'Temp#2026pass',
      newPassword: 'Chaoyang#2026',
    });
    expect(changed.status).toBe(200);
    expect(changed.body.user.mustChangePassword).toBe(false);
    expect((await user.json('GET', '/api/v1/enterprises')).status).toBe(200);
  });

  it('creates a production install’s first admin with a one-time password', async () => {
    const { password } = await createFirstAdmin(app().database.db, 'ops-admin');
    const c = app().client();
    const res = await c.json('POST', '/api/v1/auth/sign-in', { username: 'ops-admin', password });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ role: 'admin', mustChangePassword: true, isDemo: false });
    await expect(createFirstAdmin(app().database.db, 'ops-admin')).rejects.toThrow('已存在');
  });

  it('ends the other sessions of the account when its password changes', async () => {
    const phone = await app().signedIn('ent-a-insp2');
    const laptop = await app().signedIn('ent-a-insp2');
    const res = await laptop.json('POST', '/api/v1/auth/password', {
      currentPassword: 'Ancha@2026',
      newPassword: 'Wang#fang2026',
    });
    expect(res.status).toBe(200);
    expect((await phone.get('/api/v1/me')).status).toBe(401);
    expect((await laptop.get('/api/v1/me')).status).toBe(200);
    const again = await app()
      .client()
      .json('POST', '/api/v1/auth/sign-in', { username: 'ent-a-insp2', password: 'Wang#fang2026' });
    expect(again.status).toBe(200);
  });

  it('lets an enterprise admin create inspectors of its own enterprise only', async () => {
    const entA = await app().signedIn('ent-a-admin');
    const base = { displayName: '孙丽', role: 'ent_inspector', initialPassword: 'Temp#2026pass' };
    const own = await entA.json('POST', '/api/v1/users', { ...base, username: 'ent-a-insp3' });
    expect(own.status).toBe(201);
    expect(own.body.enterpriseId).toBe((await entA.json('GET', '/api/v1/me')).body.user.scope.enterpriseId);
    const govAccount = await entA.json('POST', '/api/v1/users', {
      ...base,
      username: 'x-gov',
      role: 'gov_city',
    });
    expect(govAccount.status).toBe(403);
    const duplicate = await entA.json('POST', '/api/v1/users', { ...base, username: 'ent-a-insp3' });
    expect(duplicate.status).toBe(422);
    expect(duplicate.body.error.fields).toEqual([{ path: 'username', message: '用户名已被使用' }]);
  });

  it('refuses account creation to inspectors and regulators', async () => {
    for (const who of ['ent-b-insp1', 'gov-110108006']) {
      const c = await app().signedIn(who);
      const res = await c.json('POST', '/api/v1/users', {
        username: `made-by-${who}`,
        displayName: '某人',
        role: 'ent_inspector',
        initialPassword: 'Temp#2026pass',
      });
      expect(res.status).toBe(403);
    }
  });
});
