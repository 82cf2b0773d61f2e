import {
  type CompletenessStats,
  type LedgerStats,
  type MajorMap,
  PROFILE_REQUIRED_FIELDS,
  ProfileInput,
  type UsageStats,
} from '@ancha/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness.ts';
import { withoutDemoLedger } from '../../../test/ledger.ts';
import {
  enterpriseWorld,
  HAIDIAN,
  HAIDIAN_A,
  inspectionRow,
  ledgerWorld,
  XICHENG,
  XICHENG_A,
  XICHENG_B,
} from '../../../test/stats.ts';
import { ledgerEntries } from '../../db/schema/index.ts';

const app = useTestApp();

async function get<T>(user: string, path: string): Promise<T> {
  const res = await (await app().signedIn(user)).get(`/api/v1${path}`);
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as T;
}
const counts = (r: LedgerStats['items'][number]) => [
  r.listed,
  r.inRectification,
  r.rectified,
  r.closed,
  r.overdue,
  r.major,
  r.rate,
];
const byKey = <T extends { key: string }>(items: T[]) => Object.fromEntries(items.map((r) => [r.key, r]));

beforeAll(async () => {
  app().clock.now = new Date('2026-11-23T04:00:00Z');
  await withoutDemoLedger(app().database.db);
  await app().database.db.insert(ledgerEntries).values(ledgerWorld());
});

describe('ledger statistics (G6)', () => {
  it('counts listed, in rectification, rectified, closed, overdue and major, with the 整改率 and its target', async () => {
    const s = await get<LedgerStats>('gov-city', '/stats/ledger?groupBy=district&year=2026');
    expect(s).toMatchObject({ groupBy: 'district', year: 2026, target: 0.9, today: '2026-11-23' });
    const g = byKey(s.items);
    expect(Object.keys(g)).toEqual([XICHENG, HAIDIAN]);
    // listed, in rectification, rectified, closed, overdue, major, rate
    expect(counts(g[XICHENG]!)).toEqual([5, 3, 2, 1, 2, 2, 0.4]);
    expect(g[XICHENG]!.name).toBe('西城区');
    expect(counts(g[HAIDIAN]!)).toEqual([2, 1, 1, 1, 0, 1, 0.5]);
    expect(counts(s.total)).toEqual([7, 4, 3, 2, 2, 3, 3 / 7]);

    // All years: the 海淀 entry of 2025-12-31 (Beijing) joins.
    const all = await get<LedgerStats>('gov-city', '/stats/ledger?groupBy=district');
    expect(byKey(all.items)[HAIDIAN]!.listed).toBe(3);
    expect(all.total.listed).toBe(8);
  });

  it('groups by street, level, type and Beijing month', async () => {
    const streets = await get<LedgerStats>('gov-110102', '/stats/ledger?groupBy=street&year=2026');
    expect(streets.items.map((r) => [r.key, r.name, r.listed, r.overdue, r.rate])).toEqual([
      [XICHENG_A, '西长安街街道', 4, 1, 0.5],
      [XICHENG_B, '新街口街道', 1, 1, 0],
    ]);
    const levels = await get<LedgerStats>('gov-city', '/stats/ledger?groupBy=level&year=2026');
    expect(levels.items.map((r) => [r.key, r.name, r.listed])).toEqual([
      ['general', '一般隐患', 4],
      ['major', '重大隐患', 3],
    ]);
    const types = await get<LedgerStats>('gov-city', '/stats/ledger?groupBy=hazardType');
    // In the attachment's order of types (ledger-types.ts), not by count.
    expect(types.items.map((r) => [r.key, r.listed])).toEqual([
      ['transport', 1],
      ['fire', 7],
    ]);
    // 2025-12-31T16:30Z is 1 January in Beijing; every month is present, empty ones too.
    const months = await get<LedgerStats>('gov-city', '/stats/ledger?groupBy=month&year=2026');
    expect(months.items).toHaveLength(12);
    expect(months.items.filter((r) => r.listed > 0).map((r) => [r.key, r.name, r.listed])).toEqual([
      ['2026-01', '1月', 1],
      ['2026-03', '3月', 1],
      ['2026-06', '6月', 2],
      ['2026-11', '11月', 3],
    ]);
  });

  it('counts an entry under each of its industries, and once in the total', async () => {
    const s = await get<LedgerStats>('gov-city', '/stats/ledger?groupBy=industry');
    const g = byKey(s.items);
    expect([g.power?.listed, g.postal?.listed, g.power?.name]).toEqual([5, 4, '电力行业']);
    expect(s.total.listed).toBe(8);
  });

  it('keeps each office to its scope', async () => {
    const street = await get<LedgerStats>('gov-110108006', '/stats/ledger?groupBy=district');
    expect(street.items.map((r) => [r.key, r.listed])).toEqual([[HAIDIAN, 3]]);
    expect(street.total.listed).toBe(3);

    // The power department sees only entries of its industry, and only its industry's group.
    const power = await get<LedgerStats>('gov-ind-power', '/stats/ledger?groupBy=industry');
    expect(power.items.map((r) => [r.key, ...counts(r)])).toEqual([['power', 5, 3, 2, 1, 1, 2, 0.4]]);
    expect(power.total.listed).toBe(5);
    const powerByDistrict = await get<LedgerStats>('gov-ind-power', '/stats/ledger?groupBy=district');
    expect(powerByDistrict.items.map((r) => [r.key, r.listed])).toEqual([
      [XICHENG, 4],
      [HAIDIAN, 1],
    ]);
  });

  it('maps major hazards per district', async () => {
    const map = await get<MajorMap>('gov-city', '/stats/major-map');
    expect(map.items).toEqual([
      { districtCode: XICHENG, districtName: '西城区', major: 2, open: 1 },
      { districtCode: HAIDIAN, districtName: '海淀区', major: 1, open: 1 },
    ]);
    const street = await get<MajorMap>('gov-110108006', '/stats/major-map');
    expect(street.items.map((r) => r.districtCode)).toEqual([HAIDIAN]);
  });

  it('answers 403 to enterprise users and 422 to a bad group', async () => {
    for (const user of ['ent-a-admin', 'ent-a-insp1']) {
      const client = await app().signedIn(user);
      for (const path of ['/stats/ledger', '/stats/usage', '/stats/completeness', '/stats/major-map'])
        expect((await client.get(`/api/v1${path}`)).status).toBe(403);
      expect((await client.get('/api/v1/exports/stats-ledger.xlsx')).status).toBe(403);
    }
    const city = await app().signedIn('gov-city');
    const bad = await city.get('/api/v1/stats/ledger?groupBy=weather&year=1999');
    expect(bad.status).toBe(422);
    const body = (await bad.json()) as { error: { fields: { path: string }[] } };
    expect(body.error.fields.map((f) => f.path).sort()).toEqual(['query.groupBy', 'query.year']);
  });
});

