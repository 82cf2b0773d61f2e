import { and, asc, eq, inArray, lt, or } from 'drizzle-orm';
import { deliveries } from '../../db/schema/index.ts';
import type { Deps } from '../../lib/context.ts';
import type { DeliveryChannel } from './channel.ts';
import { withJobLock } from './job-lock.ts';

export const DELIVERY_JOB = 'delivery';
/** Any fixed number, distinct from the other jobs' locks. */
const DELIVERY_JOB_LOCK = 7_202_605;
/** A failed message is tried again at later runs (every ten minutes), up to this many times in all. */
export const MAX_ATTEMPTS = 5;
const BATCH = 50;
/** After this many failures in a row the server is taken to be down: the rest wait for the next run. */
const GIVE_UP_AFTER = 3;

export interface DeliveryRun {
  sent: number;
  failed: number;
}

/**
 * Sends the outbox (table `deliveries`): pending rows, and failed ones with attempts left, oldest
 * first, each through the channel it names. Each outcome is written at once (sent, or failed with
 * the attempt counted and the error), so a crash between two messages loses nothing and sends
 * nothing twice that was recorded as sent. Rows of a channel this deployment no longer has stay
 * as they are. The status is the outbox's own bookkeeping, not a business record: no audit entry.
 */
export function createDeliveryJob({ database, now }: Deps, channels: DeliveryChannel[]) {
  const db = database.db;
  const byName = new Map(channels.map((c) => [c.name, c]));
  return {
    async run(): Promise<DeliveryRun | 'busy'> {
      if (byName.size === 0) return { sent: 0, failed: 0 };
      return withJobLock(database, DELIVERY_JOB_LOCK, async () => {
        const due = await db
          .select()
          .from(deliveries)
          .where(
            and(
              inArray(deliveries.channel, [...byName.keys()]),
              or(
                eq(deliveries.status, 'pending'),
                and(eq(deliveries.status, 'failed'), lt(deliveries.attempts, MAX_ATTEMPTS)),
              ),
            ),
          )
          .orderBy(asc(deliveries.createdAt), asc(deliveries.id))
          .limit(BATCH);
        const result = { sent: 0, failed: 0 };
        let inARow = 0;
        for (const row of due) {
          try {
            await byName.get(row.channel)!.send({ to: row.address, subject: row.subject, text: row.text });
            await db
              .update(deliveries)
              .set({ status: 'sent', attempts: row.attempts + 1, lastError: null, sentAt: now() })
              .where(eq(deliveries.id, row.id));
            result.sent++;
            inARow = 0;
          } catch (err) {
            const message = err instanceof Error ? err.message : String(err);
            await db
              .update(deliveries)
              .set({ status: 'failed', attempts: row.attempts + 1, lastError: message.slice(0, 1000) })
              .where(eq(deliveries.id, row.id));
            result.failed++;
            if (++inARow >= GIVE_UP_AFTER) break;
          }
        }
        return result;
      });
    },
  };
}

export type DeliveryJob = ReturnType<typeof createDeliveryJob>;
