// Startup benchmark: how long the server takes from process start to a green /readyz, on a
// first start (empty data directory: migrations, regions and demo seed) and on restarts that
// reuse the data. Goal (issue 2): a restart is ready in under 5 s after the build.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, spawnServer, waitReady } from '../apps/server/test/server-process.ts';

const RESTARTS = Number(process.env.BENCH_RESTARTS ?? 5);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ancha-bench-startup-'));

async function timedStart(): Promise<number> {
  const started = performance.now();
  const server = spawnServer({ ANCHA_DATA_DIR: dataDir }, await freePort());
  await waitReady(server.url, 60_000);
  const ms = performance.now() - started;
  server.child.kill('SIGTERM');
  await server.exited;
  return ms;
}

const first = await timedStart();
const restarts: number[] = [];
for (let i = 0; i < RESTARTS; i++) restarts.push(await timedStart());
fs.rmSync(dataDir, { recursive: true, force: true });

const sorted = [...restarts].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)]!;
const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
console.log('startup to /readyz (embedded PGlite)');
console.log(`  first start (migrate + seed): ${fmt(first)}`);
console.log(
  `  restart, median of ${RESTARTS}:   ${fmt(median)}  (min ${fmt(sorted[0]!)}, max ${fmt(sorted.at(-1)!)})`,
);
console.log(`  goal: restart < 5.00 s  ->  ${median < 5000 ? 'met' : 'NOT MET'}`);
