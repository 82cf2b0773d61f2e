import type { Database } from '../../db/client.ts';

const heldHere = new WeakMap<Database, Set<number>>();

/**
 * Runs `work` while holding a session-level advisory lock, or answers 'busy'. For jobs that talk
 * to the outside (a mail server) and so must not sit in one long transaction: on PostgreSQL the
 * lock is held on a connection of its own while the work uses the pool. PGlite is one
 * connection in one process, where an advisory lock would not exclude anything, so a per-process
 * guard does the same there.
 */
export async function withJobLock<T>(
  database: Database,
  key: number,
  work: () => Promise<T>,
): Promise<T | 'busy'> {
  const held = heldHere.get(database) ?? new Set<number>();
  heldHere.set(database, held);
  if (held.has(key)) return 'busy';
  held.add(key);
  try {
    if (database.raw.kind === 'pglite') return await work();
    const client = await database.raw.pool.connect();
    try {
      const { rows } = await client.query<{ ok: boolean }>('select pg_try_advisory_lock($1) as ok', [key]);
      if (!rows[0]?.ok) return 'busy';
      try {
        return await work();
      } finally {
        await client.query('select pg_advisory_unlock($1)', [key]);
      }
    } finally {
      client.release();
    }
  } finally {
    held.delete(key);
  }
}
