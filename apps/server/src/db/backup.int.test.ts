import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { v7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshTarget } from '../../test/database.ts';
import { startTestApp, type TestApp } from '../../test/harness.ts';
import { pngPhoto } from '../../test/images.ts';
import { verifyChain } from '../lib/audit.ts';
import { backupTables, backupTo, restoreFrom, transientTables } from './backup.ts';
import { openDatabase, queryRows } from './client.ts';
import { runMigrations } from './migrate.ts';
import { files } from './schema/index.ts';

let t: TestApp;
const photoId = v7();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ancha-backup-'));
beforeAll(async () => {
  t = await startTestApp();
  const insp = await t.signedIn('ent-a-insp1');
  // A photo, so the backup carries file bytes (bytea) through JSON and back.
  expect((await insp.upload(photoId, pngPhoto(9))).status).toBe(200);
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('covers every table of the schema', async () => {
    const tables = await queryRows<{ name: string }>(
      t.database.db,
      sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
    );
    const covered = [...backupTables.map((b) => b.name), ...transientTables].sort();
    expect(tables.map((r) => r.name).sort()).toEqual(covered);
  });

  it('restores a backup into an empty database with an intact audit chain', async () => {
    const file = path.join(dir, 'one.ndjson.gz');
    const saved = await backupTo(t.database, file);
    expect(saved.users).toBe(12);

    const { target, drop } = await freshTarget();
    const copy = await openDatabase(target);
    try {
      await runMigrations(copy);
      const restored = await restoreFrom(copy, file);
      expect(restored).toEqual(saved);
      const check = await verifyChain(copy.db);
      expect(check.ok).toBe(true);
      expect(check.checked).toBe(saved.audit_log);
      const admin = await copy.db.query.users.findFirst({
        where: (u, { eq }) => eq(u.username, 'ent-a-admin'),
      });
      expect(admin?.enterpriseId).toBeTruthy();
      const [photo] = await copy.db.select().from(files).where(eq(files.id, photoId));
      expect(new Uint8Array(photo!.content)).toEqual(pngPhoto(9));

      // A second restore onto data is refused, and changes nothing.
      await expect(restoreFrom(copy, file)).rejects.toThrow('目标数据库不是空的');
      expect((await verifyChain(copy.db)).checked).toBe(saved.audit_log);
    } finally {
      await copy.close();
      await drop();
    }
  });

  it('refuses a file that is not an Ancha backup', async () => {
    const file = path.join(dir, 'other.ndjson.gz');
    const { createGzip } = await import('node:zlib');
    await new Promise<void>((resolve) => {
      const gz = createGzip();
      gz.pipe(fs.createWriteStream(file)).on('finish', resolve);
      gz.end('{"format":"something-else"}\n');
    });
    const { target, drop } = await freshTarget();
    const copy = await openDatabase(target);
    try {
      await runMigrations(copy);
      await expect(restoreFrom(copy, file)).rejects.toThrow('不是安查的备份文件');
    } finally {
      await copy.close();
      await drop();
    }
  });
});
