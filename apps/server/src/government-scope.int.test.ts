import { shanghaiDate } from '@ancha/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../test/client.ts';
import { useTestApp } from '../test/harness.ts';
import { idCalls, listsNotSwept, notSwept, reference } from '../test/scope-routes.ts';
import { answerText, documentRoutes, leaked, queriesOf, rowCounts } from '../test/scope-sweep.ts';
import { type ScopeWorld, scopeWorld, xichengSecrets } from '../test/scope-world.ts';

// G1, route by route from the OpenAPI document: 紫竹院街道 (海淀) reads every 西城 id as absent,
// finds no 西城 row in any list, statistic or export, and cannot change a 西城 record; the power
// department sees power enterprises only. A new route with an id fails the coverage check below.

const app = useTestApp();
let w: ScopeWorld;
let year = '';
beforeAll(async () => {
  year = shanghaiDate(app().clock.now).slice(0, 4);
  w = await scopeWorld(app(), Number(year));
});

/** Paths of a route for each 西城 id; images and personnel are named under the enterprise. */
function paths(template: string, ids: string[]) {
  return ids.map((id) =>
    `/api/v1${template}`
      .replace('{imageId}', w.a.imageId)
      .replace('{personId}', w.a.personId)
      .replace('{id}', id),
  );
}

/** Accounts and the audit chain are not the offices' to list at all. */
const refusedToOffices = new Set(['GET /users', 'GET /audit/verify']);

/** Every 西城 record as 西城区's own office reads it: status and bytes, to show nothing changed. */
async function xichengAsSeen(own: TestClient) {
  const seen: string[] = [];
  for (const [key, call] of Object.entries(idCalls).filter(([k]) => k.startsWith('GET '))) {
    for (const path of paths(key.slice(4), call.ids(w))) {
      const res = await own.get(path);
      // An error's body carries its request id: its status is what must stay the same.
      const bytes = res.ok ? Buffer.from(await res.arrayBuffer()).toString('base64') : '';
      seen.push(`${path} ${res.status} ${bytes}`);
    }
  }
  return seen;
}

describe('a 海淀 street office and 西城’s records (G1)', () => {
  it('covers every route with an id', async () => {
    const withId = (await documentRoutes(app())).filter((r) => r.template.includes('{'));
    const missing = withId.filter((r) => !reference(r.key) && !idCalls[r.key] && !notSwept[r.key]);
    expect(missing.map((r) => r.key)).toEqual([]);
  });

  it('reads every 西城 record by its id as absent', async () => {
    const street = await app().signedIn('gov-110108006');
    const reads = Object.entries(idCalls).filter(([key]) => key.startsWith('GET '));
    for (const [key, call] of reads) {
      const ids = call.ids(w);
      expect(ids.length, key).toBeGreaterThan(0);
      for (const path of paths(key.slice(4), ids)) {
        expect((await street.get(path)).status, `${key} ${path}`).toBe(404);
      }
    }
    for (const [type, ids] of [
      ['enterprise', [w.xicheng.enterpriseId]],
      ['site', w.xicheng.sites],
      ['inspection', w.xicheng.inspections],
      ['hazard', w.xicheng.hazards],
      ['ledger_entry', w.xicheng.ledger],
      ['supervision_plan', [w.aPlan]],
    ] as const) {
      for (const id of ids) {
        const res = await street.get(`/api/v1/audit?entityType=${type}&entityId=${id}`);
        expect(res.status, `audit of ${type} ${id}`).toBe(404);
      }
    }
  });

  it('finds no 西城 row in any list, statistic or export', async () => {
    const street = await app().signedIn('gov-110108006');
    const secrets = [...xichengSecrets(w), '西城区', '西长安街'];
    const plain = { limit: '200', year, month: String(Number(shanghaiDate(app().clock.now).slice(5, 7))) };
    const foreign = {
      districtCode: '110102',
      streetCode: '110102001',
      enterpriseId: w.xicheng.enterpriseId,
      keyword: '电力运维',
      uscc: w.xicheng.names[1]!,
    };
    const lists = (await documentRoutes(app())).filter(
      (r) => r.method === 'GET' && !r.template.includes('{') && !r.template.startsWith('/catalogs'),
    );
    const seen: string[] = [];
    for (const route of lists) {
      if (route.template === '/audit' || listsNotSwept[route.key]) continue; // audit: by entity, above
      for (const { url, foreign: named } of queriesOf(route, plain, foreign)) {
        const { status, text, excel } = await answerText(street, url);
        seen.push(`${url} → ${status}${excel ? ' (xlsx)' : ''}`);
        // Accounts and the audit chain are not the offices' to list; a filter naming 西城 may 404.
        const allowed = refusedToOffices.has(route.key) ? [403] : named ? [200, 404] : [200];
        expect(allowed, seen.at(-1)).toContain(status);
        if (route.template === '/regions') continue; // the reference list of every region's name
        expect(leaked(text, secrets), seen.at(-1)).toEqual([]);
      }
    }
    expect(seen.filter((s) => s.includes('(xlsx)')).length).toBeGreaterThanOrEqual(5);
  });
});

