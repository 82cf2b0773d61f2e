import { randomUUID } from 'node:crypto';
import type {
  AnswerInput,
  CatalogDetail,
  HazardView,
  LedgerEntryView,
  LedgerStats,
  SiteView,
} from '@ancha/contracts';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { newPage, snapshot, useBrowser } from './support/browser.ts';
import { visible } from './support/field.ts';
import { enter } from './support/journeys.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/** Calls the API with the page's session and its CSRF cookie, as the page itself would. */
async function caller(page: Page) {
  const csrf = (await page.context().cookies()).find((c) => c.name === 'ancha_csrf')?.value ?? '';
  return async <T>(method: 'GET' | 'PUT' | 'POST', url: string, data?: unknown): Promise<T> => {
    const response = await page.request.fetch(`${baseUrl}/api/v1${url}`, {
      method,
      headers: { 'X-CSRF-Token': csrf },
      ...(data === undefined ? {} : { data }),
    });
    if (!response.ok())
      throw new Error(`${method} ${url}: HTTP ${response.status()} ${await response.text()}`);
    return (await response.json()) as T;
  };
}

/** Runs one step as a user, through the API, in a browser context of its own. */
async function as<T>(username: string, step: (call: Awaited<ReturnType<typeof caller>>) => Promise<T>) {
  const page = await newPage(browser());
  await enter(page, baseUrl, username);
  try {
    return await step(await caller(page));
  } finally {
    await page.context().close();
  }
}

/** 李强 submits a record of 办公区域 with one major hazard, which is proposed for the ledger. */
async function submitMajorHazard(): Promise<string> {
  return as('ent-a-insp1', async (call) => {
    const { items: sites } = await call<{ items: SiteView[] }>('GET', '/sites');
    const site = sites.find((s) => s.name === '办公区域');
    const catalogId = site?.catalogs.find((c) => c.industryCode === 'fire_safety')?.id;
    if (!site || !catalogId) throw new Error('the demo site 办公区域 has no fire-safety catalog');
    const catalog = await call<CatalogDetail>('GET', `/catalogs/${catalogId}`);
    const items = catalog.categories.flatMap((c) => c.children.flatMap((s) => s.items));
    const major = items.find((item) => item.major);
    if (!major) throw new Error('the fire-safety catalog has no item with a major clause');
    const answers: AnswerInput[] = items.map((item) =>
      item.id === major.id
        ? {
            itemId: item.id,
            answer: 'hazard',
            description: '配电室堆放可燃物',
            level: 'major',
            mode: 'scheduled',
            owner: '李杰',
            measures: '清理可燃物',
            fundsFen: 10_000,
            deadline: '2099-12-31',
            contingency: '专人值守',
            specialReport: { situation: '仓储不足', severity: '火灾风险', plan: '清理并设置标志' },
          }
        : { itemId: item.id, answer: 'clear' },
    );
    const id = randomUUID();
    await call('PUT', `/inspections/${id}`, { siteId: site.id, catalogId, acknowledged: true, answers });
    await call('POST', `/inspections/${id}/submit`);
    const { items: hazards } = await call<{ items: HazardView[] }>('GET', '/hazards?status=pending');
    const hazard = hazards.find((h) => h.inspectionId === id);
    if (!hazard) throw new Error('the submitted hazard is not pending');
    return hazard.id;
  });
}

const percent = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);

/** Opens 统计分析 from the menu and waits for every chart to have drawn its canvas. */
async function openStats(page: Page) {
  await page.getByRole('menuitem', { name: '统计分析' }).click();
  for (const chart of ['stats-ledger-chart', 'stats-map-chart', 'stats-usage-chart'])
    await page.getByTestId(chart).locator('canvas').first().waitFor(visible);
  await page.getByTestId('stats-completeness-table').locator('.ant-table-tbody tr').first().waitFor(visible);
}

describe('统计分析 (G6)', () => {
  it('shows the district its charts and figures, and the 整改率 moves when a hazard is rectified', async () => {
    const hazardId = await submitMajorHazard();
    const entryId = await as('gov-110102', async (call) => {
      const { items } = await call<{ items: LedgerEntryView[] }>('GET', '/ledger?status=proposed&limit=200');
      const entry = items.find((e) => e.hazardId === hazardId);
      if (!entry) throw new Error('the major hazard was not proposed to 西城');
      await call('POST', `/ledger/${entry.id}/list`, {
        hazardType: 'fire',
        hazardSubtype: 'old_community',
        deadline: '2099-12-31',
      });
      return entry.id;
    });

    const page = await newPage(browser());
    await enter(page, baseUrl, 'gov-110102');
    await openStats(page);
    const call = await caller(page);
    const year = new Date().getFullYear();
    const before = await call<LedgerStats>('GET', `/stats/ledger?groupBy=district&year=${year}`);
    expect(before.total.listed).toBeGreaterThanOrEqual(1);
    expect(before.items.map((r) => r.key)).toEqual(['110102']);

    // The table shows the server's figures: 西城区's row, then 合计.
    const table = page.getByTestId('stats-ledger-table');
    const row = table.locator('tr[data-row-key="110102"]');
    await row.getByText('西城区').waitFor(visible);
    const cells = await row.locator('td').allTextContents();
    const x = before.items[0]!;
    expect(cells).toEqual([
      '西城区',
      ...[x.listed, x.inRectification, x.rectified, x.closed, x.overdue, x.major].map(String),
      percent(x.rate),
    ]);
    const rate = page.getByTestId('stats-rate');
    await rate.getByText(percent(before.total.rate), { exact: true }).waitFor(visible);
    await page.getByTestId('stats-map').getByText('重大隐患分布').waitFor(visible);
    expect(await page.getByTestId('stats-ledger-export').getAttribute('href')).toBe(
      `/api/v1/exports/stats-ledger.xlsx?groupBy=district&year=${year}`,
    );
    await snapshot(page, 'stats-before');

    // The enterprise fixes it, the street office reviews it 合格 and the district closes it.
    await as('ent-a-admin', (c) =>
      c('POST', `/hazards/${hazardId}/rectification`, { note: '已清理', result: '已清理', spentFen: 5_000 }),
    );
    await as('gov-110102001', (c) => c('POST', `/ledger/${entryId}/review`, { result: 'passed' }));
    await call('POST', `/ledger/${entryId}/close`, { note: '' });

    const after = await call<LedgerStats>('GET', `/stats/ledger?groupBy=district&year=${year}`);
    expect(after.total.rectified).toBe(before.total.rectified + 1);
    expect(after.total.closed).toBe(before.total.closed + 1);
    await page.reload();
    await page.getByTestId('stats-ledger-chart').locator('canvas').first().waitFor(visible);
    await rate.getByText(percent(after.total.rate), { exact: true }).waitFor(visible);
    expect(percent(after.total.rate)).not.toBe(percent(before.total.rate));

    // Grouped by street, the chart and table follow the selector.
    await page.getByTestId('stats-group-by').click();
    await page.locator('.ant-select-item-option[title="按街乡"]').click();
    await table.locator('tr[data-row-key="110102001"]').getByText('西长安街街道').waitFor(visible);
    await page.getByTestId('stats-ledger-table').locator('th').getByText('街乡').waitFor(visible);
    await snapshot(page, 'stats-after');
    await page.context().close();
  });
});
