import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { type DbOrTx, queryRows } from '../src/db/client.ts';
import type { TestClient } from './client.ts';
import type { TestApp } from './harness.ts';

// Reading the OpenAPI document and the answers of a route sweep: which routes exist, which query
// each no-id route is called with, and an answer's text, JSON or Excel alike.

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: { enum?: string[] };
}
export interface Route {
  /** "GET /ledger/{id}", without the /api/v1 prefix, as api-boundaries names routes. */
  key: string;
  method: string;
  template: string;
  query: Parameter[];
}

export async function documentRoutes(app: TestApp): Promise<Route[]> {
  const doc = (await (await app.app.request('/api/openapi.json')).json()) as {
    paths: Record<string, Record<string, { parameters?: Parameter[] }>>;
  };
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([m, op]) => {
      const template = path.replace('/api/v1', '');
      return {
        key: `${m.toUpperCase()} ${template}`,
        method: m.toUpperCase(),
        template,
        query: (op.parameters ?? []).filter((p) => p.in === 'query'),
      };
    }),
  );
}

/**
 * The query strings a no-id GET route is called with: its paging at the widest, every value of
 * an enumerated grouping, the current year and month; then once more for each filter that can
 * name another region's rows (a 海淀 office asking for 西城 by name must still get none of it).
 * A required parameter the sweep has no value for fails the test instead of being skipped.
 */
export function queriesOf(route: Route, plain: Record<string, string>, foreign: Record<string, string>) {
  const base = new URLSearchParams();
  const grouped: string[][] = [];
  for (const p of route.query) {
    if (p.schema?.enum && p.name === 'groupBy') grouped.push(p.schema.enum);
    else if (plain[p.name]) base.set(p.name, plain[p.name]!);
    else if (p.required) throw new Error(`${route.key}: no value for its required parameter ${p.name}`);
  }
  const variants = (grouped[0] ?? ['']).map((g) => {
    const q = new URLSearchParams(base);
    if (g) q.set('groupBy', g);
    return { query: q, foreign: false };
  });
  for (const p of route.query) {
    const value = foreign[p.name];
    if (!value) continue;
    const q = new URLSearchParams(base);
    q.set(p.name, value);
    variants.push({ query: q, foreign: true });
  }
  return variants.map((v) => ({ url: `/api/v1${route.template}?${v.query}`, foreign: v.foreign }));
}

/** An answer's whole text: a workbook's every cell, or the body as it came. */
export async function answerText(client: TestClient, url: string) {
  const res = await client.request('GET', url);
  const type = res.headers.get('content-type') ?? '';
  if (!type.includes('spreadsheetml')) return { status: res.status, text: await res.text(), excel: false };
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await res.arrayBuffer()) as ArrayBuffer);
  const cells: string[] = [];
  for (const sheet of book.worksheets)
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        cells.push(cell.text);
      }),
    );
  return { status: res.status, text: cells.join('\n'), excel: true };
}

/** The strings of `secrets` that occur in `text`. */
export const leaked = (text: string, secrets: string[]) => secrets.filter((s) => s && text.includes(s));

/** Every table's row count, sessions aside (signing in adds them). */
export async function rowCounts(db: DbOrTx): Promise<Record<string, number>> {
  const tables = await queryRows<{ name: string }>(
    db,
    sql`select table_name as name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE'
          and table_name not in ('sessions', 'sign_in_failures') order by 1`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from ${sql.identifier(name)}`,
    );
    counts[name] = Number(row?.n ?? 0);
  }
  return counts;
}
