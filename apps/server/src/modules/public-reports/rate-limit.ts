import { AppError } from '../../lib/errors.ts';

/** How many public requests of one kind an address may make within the window. */
export const PUBLIC_LIMITS = {
  // A person reports a few hazards, not dozens: more from one address within an hour is a script.
  submit: { max: 5, windowMs: 60 * 60_000, what: '提交举报' },
  // Nine photos per report, with retries on a weak signal.
  photo: { max: 60, windowMs: 60 * 60_000, what: '上传照片' },
  // Following a report a few times is normal; many lookups from one address is guessing codes.
  follow: { max: 30, windowMs: 10 * 60_000, what: '查询' },
} as const;
export type PublicAction = keyof typeof PUBLIC_LIMITS;

/**
 * A sliding-window limit per client address for the unauthenticated endpoints, which have no
 * account to throttle. It lives in the process: a restart forgets it, and with several app
 * processes each counts on its own, which still bounds abuse by the process count. Sign-in keeps
 * its failures in the database instead, as they must survive a restart to lock an account.
 */
export function createRateLimiter(now: () => Date) {
  const hits = new Map<string, number[]>();

  function prune(at: number) {
    // Dropping expired keys now and then keeps the map as small as the traffic of the last hour.
    for (const [key, times] of hits) {
      const kind = key.slice(0, key.indexOf(':')) as PublicAction;
      if (times.every((t) => t <= at - PUBLIC_LIMITS[kind].windowMs)) hits.delete(key);
    }
  }

  return {
    /** Counts the attempt, or refuses it with 429 and when to try again. */
    take(kind: PublicAction, ip: string): void {
      const { max, windowMs, what } = PUBLIC_LIMITS[kind];
      const at = now().getTime();
      if (hits.size > 10_000) prune(at);
      const key = `${kind}:${ip}`;
      const recent = (hits.get(key) ?? []).filter((t) => t > at - windowMs);
      if (recent.length >= max) {
        const seconds = Math.max(1, Math.ceil((recent[0]! + windowMs - at) / 1000));
        hits.set(key, recent);
        throw new AppError(
          'TOO_MANY_REQUESTS',
          `${what}过于频繁，请约 ${Math.ceil(seconds / 60)} 分钟后再试`,
          { retryAfterSeconds: seconds },
        );
      }
      recent.push(at);
      hits.set(key, recent);
    },
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;
