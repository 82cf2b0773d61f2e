import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AuditVerifyResult } from '@ancha/contracts';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, type ServerProcess, signIn, spawnServer, waitReady } from '../test/server-process.ts';

// The embedded database's promise: whatever happens to the process, the next start works.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ancha-process-'));
const running: ServerProcess[] = [];
const start = async () => {
  const server = spawnServer({ ANCHA_DATA_DIR: dataDir }, await freePort());
  running.push(server);
  return server;
};

afterAll(() => {
  for (const s of running) s.child.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('the server process on the embedded database', () => {
  it('prints its URL and the demo accounts on first start', { timeout: 120_000 }, async () => {
    const server = await start();
    await waitReady(server.url, 90_000);
    expect(server.output()).toContain(server.url);
    expect(server.output()).toContain('ent-a-insp1');
    expect(server.output()).toContain('Ancha@2026');
    server.child.kill('SIGKILL');
    await server.exited;
  });

  it('starts cleanly after a SIGKILL in the middle of writes, with the audit chain intact', {
    timeout: 300_000,
  }, async () => {
    for (let round = 0; round < 2; round++) {
      const server = await start();
      await waitReady(server.url, 90_000);
      let stop = false;
      const writers = Array.from({ length: 4 }, async () => {
        while (!stop) await signIn(server.url, 'ent-a-admin').catch(() => {});
      });
      await new Promise((r) => setTimeout(r, 1500));
      server.child.kill('SIGKILL');
      await server.exited;
      stop = true;
      await Promise.all(writers);
    }
    const server = await start();
    await waitReady(server.url, 90_000);
    expect(server.output()).not.toContain('本次启动已写入演示数据');
    const admin = await signIn(server.url, 'admin');
    const verify = await fetch(`${server.url}/api/v1/audit/verify`, { headers: { cookie: admin.cookie } });
    const result = (await verify.json()) as AuditVerifyResult;
    expect(result.ok).toBe(true);
    expect(result.checked).toBeGreaterThan(30);

    // A second process on the same data directory is refused instead of corrupting it.
    const second = await start();
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain(`正被进程 ${server.child.pid} 使用`);

    // SIGTERM: the request in flight is answered, then the database is closed cleanly.
    const inFlight = signIn(server.url, 'ent-b-admin');
    await new Promise((r) => setTimeout(r, 20));
    server.child.kill('SIGTERM');
    expect((await inFlight).status).toBe(200);
    expect(await server.exited).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'ancha.lock'))).toBe(false);
  });
});