describe('a 海淀 office writing to 西城’s records (G1)', () => {
  it('is refused every write with a 西城 id, as absent where its role may act, and nothing changes', async () => {
    // Signed in first: signing in is audited, and the counts must show the writes alone.
    const own = await app().signedIn('gov-110102');
    const offices = [
      ['gov-110108006', 'gov_street', await app().signedIn('gov-110108006')],
      ['gov-110108', 'gov_district', await app().signedIn('gov-110108')],
    ] as const;
    const before = { rows: await rowCounts(app().database.db), records: await xichengAsSeen(own) };
    for (const [user, role, office] of offices) {
      for (const [key, call] of Object.entries(idCalls).filter(([k]) => !k.startsWith('GET '))) {
        const [method, template] = key.split(' ') as [string, string];
        for (const path of paths(template, call.ids(w))) {
          const body = call.body?.(w);
          const res =
            body instanceof Uint8Array
              ? await office.upload(
                  path.split('/').at(-1)!,
                  body,
                  'hazard',
                  'image/png',
                  w.xicheng.enterpriseId,
                )
              : await office.json(method, path, body);
          const label = `${user} ${key} ${path} → ${res.status}`;
          // A role that may not act at all is refused by its role (403) or, scope first, as absent.
          expect(call.may?.includes(role) ? [404] : [403, 404], label).toContain(res.status);
        }
      }
    }
    expect(await rowCounts(app().database.db)).toEqual(before.rows);
    expect(await xichengAsSeen(own)).toEqual(before.records);
  });
});

describe('statistics of a 海淀 street office (G6)', () => {
  it('count 海淀’s rows only', async () => {
    const street = await app().signedIn('gov-110108006');
    const get = async (path: string) => (await street.json('GET', `/api/v1/stats/${path}`)).body;
    for (const groupBy of ['district', 'street', 'industry', 'hazardType', 'level', 'month']) {
      const stats = await get(`ledger?groupBy=${groupBy}&year=${year}`);
      // 海淀's one listed entry: B's major hazard (its supervision inspection found nothing).
      expect(stats.total, groupBy).toMatchObject({ listed: 1, major: 1, rectified: 0, closed: 0 });
    }
    const byStreet = await get(`ledger?groupBy=street&year=${year}`);
    expect(byStreet.items.map((r: { key: string }) => r.key)).toEqual(['110108006']);
    expect((await get('usage')).total.enterprises).toBe(1);
    expect((await get('completeness')).total.enterprises).toBe(1);
    const map = await get(`major-map?year=${year}`);
    expect(map.items.map((r: { districtCode: string }) => r.districtCode)).toEqual(['110108']);
  });
});

describe('the power industry department (G1)', () => {
  it('sees power enterprises only: registry, ledger, statistics and exports', async () => {
    const power = await app().signedIn('gov-ind-power');
    const b = w.bMajor;
    const registry = (await power.json('GET', '/api/v1/enterprises?limit=200')).body.items;
    expect(registry.length).toBeGreaterThan(0);
    for (const e of registry) expect(e.industries, e.name).toContain('power');
    const entries = (await power.json('GET', '/api/v1/ledger?limit=200')).body.items;
    expect(entries.map((e: { id: string }) => e.id).sort()).toEqual([...w.xicheng.ledger].sort());
    for (const e of entries) expect(e.industries).toContain('power');

    // Enterprise B (邮政快递, 特种设备) reads as absent, whatever record of it is named.
    for (const path of [
      `/enterprises/${b.x.site.enterpriseId}`,
      `/sites/${b.x.site.id}`,
      `/inspections/${b.inspectionId}`,
      `/hazards/${b.hazardId}`,
      `/ledger/${b.entryId}`,
      `/supervision-inspections/${w.bSupervision}`,
    ])
      expect((await power.get(`/api/v1${path}`)).status, path).toBe(404);

    const stats = (await power.json('GET', `/api/v1/stats/ledger?groupBy=industry&year=${year}`)).body;
    expect(stats.items.map((r: { key: string }) => r.key)).toEqual(['power']);
    expect(stats.total.listed).toBe(w.xicheng.ledgerNos.length);
    expect((await power.json('GET', '/api/v1/stats/usage')).body.total.enterprises).toBe(1);
    expect((await power.json('GET', '/api/v1/stats/completeness')).body.total.enterprises).toBe(1);

    const bName = (
      await (await app().signedIn('gov-110108')).json('GET', `/api/v1/enterprises/${b.x.site.enterpriseId}`)
    ).body.name;
    const exports = ['ledger', 'supervision', `stats-ledger?groupBy=industry&year=${year}`, 'stats-usage'];
    for (const file of [...exports, 'stats-completeness']) {
      const url = `/api/v1/exports/${file.replace(/^([\w-]+)/, '$1.xlsx')}`;
      const { status, text } = await answerText(power, url);
      expect(status, url).toBe(200);
      expect(leaked(text, [bName, b.ledgerNo, '海淀', '紫竹院']), url).toEqual([]);
    }
  });
});
