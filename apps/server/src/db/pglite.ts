import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';

/**
 * Opens the embedded database so that a crash can never leave it unusable:
 * - one process at a time: two PGlite instances writing one directory corrupt it, so a lock file
 *   names the owner and a second start is refused while that process lives;
 * - first-time set-up happens in a scratch directory renamed into place when complete, so a kill
 *   during initdb leaves no half-made database behind;
 * - a postmaster.pid left by a killed process is removed (we hold the lock, so it is stale),
 *   because PGlite aborts on it; PostgreSQL's own WAL recovery then replays committed work.
 */
export async function openEmbedded(dataDir: string): Promise<{ client: PGlite; release: () => void }> {
  fs.mkdirSync(dataDir, { recursive: true });
  const release = takeLock(dataDir);
  try {
    const dbDir = path.join(dataDir, 'db');
    if (!isInitialized(dbDir)) await initialize(dataDir, dbDir);
    fs.rmSync(path.join(dbDir, 'postmaster.pid'), { force: true });
    const client = await PGlite.create({ dataDir: dbDir });
    return { client, release };
  } catch (error) {
    release();
    throw error;
  }
}

function isInitialized(dbDir: string): boolean {
  return (
    fs.existsSync(path.join(dbDir, 'PG_VERSION')) && fs.existsSync(path.join(dbDir, 'global', 'pg_control'))
  );
}

async function initialize(dataDir: string, dbDir: string): Promise<void> {
  if (fs.existsSync(dbDir)) {
    // Not a database PGlite could open: keep it aside for inspection rather than delete anything.
    fs.renameSync(dbDir, path.join(dataDir, `db.incomplete-${Date.now()}`));
  }
  const scratch = path.join(dataDir, 'db.initializing');
  fs.rmSync(scratch, { recursive: true, force: true });
  const fresh = await PGlite.create({ dataDir: scratch });
  await fresh.close();
  fs.renameSync(scratch, dbDir);
}

function takeLock(dataDir: string): () => void {
  const lockFile = path.join(dataDir, 'ancha.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      return () => {
        if (readOwner(lockFile) === process.pid) fs.rmSync(lockFile, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readOwner(lockFile);
      if (owner !== null && owner !== process.pid && isAlive(owner)) {
        throw new Error(`数据目录 ${dataDir} 正被进程 ${owner} 使用；同一数据目录只能由一个进程打开`);
      }
      fs.rmSync(lockFile, { force: true });
    }
  }
  throw new Error(`无法锁定数据目录 ${dataDir}`);
}

function readOwner(lockFile: string): number | null {
  try {
    const pid = Number.parseInt(fs.readFileSync(lockFile, 'utf8'), 10);
    return Number.isFinite(pid) ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
