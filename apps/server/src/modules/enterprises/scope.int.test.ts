import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/harness.ts';

let t: TestApp;
let entA: string;
let entB: string;

beforeAll(async () => {
  t = await startTestApp();
  const city = await t.signedIn('gov-city');
  const all = await city.json('GET', '/api/v1/enterprises');
  entA = all.body.items.find((e: { streetCode: string }) => e.streetCode === '110102001').id;
  entB = all.body.items.find((e: { streetCode: string }) => e.streetCode === '110108006').id;
});
afterAll(() => t.close());

async function visibleIds(username: string): Promise<string[]> {
  const res = await (await t.signedIn(username)).json('GET', '/api/v1/enterprises');
  expect(res.status).toBe(200);
  return res.body.items.map((e: { id: string }) => e.id).sort();
}

describe('scope of the enterprise registry', () => {
  it('shows each regulator only the enterprises of its region and industries', async () => {
    expect(await visibleIds('gov-city')).toEqual([entA, entB].sort());
    expect(await visibleIds('admin')).toEqual([entA, entB].sort());
    expect(await visibleIds('gov-110102')).toEqual([entA]);
    expect(await visibleIds('gov-110108')).toEqual([entB]);
    expect(await visibleIds('gov-110102001')).toEqual([entA]);
    expect(await visibleIds('gov-110108006')).toEqual([entB]);
    expect(await visibleIds('gov-ind-power')).toEqual([entA]);
  });

  it('refuses the government-only registry to enterprise users with 403', async () => {
    for (const who of ['ent-a-admin', 'ent-a-insp1', 'ent-b-admin']) {
      const res = await (await t.signedIn(who)).json('GET', '/api/v1/enterprises');
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('FORBIDDEN');
    }
  });

  it('answers 404 for another tenant’s enterprise, exactly as for one that does not exist', async () => {
    const cases: [string, string, string][] = [
      ['ent-a-admin', entA, entB],
      ['ent-a-insp1', entA, entB],
      ['ent-b-admin', entB, entA],
      ['gov-110102', entA, entB],
      ['gov-110108006', entB, entA],
      ['gov-ind-power', entA, entB],
    ];
    for (const [who, own, foreign] of cases) {
      const c = await t.signedIn(who);
      expect((await c.json('GET', `/api/v1/enterprises/${own}`)).status).toBe(200);
      const refused = await c.json('GET', `/api/v1/enterprises/${foreign}`);
      const missing = await c.json('GET', '/api/v1/enterprises/01a20000-0000-7000-8000-000000000000');
      expect(refused.status).toBe(404);
      expect(refused.body.error).toEqual(missing.body.error);
    }
  });

  it('refuses another tenant’s ids in writes and in the audit trail', async () => {
    const a = await t.signedIn('ent-a-admin');
    const create = await a.json('POST', '/api/v1/users', {
      username: 'planted',
      displayName: '某人',
      role: 'ent_inspector',
      enterpriseId: entB,
      initialPassword: 'Temp#2026pass',
    });
    expect(create.status).toBe(404);
    const trail = await a.json('GET', `/api/v1/audit?entityType=enterprise&entityId=${entB}`);
    expect(trail.status).toBe(404);
    const own = await a.json('GET', `/api/v1/audit?entityType=enterprise&entityId=${entA}`);
    expect(own.status).toBe(200);
    expect(own.body.items[0].action).toBe('enterprise.created');
    const street = await t.signedIn('gov-110102001');
    expect((await street.json('GET', `/api/v1/audit?entityType=enterprise&entityId=${entB}`)).status).toBe(
      404,
    );
  });

  it('pages with a keyset cursor and validates the query', async () => {
    const city = await t.signedIn('gov-city');
    const first = await city.json('GET', '/api/v1/enterprises?limit=1');
    expect(first.body.items).toHaveLength(1);
    const second = await city.json('GET', `/api/v1/enterprises?limit=1&cursor=${first.body.nextCursor}`);
    expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
    expect(second.body.nextCursor).toBeNull();
    const bad = await city.json('GET', '/api/v1/enterprises?limit=999&streetCode=12');
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual([
      'query.limit',
      'query.streetCode',
    ]);
    const search = await city.json('GET', `/api/v1/enterprises?keyword=${encodeURIComponent('物流')}`);
    expect(search.body.items.map((e: { id: string }) => e.id)).toEqual([entB]);
  });

  it('answers 401 to every scoped endpoint when signed out', async () => {
    const anon = t.client();
    for (const path of [
      '/api/v1/me',
      '/api/v1/enterprises',
      `/api/v1/enterprises/${entA}`,
      '/api/v1/audit/verify',
    ]) {
      expect((await anon.get(path)).status).toBe(401);
    }
  });
});
