// Ledger benchmark (issue 5): a million hazards on the ledger across Beijing's streets, then the
// regulators' two heaviest reads — the filtered, paginated ledger list and the district
// statistics — timed through HTTP on embedded PGlite and, when BENCH_POSTGRES_URL is set, on
// PostgreSQL. Prints p50/p99 per query. BENCH_LEDGER_ROWS changes the size (default 1,000,000).
import { sql } from 'drizzle-orm';
import type { TestClient } from '../apps/server/test/client.ts';
import { startTestApp, type TestApp } from '../apps/server/test/harness.ts';
import { onBothDatabases, percentile } from './runner.ts';

const ROWS = Number(process.env.BENCH_LEDGER_ROWS ?? 1_000_000);
const REPEAT = Number(process.env.BENCH_REPEAT ?? 50);
const BATCH = 100_000;
const TYPES = ['fire', 'traffic', 'construction', 'urban_operation', 'chemicals', 'industry', 'mining'];

/**
 * Generated inside the database (generate_series), a batch at a time: every street gets its
 * share, numbers are unique per street and day, and states, levels and deadlines vary as a
 * live ledger's do (about a tenth overdue, one in fifty major).
 */
async function generate(t: TestApp) {
  const db = t.database.db;
  await db.execute(sql`create temporary table bench_streets as
    select row_number() over (order by code) - 1 as n, code, parent_code from regions where level = 3`);
  for (let from = 0; from < ROWS; from += BATCH) {
    const to = Math.min(ROWS, from + BATCH) - 1;
    await db.execute(sql`
      insert into ledger_entries (id, ledger_no, district_code, street_code, industries, status, unit_name,
        source, description, hazard_type, hazard_subtype, level, measures, deadline, listed_at, proposed_at,
        review_result, closed_at)
      select gen_random_uuid(),
        s.code || to_char(d.day, 'YYYYMMDD') || lpad((g.i / (c.streets * 1000) + 1)::text, 4, '0'),
        s.parent_code, s.code, array['power'], st.status, '基准单位' || g.i, 'inspection', '基准隐患描述',
        ${sql.raw(`(array[${TYPES.map((x) => `'${x}'`).join(',')}])[1 + g.i % ${TYPES.length}]`)}, 'other', case when g.i % 50 = 0 then 'major' else 'general' end,
        '整改措施', (d.day + 30)::date, d.day::timestamptz, d.day::timestamptz,
        case when st.status in ('reviewed', 'closed') then 'passed' else 'none' end,
        case when st.status = 'closed' then d.day + interval '40 days' end
      from generate_series(${from}::int, ${to}::int) as g(i)
      cross join (select count(*)::int as streets from bench_streets) c
      join bench_streets s on s.n = g.i % c.streets
      cross join lateral (select date '2024-01-01' + (g.i / c.streets) % 1000 as day) d
      cross join lateral (select (array['listed', 'listed', 'reviewed', 'closed', 'closed', 'closed'])[1 + g.i % 6] as status) st`);
  }
  await db.execute(sql`analyze ledger_entries`);
}

async function time(client: TestClient, path: string, label = path): Promise<string> {
  const ms: number[] = [];
  for (let i = 0; i < REPEAT; i++) {
    const t0 = performance.now();
    const res = await client.request('GET', path);
    if (res.status !== 200) return `${label}: HTTP ${res.status} (skipped)`;
    await res.arrayBuffer();
    ms.push(performance.now() - t0);
  }
  const pct = (p: number) => percentile(ms, p);
  return `${label.padEnd(60)} p50 ${pct(50).toFixed(1).padStart(7)} ms  p99 ${pct(99).toFixed(1).padStart(7)} ms`;
}

async function run(label: string) {
  const t = await startTestApp();
  try {
    const t0 = performance.now();
    await generate(t);
    console.log(
      `${label}: ${ROWS.toLocaleString()} ledger entries in ${((performance.now() - t0) / 1000).toFixed(0)} s`,
    );
    const district = await t.signedIn('gov-110102');
    const city = await t.signedIn('gov-city');
    // The second page comes from the first page's cursor, as the console asks for it.
    const first = (await district.json('GET', '/api/v1/ledger?status=listed&limit=20')).body;
    const lines = [
      await time(district, '/api/v1/ledger?limit=20'),
      await time(district, '/api/v1/ledger?status=listed&hazardType=fire&limit=20'),
      await time(
        district,
        `/api/v1/ledger?status=listed&limit=20&cursor=${first.nextCursor}`,
        '/api/v1/ledger?status=listed&limit=20&cursor=(page 2)',
      ),
      await time(district, '/api/v1/ledger?overdue=true&limit=20'),
      await time(city, '/api/v1/ledger?keyword=基准单位99&limit=20'),
      await time(city, '/api/v1/stats/ledger?groupBy=district'),
      await time(district, '/api/v1/stats/ledger?groupBy=street'),
    ];
    for (const line of lines) console.log(`  ${line}`);
  } finally {
    await t.close();
  }
}

await onBothDatabases(run);
