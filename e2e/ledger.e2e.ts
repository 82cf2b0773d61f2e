import type { LedgerEntryView } from '@ancha/contracts';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { apiCaller, submitMajorHazard } from './support/api.ts';
import { newPage, snapshot, useBrowser } from './support/browser.ts';
import { visible } from './support/field.ts';
import { enter } from './support/journeys.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/** Signs in as a regulator and opens 隐患台账 on the given tab. */
async function openLedger(username: string, tab: RegExp) {
  const page = await newPage(browser());
  await enter(page, baseUrl, username);
  await page.getByRole('menuitem', { name: '隐患台账' }).click();
  await page.getByTestId('overdue-card').waitFor(visible);
  await page.getByRole('tab', { name: tab }).click();
  return { page, call: await apiCaller(page, baseUrl) };
}

/** Opens an entry's drawer from its row. */
async function openEntry(page: Page, entryId: string) {
  const row = page.getByTestId('ledger-table').locator(`tr[data-row-key="${entryId}"]`);
  await row.getByRole('button', { name: '查看' }).click(visible);
  const detail = page.getByTestId('ledger-detail');
  await detail.waitFor(visible);
  return { row, detail };
}

// One hazard's way through the ledger, a step per test: later steps build on earlier ones.
describe('the hazard ledger (G3, G4)', () => {
  let hazardId = '';
  let entryId = '';
  let ledgerNo = '';

  it('shows a submitted major hazard to its street office under 待确认, and no other office', async () => {
    hazardId = await submitMajorHazard(browser(), baseUrl, '疏散通道被货物堵塞');

    // The street office sees the proposal under 待确认, and cannot list it itself.
    const street = await openLedger('gov-110102001', /^待确认$/);
    const { items: proposed } = await street.call<{ items: LedgerEntryView[] }>(
      'GET',
      '/ledger?status=proposed&limit=200',
    );
    entryId = proposed.find((e) => e.hazardId === hazardId)?.id ?? '';
    expect(entryId, 'proposed and visible to the street office').not.toBe('');
    const first = await openEntry(street.page, entryId);
    await first.row.getByText('重大隐患').waitFor(visible);
    await first.detail.getByText('疏散通道被货物堵塞').first().waitFor(visible);
    expect(await street.page.getByTestId('ledger-actions').count()).toBe(0);
    await snapshot(street.page, 'ledger-street-proposed');
    await street.page.context().close();

    // An office of another district does not see it at all.
    const other = await openLedger('gov-110108006', /^待确认$/);
    await other.page.getByTestId('ledger-table').locator('.ant-table-tbody').waitFor(visible);
    const { items: theirs } = await other.call<{ items: LedgerEntryView[] }>('GET', '/ledger?limit=200');
    expect(theirs.map((e) => e.id)).not.toContain(entryId);
    expect(await other.page.locator(`tr[data-row-key="${entryId}"]`).count()).toBe(0);
    await other.page.context().close();
  });

  it('is listed by the district through the form and gets its 台账编号', async () => {
    // The district's safety office lists it through the form and it gets its 台账编号.
    const district = await openLedger('gov-110102', /^待确认$/);
    const listing = await openEntry(district.page, entryId);
    await listing.detail.getByRole('button', { name: /^挂\s*账$/ }).click();
    const form = district.page.locator('.ant-modal');
    await form.getByText(/^挂账：/).waitFor(visible);
    await form
      .locator('.ant-modal-footer')
      .getByRole('button', { name: /^挂\s*账$/ })
      .click();
    await form.getByText('请选择隐患类型', { exact: true }).waitFor(visible);
    await form.locator('.ant-cascader').click();
    await district.page.locator('.ant-cascader-menu-item[title="重点消防"]').click();
    await district.page.locator('.ant-cascader-menu-item[title="老旧小区"]').click();
    await form.getByLabel('整改措施').fill('清理通道，设置禁止堆放标志，每日巡查');
    await snapshot(district.page, 'ledger-list-form');
    await form
      .locator('.ant-modal-footer')
      .getByRole('button', { name: /^挂\s*账$/ })
      .click();
    await form.waitFor({ state: 'hidden', ...visible });
    const number = listing.detail.getByTestId('ledger-entry-info').getByText(/^110102001\d{12}$/);
    await number.waitFor(visible);
    ledgerNo = (await number.textContent()) ?? '';
    await listing.detail.getByText('重点消防 / 老旧小区').first().waitFor(visible);
    await snapshot(district.page, 'ledger-listed');

    await district.page.context().close();
  });

  it('is reviewed 合格 by the street office once the enterprise has fixed it', async () => {
    // The enterprise reports its fix.
    const admin = await newPage(browser());
    await enter(admin, baseUrl, 'ent-a-admin');
    await (await apiCaller(admin, baseUrl))('POST', `/hazards/${hazardId}/rectification`, {
      note: '已清理疏散通道',
      result: '通道畅通',
      spentFen: 15_000,
    });

    await admin.context().close();

    // The street office reviews it on site: 合格.
    const review = await openLedger('gov-110102001', /^已挂账/);
    const reviewing = await openEntry(review.page, entryId);
    await reviewing.row.getByText(ledgerNo).waitFor(visible);
    await reviewing.detail.getByTestId('ledger-hazard-rectification').getByText('通道畅通').waitFor(visible);
    await reviewing.detail.getByRole('button', { name: /^复\s*查$/ }).click();
    const reviewForm = review.page.locator('.ant-modal');
    await reviewForm.getByRole('radio', { name: '合格', exact: true }).check();
    await reviewForm.getByLabel('复查意见').fill('现场核实，通道畅通');
    await reviewForm.getByRole('button', { name: /^确\s*定$/ }).click();
    await reviewForm.waitFor({ state: 'hidden', ...visible });
    await reviewing.detail
      .getByTestId('ledger-history')
      .getByText(/^复查合格/)
      .waitFor(visible);
    await snapshot(review.page, 'ledger-reviewed');

    await review.page.context().close();
  });

  it('is closed by the district and appears under 已销账', async () => {
    // The district's safety office closes it, and it moves to 已销账.
    const closing = await openLedger('gov-110102', /^复查合格$/);
    const closeEntry = await openEntry(closing.page, entryId);
    await closeEntry.detail.getByRole('button', { name: /^销\s*账$/ }).click();
    const confirm = closing.page.locator('.ant-popconfirm');
    await confirm.getByText('确认销账').waitFor(visible);
    await confirm.getByRole('button', { name: /^销\s*账$/ }).click();
    await closeEntry.detail.getByTestId('ledger-history').getByText(/^销账/).waitFor(visible);
    await closeEntry.detail.getByTestId('ledger-closing').getByText('是', { exact: true }).waitFor(visible);
    await closing.page.locator('.ant-drawer-close').click();
    await closeEntry.detail.waitFor({ state: 'hidden', ...visible });
    await closing.page.getByRole('tab', { name: /^已销账$/ }).click();
    await closing.page.getByTestId('ledger-table').locator(`tr[data-row-key="${entryId}"]`).waitFor(visible);
    await snapshot(closing.page, 'ledger-closed');
    const closed = await closing.call<LedgerEntryView>('GET', `/ledger/${entryId}`);
    expect(closed).toMatchObject({ status: 'closed', closed: true, reviewResult: 'passed', ledgerNo });
  });
});
