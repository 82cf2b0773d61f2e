import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { count } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { regions } from '../schema/index.ts';

const dir = new URL('./data/regions/', import.meta.url);

function readCsv(file: string): Record<string, string>[] {
  return parse(fs.readFileSync(new URL(file, dir), 'utf8'), {
    columns: true,
    skip_empty_lines: true,
    trim: true,
  });
}

/** Beijing's divisions (source and licence in data/regions/README.md); loaded in every mode. */
export function regionRows(): (typeof regions.$inferInsert)[] {
  const districts = readCsv('beijing_districts.csv').map((d) => ({
    code: d.code!,
    name: d.name!,
    level: 2,
    type: '区',
    parentCode: '110000',
  }));
  const streets = readCsv('beijing_streets.csv').map((s) => ({
    code: s.code9!,
    name: s.name!,
    level: 3,
    type: s.type!,
    parentCode: s.districtCode!,
  }));
  return [
    { code: '110000', name: '北京市', level: 1, type: '市', parentCode: null },
    ...districts,
    ...streets,
  ];
}

/** Idempotent: a start with the data already present costs one count query. */
export async function seedRegions(db: Db): Promise<void> {
  const rows = regionRows();
  const [present] = await db.select({ n: count() }).from(regions);
  if ((present?.n ?? 0) >= rows.length) return;
  await db.insert(regions).values(rows).onConflictDoNothing();
}
