import fs from 'node:fs';
import readline from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { type Database, type Db, queryRows } from './client.ts';

/**
 * The tables a backup carries, parents before children, each with its key for paging.
 * Sessions and sign-in failures are left out on purpose: they are short-lived and security state.
 * A test checks that every other table of the schema is listed here.
 */
export const backupTables = [
  { name: 'regions', key: 'code' },
  { name: 'industries', key: 'code' },
  { name: 'major_criteria', key: 'code' },
  { name: 'major_clauses', key: 'code' },
  { name: 'catalogs', key: 'id' },
  { name: 'catalog_versions', key: 'id' },
  { name: 'catalog_categories', key: 'id' },
  { name: 'catalog_items', key: 'id' },
  { name: 'enterprises', key: 'id' },
  // Photos are up to 10 MB each: a few per page keeps a backup's memory flat.
  { name: 'files', key: 'id', page: 8 },
  { name: 'enterprise_images', key: 'id' },
  { name: 'safety_personnel', key: 'id' },
  { name: 'departments', key: 'id' },
  { name: 'posts', key: 'id' },
  { name: 'post_checklist_items', key: ['post_id', 'item_no'] },
  { name: 'enterprise_roles', key: 'id' },
  { name: 'hazard_grades', key: 'id' },
  // After the posts and roles its accounts point to.
  { name: 'users', key: 'id' },
  { name: 'sites', key: 'id' },
  { name: 'site_catalogs', key: ['site_id', 'catalog_id'] },
  { name: 'inspections', key: 'id' },
  { name: 'inspection_answers', key: ['inspection_id', 'item_id'] },
  { name: 'hazards', key: 'id' },
  { name: 'supervision_plans', key: 'id' },
  { name: 'supervision_plan_rows', key: 'id' },
  { name: 'ledger_verifications', key: 'id' },
  { name: 'ledger_entries', key: 'id' },
  { name: 'ledger_sequences', key: ['street_code', 'day'] },
  { name: 'public_reports', key: 'id' },
  { name: 'public_report_photos', key: 'id', page: 8 },
  { name: 'map_boundaries', key: 'region_code' },
  // G7, G8: after the users and enterprises they point to. Attachments hold documents of up to 20 MB.
  { name: 'attachments', key: 'id', page: 8 },
  { name: 'content_pages', key: 'id' },
  { name: 'notices', key: 'id' },
  { name: 'notice_recipients', key: ['notice_id', 'enterprise_id'] },
  { name: 'notice_reads', key: ['notice_id', 'user_id'] },
  { name: 'reminders', key: 'id' },
  { name: 'deliveries', key: 'id' },
  { name: 'info_reports', key: 'id' },
  { name: 'office_contacts', key: 'office_key' },
  { name: 'job_runs', key: ['job', 'period'] },
  { name: 'audit_log', key: 'seq' },
] as const satisfies readonly { name: string; key: string | readonly string[]; page?: number }[];
export const transientTables = ['sessions', 'sign_in_failures'];

const FORMAT = 'ancha-backup';
const PAGE = 1000;
const BATCH = 500;
/** A restore batch is also cut at this many bytes of JSON, for the tables that hold photos. */
const BATCH_BYTES = 16 * 1024 * 1024;

interface Header {
  format: typeof FORMAT;
  version: 1;
  createdAt: string;
  tables: string[];
}

/** Writes a gzip'd NDJSON file, page by page, so memory stays flat whatever the database size. */
export async function backupTo(
  database: Database,
  file: string,
  { now = new Date(), pageSize = PAGE }: { now?: Date; pageSize?: number } = {},
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const db = database.db;
  async function* lines() {
    const header: Header = {
      format: FORMAT,
      version: 1,
      createdAt: now.toISOString(),
      tables: backupTables.map((t) => t.name),
    };
    yield `${JSON.stringify(header)}\n`;
    for (const table of backupTables) {
      const { name, key } = table;
      const limit = Math.min(pageSize, 'page' in table ? table.page : pageSize);
      counts[name] = 0;
      // Keyset paging on the primary key, single or composite: (a, b) > (x, y) in row order.
      const columns = (typeof key === 'string' ? [key] : [...key]).map((k) => sql.identifier(k));
      const keyTuple = sql`(${sql.join(columns, sql`, `)})`;
      let last: unknown[] | null = null;
      for (;;) {
        const after =
          last === null
            ? sql`true`
            : sql`${keyTuple} > (${sql.join(
                last.map((v) => sql`${v}`),
                sql`, `,
              )})`;
        const rows: { k: unknown[]; row: unknown }[] = await queryRows<{ k: unknown[]; row: unknown }>(
          db,
          sql`select jsonb_build_array(${sql.join(columns, sql`, `)}) as k, to_jsonb(t) as row
              from ${sql.identifier(name)} t where ${after} order by ${keyTuple} limit ${limit}`,
        );
        for (const r of rows) yield `${JSON.stringify({ t: name, r: r.row })}\n`;
        counts[name] += rows.length;
        if (rows.length < limit) break;
        last = rows.at(-1)!.k;
      }
    }
  }
  await pipeline(lines, createGzip(), fs.createWriteStream(file));
  return counts;
}

/** Restores into an empty, migrated database in one transaction: all of the backup or none of it. */
export async function restoreFrom(database: Database, file: string): Promise<Record<string, number>> {
  const db = database.db;
  await assertEmpty(db);
  const input = readline.createInterface({
    input: fs.createReadStream(file).pipe(createGunzip()),
    crlfDelay: Infinity,
  });
  const counts: Record<string, number> = Object.fromEntries(backupTables.map((t) => [t.name, 0]));
  await db.transaction(async (tx) => {
    let header: Header | undefined;
    // Rows go in by table in batches: one statement per few hundred rows, in file order.
    const batch: { table: string | null; rows: unknown[]; bytes: number } = {
      table: null,
      rows: [],
      bytes: 0,
    };
    const flush = async () => {
      if (batch.table && batch.rows.length) {
        const table = sql.identifier(batch.table);
        await tx.execute(
          sql`insert into ${table} select * from jsonb_populate_recordset(null::${table}, ${JSON.stringify(batch.rows)}::jsonb)`,
        );
      }
      batch.rows = [];
      batch.bytes = 0;
    };
    for await (const line of input) {
      if (!line) continue;
      if (!header) {
        header = JSON.parse(line) as Header;
        if (header.format !== FORMAT || header.version !== 1)
          throw new Error('不是安查的备份文件 (not an Ancha backup)');
        await tx.execute(sql`delete from regions`);
        // Published catalog versions come back with their items (see migration 0003).
        await tx.execute(sql`select set_config('ancha.restoring', 'on', true)`);
        continue;
      }
      const { t, r } = JSON.parse(line) as { t: string; r: unknown };
      if (!backupTables.some((b) => b.name === t)) throw new Error(`备份中含有未知的表: ${t}`);
      if (batch.table !== t) await flush();
      batch.table = t;
      batch.rows.push(r);
      batch.bytes += line.length;
      if (batch.rows.length >= BATCH || batch.bytes >= BATCH_BYTES) await flush();
      counts[t]! += 1;
    }
    await flush();
    if (!header) throw new Error('备份文件为空 (empty backup file)');
  });
  return counts;
}

async function assertEmpty(db: Db) {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select (select count(*) from users)::int + (select count(*) from audit_log)::int as n`,
  );
  if (Number(row?.n ?? 0) > 0) {
    throw new Error('目标数据库不是空的：恢复只能写入新建的空数据库 (restore needs an empty database)');
  }
}
