import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness.ts';
import { ledgerRow } from '../../../test/ledger.ts';
import { queryRows } from '../../db/client.ts';
import { inspections, ledgerEntries, users } from '../../db/schema/index.ts';
import { newId } from '../../lib/ids.ts';

const app = useTestApp();

const plan = (patch: Record<string, unknown> = {}) => ({
  unitName: '西城区安委办',
  targetInspections: 120,
  verificationPercent: 20,
  note: '',
  rows: [
    { schedule: '每季度', people: '区应急局 3 人', targets: '西长安街街道', focus: '消防通道、电气线路' },
    { schedule: '6 月', people: '区市场监管局 2 人', targets: '餐饮单位', focus: '燃气使用' },
  ],
  ...patch,
});

const planCount = async () =>
  (
    await queryRows<{ n: number }>(app().database.db, sql`select count(*)::int as n from supervision_plans`)
  )[0]!.n;

describe('yearly supervision plans (G5)', () => {
  it('creates, replaces and reads an office’s plan, with its rows in order, audited', async () => {
    const district = await app().signedIn('gov-110102');
    const created = await district.json('PUT', '/api/v1/plans/2026', plan());
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      year: 2026,
      officeKey: 'gov_district:110102',
      regionName: '西城区',
      own: true,
      targetInspections: 120,
      rows: [{ schedule: '每季度' }, { schedule: '6 月' }],
      progress: { inspections: 0, verifications: 0, closedEntries: 0, verificationTarget: 0 },
    });

    const replaced = await district.json(
      'PUT',
      '/api/v1/plans/2026',
      plan({ targetInspections: 80, rows: [plan().rows[1]] }),
    );
    expect(replaced.body.id).toBe(created.body.id);
    expect(replaced.body.rows.map((r: { schedule: string }) => r.schedule)).toEqual(['6 月']);

    const read = await district.json('GET', '/api/v1/plans?year=2026');
    expect(read.body.own).toMatchObject({ id: created.body.id, targetInspections: 80 });
    expect((await district.json('GET', '/api/v1/plans?year=2025')).body.own).toBeNull();
    expect((await district.json('GET', `/api/v1/plans/${created.body.id}`)).body.rows).toHaveLength(1);

    const trail = await queryRows<{ action: string }>(
      app().database.db,
      sql`select action from audit_log where entity_id = ${created.body.id} order by seq`,
    );
    expect(trail.map((t) => t.action)).toEqual(['plan.created', 'plan.replaced']);
  });

  it('shows a district its streets’ plans, read-only, and hides plans outside the caller’s scope', async () => {
    const street = await app().signedIn('gov-110102001');
    const own = (await street.json('PUT', '/api/v1/plans/2027', plan({ unitName: '西长安街街道' }))).body;
    const haidian = await app().signedIn('gov-110108006');
    const foreign = (await haidian.json('PUT', '/api/v1/plans/2027', plan({ unitName: '紫竹院街道' }))).body;

    const district = await app().signedIn('gov-110102');
    const overview = (await district.json('GET', '/api/v1/plans?year=2027')).body;
    expect(overview.own).toBeNull();
    expect(overview.below.map((p: { id: string; own: boolean }) => [p.id, p.own])).toEqual([[own.id, false]]);
    expect((await district.json('GET', `/api/v1/plans/${own.id}`)).status).toBe(200);

    const missing = await street.json('GET', `/api/v1/plans/${newId()}`);
    const refused = await street.json('GET', `/api/v1/plans/${foreign.id}`);
    expect(refused.status).toBe(404);
    expect(refused.body.error).toEqual(missing.body.error);
    expect((await district.json('GET', `/api/v1/plans/${foreign.id}`)).status).toBe(404);
    // A street sees no one else's plan, not even its district's.
    expect((await street.json('GET', '/api/v1/plans?year=2027')).body.below).toEqual([]);

    const city = (await (await app().signedIn('gov-city')).json('GET', '/api/v1/plans?year=2027')).body;
    expect(city.below.map((p: { id: string }) => p.id).sort()).toEqual([own.id, foreign.id].sort());
  });

  it('counts the office’s submitted supervision inspections and verifications of the year', async () => {
    const db = app().database.db;
    const district = await app().signedIn('gov-110102');
    const saved = (await district.json('PUT', '/api/v1/plans/2028', plan({ verificationPercent: 30 }))).body;
    const [self] = await db.select().from(users).where(eq(users.username, 'gov-110102'));
    const [streetUser] = await db.select().from(users).where(eq(users.username, 'gov-110102001'));
    const [base] = await queryRows<{
      site_id: string;
      catalog_id: string;
      version_id: string;
      enterprise_id: string;
    }>(
      db,
      sql`select sc.site_id, sc.catalog_id, v.id as version_id, s.enterprise_id from site_catalogs sc
          join sites s on s.id = sc.site_id join catalog_versions v on v.catalog_id = sc.catalog_id
          where s.street_code = '110102001' and v.status = 'published' limit 1`,
    );
    const inspection = (
      inspectorId: string,
      at: string,
      patch: Partial<typeof inspections.$inferInsert> = {},
    ) => ({
      id: newId(),
      enterpriseId: base!.enterprise_id,
      districtCode: '110102',
      streetCode: '110102001',
      siteId: base!.site_id,
      catalogId: base!.catalog_id,
      catalogVersionId: base!.version_id,
      inspectorId,
      status: 'submitted' as const,
      kind: 'supervision' as const,
      createdAt: new Date(at),
      savedAt: new Date(at),
      submittedAt: new Date(at),
      ...patch,
    });
    await db.insert(inspections).values([
      inspection(self!.id, '2028-03-01T10:00:00+08:00'),
      inspection(self!.id, '2028-01-01T00:30:00+08:00', { status: 'reported' }), // still 2028 in Beijing
      inspection(self!.id, '2027-12-31T23:30:00+08:00'), // the year before
      inspection(self!.id, '2028-05-01T10:00:00+08:00', { status: 'draft', submittedAt: null }),
      inspection(self!.id, '2028-05-01T10:00:00+08:00', { kind: 'self' }),
      inspection(streetUser!.id, '2028-05-01T10:00:00+08:00'), // another office's
    ]);
    const closed = (at: string, verifiedAt: string | null, street = '110102001', district = '110102') =>
      ledgerRow(district, street, {
        status: 'closed',
        closedAt: new Date(at),
        verifiedAt: verifiedAt ? new Date(verifiedAt) : null,
      });
    await db.insert(ledgerEntries).values([
      closed('2028-02-01T10:00:00+08:00', '2028-04-01T10:00:00+08:00'),
      closed('2028-02-02T10:00:00+08:00', null),
      closed('2028-02-03T10:00:00+08:00', null),
      closed('2027-06-01T10:00:00+08:00', '2028-01-05T10:00:00+08:00'), // closed before, verified this year
      closed('2028-02-04T10:00:00+08:00', '2028-04-01T10:00:00+08:00', '110108006', '110108'), // Haidian
    ]);

    const progress = (await district.json('GET', `/api/v1/plans/${saved.id}`)).body.progress;
    expect(progress).toEqual({
      inspections: 2,
      targetInspections: 120,
      verifications: 2,
      closedEntries: 3,
      verificationTarget: 1, // 30 % of 3, rounded up
    });
  });

  it('refuses bad input with 422 naming each field, and saves nothing', async () => {
    const district = await app().signedIn('gov-110102');
    const before = await planCount();
    const bad = await district.json(
      'PUT',
      '/api/v1/plans/2029',
      plan({
        unitName: ' ',
        targetInspections: -1,
        verificationPercent: 101,
        rows: [{ schedule: '每月', people: '', targets: '西城区', focus: '' }],
      }),
    );
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual([
      'rows.0.focus',
      'rows.0.people',
      'targetInspections',
      'unitName',
      'verificationPercent',
    ]);
    for (const year of ['2017', '2101', 'abc']) {
      const res = await district.json('PUT', `/api/v1/plans/${year}`, plan());
      expect(res.status).toBe(422);
      expect(res.body.error.fields[0].path).toBe('year');
    }
    expect((await district.json('GET', '/api/v1/plans?year=1999')).status).toBe(422);
    expect(await planCount()).toBe(before);
  });

  it('refuses enterprise users and the platform admin with 403', async () => {
    for (const who of ['ent-a-admin', 'ent-a-insp1', 'admin']) {
      const c = await app().signedIn(who);
      expect((await c.json('GET', '/api/v1/plans?year=2026')).status).toBe(403);
      expect((await c.json('PUT', '/api/v1/plans/2026', plan())).status).toBe(403);
    }
  });
});
