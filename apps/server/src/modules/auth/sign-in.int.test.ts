import type { ErrorBody } from '@ancha/contracts';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness.ts';

const app = useTestApp();

describe('sign-in', () => {
  it('answers bad bodies with 422 and every bad field listed, in Chinese', async () => {
    const c = app().client();
    const empty = await c.json('POST', '/api/v1/auth/sign-in', {});
    expect(empty.status).toBe(422);
    expect(empty.body.error.code).toBe('VALIDATION_FAILED');
    expect(empty.body.error.fields).toEqual([
      { path: 'username', message: '请输入用户名' },
      { path: 'password', message: '请输入密码' },
    ]);
    expect(empty.body.requestId).toMatch(/\S/);

    const wrongTypes = await c.json('POST', '/api/v1/auth/sign-in', { username: 12, password: '' });
    expect(wrongTypes.status).toBe(422);
    expect(wrongTypes.body.error.fields.map((f: { path: string }) => f.path)).toEqual([
      'username',
      'password',
    ]);

    const tooLong = await c.json('POST', '/api/v1/auth/sign-in', { username: 'x'.repeat(65), password: 'p' });
    expect(tooLong.body.error.fields).toEqual([{ path: 'username', message: '用户名不能超过 64 个字符' }]);
  });

  it('answers malformed JSON with 400, not a crash', async () => {
    const res = await app().client().json('POST', '/api/v1/auth/sign-in', '{"username": ');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('BAD_REQUEST');
  });

  it('gives the same answer for a wrong password and an unknown account', async () => {
    const wrong = await app()
      .client()
      .json('POST', '/api/v1/auth/sign-in', { username: 'gov-city', password: 'nope' });
    const unknown = await app()
      .client()
      .json('POST', '/api/v1/auth/sign-in', { username: 'nobody', password: 'nope' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.error).toEqual(unknown.body.error);
    expect(wrong.body.error.message).toBe('用户名或密码错误');
  });

  it('sets an HttpOnly SameSite session cookie and a readable CSRF cookie', async () => {
    const c = app().client();
    const res = await c.post('/api/v1/auth/sign-in', { username: 'ent-a-admin', password: 'Ancha@2026' });
    expect(res.status).toBe(200);
    const session = c.lastSetCookies.find((l) => l.startsWith('ancha_session='))!;
    const csrf = c.lastSetCookies.find((l) => l.startsWith('ancha_csrf='))!;
    expect(session).toMatch(/; HttpOnly/);
    expect(session).toMatch(/; SameSite=Lax/);
    expect(session).toMatch(/; Path=\//);
    expect(csrf).not.toMatch(/HttpOnly/);
    const me = await c.json('GET', '/api/v1/me');
    expect(me.body.user).toMatchObject({
      username: 'ent-a-admin',
      role: 'ent_admin',
      mustChangePassword: false,
    });
    expect(me.body.user.scope.enterpriseName).toContain('电力运维');
    expect(me.body.user).not.toHaveProperty('passwordHash');
  });

  it('rotates the session at sign-in: the cookie held before is dead afterwards', async () => {
    const c = await app().signedIn('gov-110102');
    const before = c.cookies.get('ancha_session')!;
    await c.post('/api/v1/auth/sign-in', { username: 'gov-110102', password: 'Ancha@2026' });
    const after = c.cookies.get('ancha_session')!;
    expect(after).not.toBe(before);
    const stale = app().client();
    stale.cookies.set('ancha_session', before);
    expect((await stale.get('/api/v1/me')).status).toBe(401);
  });

  it('signs out: the session no longer works', async () => {
    const c = await app().signedIn('ent-b-admin');
    const token = c.cookies.get('ancha_session')!;
    expect((await c.post('/api/v1/auth/sign-out')).status).toBe(204);
    const replay = app().client();
    replay.cookies.set('ancha_session', token);
    expect((await replay.get('/api/v1/me')).status).toBe(401);
  });

  it('refuses cookie-authenticated writes without the CSRF token, and cross-site sign-ins', async () => {
    const c = await app().signedIn('ent-a-admin');
    const forged = await c.json('POST', '/api/v1/me/disclaimer');
    expect(forged.status).toBe(200);
    const noToken = await c.request('POST', '/api/v1/auth/sign-out', undefined, { 'x-csrf-token': '' });
    expect(noToken.status).toBe(403);
    expect(((await noToken.json()) as ErrorBody).error.code).toBe('CSRF_REJECTED');
    const crossSite = await app().client().request(
      'POST',
      '/api/v1/auth/sign-in',
      { username: 'admin', password: 'Ancha@2026' },
      {
        origin: 'https://evil.example',
        host: 'ancha.local',
      },
    );
    expect(crossSite.status).toBe(403);
  });

  it('refuses demo accounts when running in production mode', async () => {
    const prod = app().withConfig({ production: true, nodeEnv: 'production' });
    const res = await prod.request('/api/v1/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.9.9.9' },
      body: JSON.stringify({ username: 'admin', password: 'Ancha@2026' }),
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as ErrorBody).error.code).toBe('DEMO_ACCOUNT_DISABLED');
  });

  it('records the acceptance of the disclaimer once, with its time', async () => {
    const c = await app().signedIn('ent-a-insp1');
    expect((await c.json('GET', '/api/v1/me')).body.user.disclaimerAcceptedAt).toBeNull();
    app().clock.now = new Date(app().clock.now.getTime() + 1000);
    const first = await c.json('POST', '/api/v1/me/disclaimer');
    expect(first.body.user.disclaimerAcceptedAt).toBe(app().clock.now.toISOString());
    app().clock.now = new Date(app().clock.now.getTime() + 1000);
    const again = await c.json('POST', '/api/v1/me/disclaimer');
    expect(again.body.user.disclaimerAcceptedAt).toBe(first.body.user.disclaimerAcceptedAt);
  });
});
