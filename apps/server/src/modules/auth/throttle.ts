import { AppError } from '../../lib/errors.ts';

export const FAILURE_WINDOW_MS = 15 * 60_000;
export const FAILURE_LIMIT = 5;

const clock = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/**
 * Given the newest failures of one account or one address (newest first), refuses the attempt
 * while FAILURE_LIMIT of them fall within the window, saying when the oldest of those expires.
 */
export function assertNotThrottled(
  failures: { at: Date }[],
  now: Date,
  what: '该账号' | '当前网络地址',
): void {
  if (failures.length < FAILURE_LIMIT) return;
  const oldestCounted = failures[FAILURE_LIMIT - 1]!.at;
  const retryAt = new Date(oldestCounted.getTime() + FAILURE_WINDOW_MS);
  const seconds = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 1000));
  const minutes = Math.ceil(seconds / 60);
  throw new AppError(
    'TOO_MANY_REQUESTS',
    `${what}登录失败次数过多，请于 ${clock.format(retryAt)}（约 ${minutes} 分钟后）再试`,
    { retryAfterSeconds: seconds },
  );
}
