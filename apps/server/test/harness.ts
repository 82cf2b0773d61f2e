import { afterAll, beforeAll } from 'vitest';
import { createApp } from '../src/app.ts';
import { type Config, loadConfig } from '../src/config/env.ts';
import { type Database, openDatabase } from '../src/db/client.ts';
import { runMigrations } from '../src/db/migrate.ts';
import { seedDatabase } from '../src/db/seed/index.ts';
import { createLogger } from '../src/lib/logger.ts';
import { TestClient } from './client.ts';
import { freshTarget } from './database.ts';

export interface TestApp {
  app: ReturnType<typeof createApp>;
  database: Database;
  config: Config;
  clock: { now: Date };
  /** A browser-like client: keeps cookies, echoes the CSRF token, comes from its own address. */
  client(ip?: string): TestClient;
  signedIn(username: string, ip?: string): Promise<TestClient>;
  /** Another app on the same database, e.g. with production settings. */
  withConfig(patch: Partial<Config>): ReturnType<typeof createApp>;
  close(): Promise<void>;
}

let ipCounter = 0;
const nextIp = () => `10.0.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`;

export async function startTestApp(): Promise<TestApp> {
  const { target, drop } = await freshTarget();
  const database = await openDatabase(target);
  const config: Config = { ...loadConfig({ NODE_ENV: 'test' }), trustProxy: true };
  const log = createLogger('silent');
  const clock = { now: new Date() };
  await runMigrations(database);
  await seedDatabase(database, config, log, clock.now);
  const build = (c: Config) => createApp({ config: c, database, log, now: () => clock.now });
  const app = build(config);
  return {
    app,
    database,
    config,
    clock,
    client: (ip = nextIp()) => new TestClient(app, ip),
    async signedIn(username, ip) {
      const client = new TestClient(app, ip ?? nextIp());
      const res = await client.post('/api/v1/auth/sign-in', { username, password: 'Ancha@2026' });
      if (res.status !== 200)
        throw new Error(`sign-in of ${username} failed: ${res.status} ${await res.text()}`);
      return client;
    },
    withConfig: (patch) => build({ ...config, ...patch }),
    async close() {
      await database.close();
      await drop();
    },
  };
}

/** One app per test file: started before its tests, closed after. Call at the top of the file. */
export function useTestApp(): () => TestApp {
  let t: TestApp | undefined;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());
  return () => {
    if (!t) throw new Error('the test app is not started yet');
    return t;
  };
}