describe('usage and completeness (G6)', () => {
  let ids: Awaited<ReturnType<typeof enterpriseWorld>>;
  beforeAll(async () => {
    ids = await enterpriseWorld(app());
    const t = app();
    // Beijing: 16 Nov 00:30 (second half) and 15 Nov 23:59 (first half).
    await inspectionRow(t, ids.a, { reportedAt: new Date('2026-11-15T16:30:00Z') });
    await inspectionRow(t, ids.c, { reportedAt: new Date('2026-11-15T15:59:00Z') });
    // Not reported, or not a self-inspection: never counted.
    await inspectionRow(t, ids.a, { status: 'submitted', reportedAt: null });
    await inspectionRow(t, ids.d, { kind: 'supervision', reportedAt: new Date('2026-11-03T02:00:00Z') });
    // 1 Nov 00:00 and 1 Dec 00:00 in Beijing.
    await inspectionRow(t, ids.b, { reportedAt: new Date('2026-10-31T16:00:00Z') });
    await inspectionRow(t, ids.b, { reportedAt: new Date('2026-11-30T16:00:00Z') });
  });

  it('counts enterprises that reported in each Beijing half-month', async () => {
    const s = await get<UsageStats>('gov-city', '/stats/usage?year=2026&month=11');
    expect(s).toMatchObject({
      year: 2026,
      month: 11,
      groupBy: 'district',
      halves: [
        { from: '2026-11-01', to: '2026-11-15' },
        { from: '2026-11-16', to: '2026-11-30' },
      ],
    });
    const row = (r: UsageStats['total']) => [r.enterprises, r.firstHalf, r.secondHalf, r.month];
    const g = byKey(s.items);
    expect(row(g[XICHENG]!)).toEqual([3, 1, 1, 2]);
    expect([g[XICHENG]!.firstHalfRate, g[XICHENG]!.monthRate]).toEqual([1 / 3, 2 / 3]);
    expect(row(g[HAIDIAN]!)).toEqual([1, 1, 0, 1]);
    expect(row(s.total)).toEqual([4, 2, 1, 3]);
    expect(s.total.secondHalfRate).toBe(0.25);

    // A new month starts from nothing: B's report at 1 Dec 00:00 Beijing is December's.
    const december = await get<UsageStats>('gov-city', '/stats/usage?year=2026&month=12');
    expect(row(december.total)).toEqual([4, 1, 0, 1]);
    expect(december.halves[1]).toEqual({ from: '2026-12-16', to: '2026-12-31' });
  });

  it('groups a district office by street and keeps a street office to its street', async () => {
    const district = await get<UsageStats>('gov-110102', '/stats/usage?year=2026&month=11');
    expect(district.groupBy).toBe('street');
    expect(district.items.map((r) => [r.key, r.enterprises, r.firstHalf, r.secondHalf])).toEqual([
      [XICHENG_A, 2, 1, 1],
      [XICHENG_B, 1, 0, 0],
    ]);
    const street = await get<UsageStats>('gov-110108006', '/stats/usage?year=2026&month=11');
    expect(street.items.map((r) => [r.key, r.enterprises, r.firstHalf])).toEqual([[HAIDIAN_A, 1, 1]]);
  });

  // A and B fill all seven required fields, C three (address, 法定代表人, staff), D none.
  it('rates profile completeness by the required fields of ProfileInput', async () => {
    const required = Object.entries(ProfileInput.shape)
      .filter(([, field]) => !field.safeParse(undefined).success)
      .map(([name]) => name);
    expect([...PROFILE_REQUIRED_FIELDS].sort()).toEqual(required.sort());

    const s = await get<CompletenessStats>('gov-110102', '/stats/completeness');
    expect(s.items.map((r) => [r.key, r.enterprises, r.complete, r.filledFields, r.rate])).toEqual([
      [XICHENG_A, 2, 1, 10, 10 / 14],
      [XICHENG_B, 1, 0, 0, 0],
    ]);
    const city = await get<CompletenessStats>('gov-city', '/stats/completeness');
    expect(city.total).toMatchObject({ enterprises: 4, complete: 2, filledFields: 17, rate: 17 / 28 });
  });
});
