import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness.ts';

const app = useTestApp();

const attempt = (ip: string, username: string, password: string) =>
  app().client(ip).json('POST', '/api/v1/auth/sign-in', { username, password });

describe('sign-in throttling', () => {
  it('refuses the 6th wrong password in 15 minutes with 429 and says when to retry', async () => {
    for (let i = 0; i < 5; i++) {
      app().clock.now = new Date(app().clock.now.getTime() + 60_000);
      expect((await attempt(`10.1.0.${i}`, 'gov-110108', 'wrong')).status).toBe(401);
    }
    const sixth = await attempt('10.1.0.9', 'gov-110108', 'wrong');
    expect(sixth.status).toBe(429);
    expect(sixth.body.error.code).toBe('TOO_MANY_REQUESTS');
    expect(sixth.body.error.message).toMatch(/该账号登录失败次数过多，请于 \d\d:\d\d（约 \d+ 分钟后）再试/);
    // The first failure was 4 minutes before the last one, so it leaves the window 11 minutes from now.
    expect(sixth.body.error.retryAfterSeconds).toBe(11 * 60);

    // Even the right password is refused while the account is throttled.
    expect((await attempt('10.1.0.10', 'gov-110108', 'Ancha@2026')).status).toBe(429);

    app().clock.now = new Date(app().clock.now.getTime() + 11 * 60_000);
    expect((await attempt('10.1.0.11', 'gov-110108', 'Ancha@2026')).status).toBe(200);
  });

  it('throttles one address trying many accounts, without blocking other addresses', async () => {
    const names = ['gov-city', 'gov-110102', 'gov-110102001', 'gov-110108006', 'ent-b-admin'];
    for (const name of names) expect((await attempt('10.2.0.1', name, 'wrong')).status).toBe(401);
    const res = await attempt('10.2.0.1', 'ent-b-insp1', 'Ancha@2026');
    expect(res.status).toBe(429);
    expect(res.body.error.message).toContain('当前网络地址');
    expect((await attempt('10.2.0.2', 'ent-b-insp1', 'Ancha@2026')).status).toBe(200);
  });

  it('sends a Retry-After header with the 429', async () => {
    for (let i = 0; i < 5; i++) await attempt(`10.3.0.${i}`, 'gov-ind-power', 'wrong');
    const res = await app()
      .client('10.3.0.9')
      .post('/api/v1/auth/sign-in', { username: 'gov-ind-power', password: 'x' });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
