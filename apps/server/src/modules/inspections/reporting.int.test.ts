import type { AnswerInput, CatalogDetail, SiteView } from '@ancha/contracts';
import { eq } from 'drizzle-orm';
import { v7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness.ts';
import { auditLog, jobRuns } from '../../db/schema/index.ts';
import { createLogger } from '../../lib/logger.ts';
import { createReportingService } from './reporting.ts';

const app = useTestApp();

async function submitted(username: 'ent-a-insp1' | 'ent-b-insp1', siteName: string): Promise<string> {
  const insp = await app().signedIn(username);
  const site = ((await insp.json('GET', '/api/v1/sites')).body.items as SiteView[]).find(
    (s) => s.name === siteName,
  )!;
  const catalog = site.catalogs[0]!;
  const detail: CatalogDetail = (await insp.json('GET', `/api/v1/catalogs/${catalog.id}`)).body;
  const answers: AnswerInput[] = detail.categories.flatMap((c) =>
    c.children.flatMap((s) => s.items.map((i) => ({ itemId: i.id, answer: 'clear' as const }))),
  );
  const id = v7();
  await insp.json('PUT', `/api/v1/inspections/${id}`, {
    siteId: site.id,
    catalogId: catalog.id,
    acknowledged: true,
    answers,
  });
  expect((await insp.json('POST', `/api/v1/inspections/${id}/submit`)).status).toBe(200);
  return id;
}

const reporting = () =>
  createReportingService({
    config: app().config,
    database: app().database,
    log: createLogger('silent'),
    now: () => app().clock.now,
  });

describe('reporting (E8)', () => {
  it('上报 locks the records and shows them to the regulators', async () => {
    const id = await submitted('ent-a-insp1', '办公区域');
    const street = await app().signedIn('gov-110102001');
    expect((await street.json('GET', `/api/v1/inspections/${id}`)).status).toBe(404);
    expect(
      (await (await app().signedIn('ent-a-insp1')).json('POST', '/api/v1/inspections/report')).status,
    ).toBe(403);
    const res = await (await app().signedIn('ent-a-admin')).json('POST', '/api/v1/inspections/report');
    expect(res.status).toBe(200);
    expect(res.body.reported).toBeGreaterThanOrEqual(1);
    const seen = await street.json('GET', `/api/v1/inspections/${id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.status).toBe('reported');
    expect(
      (await (await app().signedIn('gov-110108006')).json('GET', `/api/v1/inspections/${id}`)).status,
    ).toBe(404);
  });

  it('reports what is still open on the 25th (Beijing), once, however often the job runs', async () => {
    const id = await submitted('ent-b-insp1', '仓库');
    // 2026-12-24 23:30 in Beijing: the day before the report day.
    app().clock.now = new Date('2026-12-24T15:30:00Z');
    expect(await reporting().runAutoReport()).toEqual({ enterprises: 0, reported: 0 });
    // 00:30 on the 25th in Beijing is still the 24th in UTC: the business calendar is Beijing's.
    app().clock.now = new Date('2026-12-24T16:30:00Z');
    const [first, second] = await Promise.all([reporting().runAutoReport(), reporting().runAutoReport()]);
    const runs = [first, second].filter((r) => r !== 'busy') as { enterprises: number; reported: number }[];
    expect(runs.reduce((n, r) => n + r.reported, 0)).toBeGreaterThanOrEqual(1);
    expect(await reporting().runAutoReport()).toEqual({ enterprises: 0, reported: 0 });

    const view = await (await app().signedIn('ent-b-admin')).json('GET', `/api/v1/inspections/${id}`);
    expect(view.body.status).toBe('reported');
    const rows = await app().database.db.select().from(jobRuns).where(eq(jobRuns.job, 'auto-report'));
    expect(rows.map((r) => r.period.slice(-7))).toEqual(['2026-12', '2026-12']);
    const entries = await app()
      .database.db.select()
      .from(auditLog)
      .where(eq(auditLog.action, 'inspections.reported'));
    const automatic = entries.filter((e) => (e.after as { how: string }).how === 'automatic');
    expect(automatic).toHaveLength(1);
  });
});
