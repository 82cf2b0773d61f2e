import path from 'node:path';
import type { Config } from './config/env.ts';
import { type Database, type DatabaseTarget, openDatabase } from './db/client.ts';
import { runMigrations } from './db/migrate.ts';
import { seedDatabase } from './db/seed/index.ts';
import type { Logger } from './lib/logger.ts';

export function databaseTarget(config: Config): DatabaseTarget {
  return config.databaseUrl
    ? { kind: 'postgres', url: config.databaseUrl, poolSize: config.databasePoolSize }
    : { kind: 'pglite', dataDir: path.join(config.dataDir) };
}

/** Opens the database, brings its schema up to date and seeds what it is missing. */
export async function prepareDatabase(config: Config, log: Logger, now = new Date()) {
  const database: Database = await openDatabase(databaseTarget(config));
  try {
    await runMigrations(database);
    const seeded = await seedDatabase(database, config, log, now);
    return { database, ...seeded };
  } catch (error) {
    await database.close().catch(() => {});
    throw error;
  }
}
