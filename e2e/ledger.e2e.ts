import { randomUUID } from 'node:crypto';
import type { AnswerInput, CatalogDetail, HazardView, LedgerEntryView, SiteView } from '@ancha/contracts';
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

/**
 * 李强 submits a record of 办公区域 with one major hazard, as the phone would: an item that has a
 * major clause, and the special report a major hazard needs (E7). A major hazard is proposed for
 * the ledger at submission. Returns the hazard's id.
 */
async function submitMajorHazard(): Promise<string> {
  const page = await newPage(browser());
  await enter(page, baseUrl, 'ent-a-insp1');
  const call = await caller(page);
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
          description: '疏散通道被货物堵塞',
          level: 'major',
          mode: 'scheduled',
          owner: '李杰',
          measures: '清理通道，设置禁止堆放标志',
          fundsFen: 20_000,
          deadline: '2099-12-31',
          contingency: '专人值守通道',
          specialReport: {
            situation: '仓储不足占用通道',
            severity: '火灾时无法疏散',
            plan: '清理并设置标志',
          },
        }
      : { itemId: item.id, answer: 'clear' },
  );
  const id = randomUUID();
  await call('PUT', `/inspections/${id}`, { siteId: site.id, catalogId, acknowledged: true, answers });
  await call('POST', `/inspections/${id}/submit`);
  const { items: hazards } = await call<{ items: HazardView[] }>('GET', '/hazards?status=pending');
  const hazard = hazards.find((h) => h.inspectionId === id);
  if (!hazard) throw new Error('the submitted hazard is not pending');
  await page.context().close();
  return hazard.id;
}

/** Signs in as a regulator and opens 隐患台账 on the given tab. */
async function openLedger(username: string, tab: RegExp) {
  const page = await newPage(browser());
  await enter(page, baseUrl, username);
  await page.getByRole('menuitem', { name: '隐患台账' }).click();
  await page.getByTestId('overdue-card').waitFor(visible);
  await page.getByRole('tab', { name: tab }).click();
  return { page, call: await caller(page) };
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
    hazardId = await submitMajorHazard();

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
    await (await caller(admin))('POST', `/hazards/${hazardId}/rectification`, {
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
