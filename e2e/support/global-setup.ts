import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort, spawnServer, waitReady } from '../../apps/server/test/server-process.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/**
 * Builds the web app and starts the real server on a fresh embedded database, exactly as
 * `npm start` does, once for all browser tests.
 */
export default async function setup(project: TestProject) {
  if (!process.env.E2E_SKIP_BUILD) execSync('npm run build', { stdio: 'inherit' });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ancha-e2e-'));
  const server = spawnServer({ ANCHA_DATA_DIR: dataDir }, await freePort());
  try {
    await waitReady(server.url, 60_000);
  } catch (error) {
    process.stderr.write(server.output());
    throw error;
  }
  project.provide('baseUrl', server.url);
  return async () => {
    server.child.kill('SIGTERM');
    await server.exited;
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
