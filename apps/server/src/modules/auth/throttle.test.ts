import { describe, expect, it } from 'vitest';
import type { AppError } from '../../lib/errors.ts';
import { assertNotThrottled } from './throttle.ts';

const now = new Date('2026-11-23T02:00:00Z');
const minutesAgo = (m: number) => ({ at: new Date(now.getTime() - m * 60_000) });

describe('sign-in throttle', () => {
  it('allows up to four recent failures', () => {
    expect(() => assertNotThrottled([1, 2, 3, 4].map(minutesAgo), now, '该账号')).not.toThrow();
  });

  it('refuses at five, until the fifth newest failure leaves the 15-minute window', () => {
    let error: AppError | undefined;
    try {
      assertNotThrottled([1, 2, 3, 4, 10].map(minutesAgo), now, '该账号');
    } catch (e) {
      error = e as AppError;
    }
    expect(error?.code).toBe('TOO_MANY_REQUESTS');
    expect(error?.retryAfterSeconds).toBe(5 * 60);
    // 02:05 UTC is 10:05 in Beijing: the message speaks the user's local time.
    expect(error?.message).toBe('该账号登录失败次数过多，请于 10:05（约 5 分钟后）再试');
  });
});
