// Submission benchmark (issue 4): the path a phone takes to hand in an inspection — save the
// draft with every answer (PUT) and submit it (POST) — for an inspection of 100 items of which
// 5 are hazards. Prints submissions per second and p50/p99 latency, on embedded PGlite and, when
// BENCH_POSTGRES_URL is set, on PostgreSQL (each run on a database of its own).
import type { AnswerInput } from '@ancha/contracts';
import { v7 } from 'uuid';
import { siteCatalogs } from '../apps/server/src/db/schema/index.ts';
import { seedCatalogs } from '../apps/server/src/db/seed/catalogs.ts';
import { loadCatalogData } from '../apps/server/src/modules/catalogs/catalog-files.ts';
import { startTestApp, type TestApp } from '../apps/server/test/harness.ts';
import { onBothDatabases, percentile } from './runner.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const ITEMS = 100;
const HAZARDS = 5;

/** A 100-item catalog for the benchmark only, added beside the shipped content. */
async function benchCatalog(t: TestApp): Promise<{ siteId: string; catalogId: string; itemIds: string[] }> {
  const data = loadCatalogData();
  const items = Array.from({ length: ITEMS }, (_, i) => ({
    no: `1.1.${i + 1}`,
    text: `基准测试检查项 ${i + 1}：未按规定开展检查。`,
    basis: '《中华人民共和国安全生产法》第四十一条',
  }));
  data.catalogs = [
    {
      file: 'bench.yaml',
      code: 'bench-100',
      industry: 'power',
      name: '基准测试目录（100 项）',
      source: '仅用于性能基准测试',
      categories: [{ name: '基础管理', children: [{ name: '隐患排查治理类', items }] }],
    },
  ];
  await seedCatalogs(t.database.db, new Date(), data);
  const insp = await t.signedIn('ent-a-insp1');
  const catalog = (await insp.json('GET', '/api/v1/catalogs?keyword=基准测试')).body.items[0];
  const site = (await insp.json('GET', '/api/v1/sites')).body.items.find(
    (s: { name: string }) => s.name === '办公区域',
  );
  await t.database.db.insert(siteCatalogs).values({ siteId: site.id, catalogId: catalog.id, sort: 9 });
  const detail = (await insp.json('GET', `/api/v1/catalogs/${catalog.id}`)).body;
  const itemIds = detail.categories[0].children[0].items.map((i: { id: string }) => i.id);
  return { siteId: site.id, catalogId: catalog.id, itemIds };
}

function answers(itemIds: string[]): AnswerInput[] {
  return itemIds.map((itemId, i) =>
    i < HAZARDS
      ? {
          itemId,
          answer: 'hazard',
          description: '基准测试隐患',
          level: 'general',
          mode: 'scheduled',
          owner: '责任人',
          measures: '整改措施',
          fundsFen: 10_000,
          deadline: '2099-12-31',
          contingency: '应急预案',
        }
      : { itemId, answer: 'clear' },
  );
}

async function run(label: string) {
  const t = await startTestApp();
  try {
    const { siteId, catalogId, itemIds } = await benchCatalog(t);
    const insp = await t.signedIn('ent-a-insp1');
    const body = { siteId, catalogId, acknowledged: true, answers: answers(itemIds) };
    const latencies: number[] = [];
    const started = performance.now();
    for (let i = 0; i < ROUNDS; i++) {
      const id = v7();
      const t0 = performance.now();
      const saved = await insp.request('PUT', `/api/v1/inspections/${id}`, body);
      const submitted = await insp.request('POST', `/api/v1/inspections/${id}/submit`);
      if (saved.status !== 200 || submitted.status !== 200)
        throw new Error(`submission failed: ${saved.status} ${submitted.status}`);
      await submitted.arrayBuffer();
      latencies.push(performance.now() - t0);
    }
    const seconds = (performance.now() - started) / 1000;
    const pct = (p: number) => percentile(latencies, p);
    console.log(
      `${label.padEnd(10)} ${ROUNDS} submissions of ${ITEMS} items (${HAZARDS} hazards): ` +
        `${(ROUNDS / seconds).toFixed(1)} /s, p50 ${pct(50).toFixed(1)} ms, p99 ${pct(99).toFixed(1)} ms`,
    );
  } finally {
    await t.close();
  }
}

await onBothDatabases(run);
