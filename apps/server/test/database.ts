import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DatabaseTarget } from '../src/db/client.ts';

/**
 * A database of its own for each test file: in-memory PGlite by default, or a fresh database on
 * the PostgreSQL server named by TEST_DATABASE_URL (CI runs the suite both ways).
 */
export async function freshTarget(): Promise<{ target: DatabaseTarget; drop: () => Promise<void> }> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return { target: { kind: 'pglite-memory' }, drop: async () => {} };
  const name = `ancha_t_${randomBytes(6).toString('hex')}`;
  await withAdmin(url, (c) => c.query(`create database ${name}`));
  return {
    target: { kind: 'postgres', url: withDatabase(url, name), poolSize: 5 },
    drop: () => withAdmin(url, (c) => c.query(`drop database if exists ${name} with (force)`)).then(() => {}),
  };
}

/** Swaps the database name; WHATWG URL cannot parse socket URLs such as postgres://root@/db?host=/run. */
export function withDatabase(url: string, name: string): string {
  const match = /^(postgres(?:ql)?:\/\/[^/]*\/)([^?]*)(.*)$/.exec(url);
  if (!match) throw new Error(`TEST_DATABASE_URL is not a postgres:// URL: ${url}`);
  return `${match[1]}${name}${match[3]}`;
}

async function withAdmin<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
