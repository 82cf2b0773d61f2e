import type { LedgerEntryView, LedgerStats } from '@ancha/contracts';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { apiCaller, asUser, submitMajorHazard } from './support/api.ts';
import { newPage, snapshot, useBrowser } from './support/browser.ts';
import { visible } from './support/field.ts';
import { enter } from './support/journeys.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const percent = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);

/** Opens 统计分析 from the menu and waits for every chart to have drawn its canvas. */
async function openStats(page: Page) {
  await page.getByRole('menuitem', { name: '统计分析' }).click();
  for (const chart of ['stats-ledger-chart', 'stats-map-chart', 'stats-usage-chart'])
    await page.getByTestId(chart).locator('canvas').first().waitFor(visible);
  await page.getByTestId('stats-completeness-table').locator('.ant-table-tbody tr').first().waitFor(visible);
}

describe('统计分析 (G6)', () => {
  // The 整改率 moving through the whole loop is loop.e2e.ts's; this reads the page's figures.
  it('shows the district its charts, and the table and 整改率 the server computes', async () => {
    // At least one 西城 entry in the ledger, whichever test files ran before.
    const hazardId = await submitMajorHazard(browser(), baseUrl, '配电室堆放可燃物');
    await asUser(browser(), baseUrl, 'gov-110102', async (call) => {
      const { items } = await call<{ items: LedgerEntryView[] }>('GET', '/ledger?status=proposed&limit=200');
      const entry = items.find((e) => e.hazardId === hazardId);
      if (!entry) throw new Error('the major hazard was not proposed to 西城');
      await call('POST', `/ledger/${entry.id}/list`, { hazardType: 'fire', hazardSubtype: 'old_community' });
    });

    const page = await newPage(browser());
    await enter(page, baseUrl, 'gov-110102');
    await openStats(page);
    const call = await apiCaller(page, baseUrl);
    const year = new Date().getFullYear();
    const before = await call<LedgerStats>('GET', `/stats/ledger?groupBy=district&year=${year}`);
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
    await snapshot(page, 'stats-district');

    // Grouped by street, the chart and table follow the selector.
    await page.getByTestId('stats-group-by').click();
    await page.locator('.ant-select-item-option[title="按街乡"]').click();
    await table.locator('tr[data-row-key="110102001"]').getByText('西长安街街道').waitFor(visible);
    await page.getByTestId('stats-ledger-table').locator('th').getByText('街乡').waitFor(visible);
    await snapshot(page, 'stats-street');
    await page.context().close();
  });
});
