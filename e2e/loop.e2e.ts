import type { CatalogDetail, HazardDetail, HazardView, LedgerEntryView, SiteView } from '@ancha/contracts';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { apiCaller } from './support/api.ts';
import { choose, newPage, phone, snapshot, useBrowser } from './support/browser.ts';
import { answerRestClear, getJson, inspectionId, visible } from './support/field.ts';
import { enter } from './support/journeys.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const DESCRIPTION = '闭环演练：安全出口被货物堵塞';
const onePixelPng =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';
const apiGet = <T>(page: Page, path: string) => getJson<T>(page, baseUrl, path);
const percent = (part: number, whole: number) =>
  whole === 0 ? '—' : `${((part / whole) * 100).toFixed(1)}%`;
/** Today in Beijing as YYYYMMDD, the date part of a 台账编号. */
const beijingDay = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()).replaceAll('-', '');

/** A regulator's console on the given menu entry. */
async function openConsole(username: string, menu: string) {
  const page = await newPage(browser());
  await enter(page, baseUrl, username);
  await page.getByRole('menuitem', { name: menu }).click();
  return page;
}

/** 隐患台账 on a tab, with the entry's drawer open. */
async function openEntry(page: Page, tab: RegExp, entryId: string) {
  await page.getByTestId('overdue-card').waitFor(visible);
  await page.getByRole('tab', { name: tab }).click();
  const row = page.getByTestId('ledger-table').locator(`tr[data-row-key="${entryId}"]`);
  await row.getByRole('button', { name: '查看' }).click(visible);
  const detail = page.getByTestId('ledger-detail');
  await detail.waitFor(visible);
  return { row, detail };
}

/** The 合计 row of 统计分析's ledger table as the page shows it, and the headline 整改率. */
async function rectificationFigures(page: Page) {
  await page.getByTestId('stats-ledger-chart').locator('canvas').first().waitFor(visible);
  const cells = await page
    .getByTestId('stats-ledger-table')
    .locator('tr[data-row-key="total"] td')
    .allTextContents();
  // 合计, 挂账, 整改中, 已整改 (复查合格 + 已销账), 已销账, 逾期, 重大, 整改率
  const [, listed, , rectified, closed, , , rate] = cells;
  const headline = await page.getByTestId('stats-rate').locator('.ant-statistic-content-value').textContent();
  return { listed: Number(listed), rectified: Number(rectified), closed: Number(closed), rate, headline };
}

async function statsOf(username: string) {
  const page = await openConsole(username, '统计分析');
  const figures = await rectificationFigures(page);
  return { page, figures };
}

describe('the closed loop of one hazard, through the pages (G3, G4, G6)', () => {
  it('goes from the phone to 销账, and the 整改率 moves by exactly one entry', async () => {
    // 1. 李强 inspects 办公区域 on his phone and reports a major hazard with its special report.
    const insp = await newPage(browser(), phone);
    await enter(insp, baseUrl, 'ent-a-insp1');
    const { items: sites } = await getJson<{ items: SiteView[] }>(insp, baseUrl, '/sites');
    const fire = sites
      .find((s) => s.name === '办公区域')
      ?.catalogs.find((c) => c.industryCode === 'fire_safety');
    const catalog = await getJson<CatalogDetail>(insp, baseUrl, `/catalogs/${fire?.id}`);
    const majorIndex = catalog.categories
      .flatMap((c) => c.children.flatMap((s) => s.items))
      .findIndex((i) => i.major);
    await insp.getByTestId('site-row').filter({ hasText: '办公区域' }).click(visible);
    await insp
      .getByTestId('site-catalog')
      .filter({ hasText: '消防' })
      .getByRole('link', { name: '去自查 >' })
      .click();
    await insp.getByRole('button', { name: '全部展开' }).click(visible);
    const item = insp.getByTestId('inspection-item').nth(majorIndex);
    await item.getByRole('option', { name: '有隐患' }).click();
    await item.getByLabel('隐患描述').fill(DESCRIPTION);
    await item.getByRole('option', { name: '重大' }).click();
    await item.getByRole('option', { name: '限期整改' }).click();
    await item.getByLabel('责任人').fill('李杰');
    await item.getByLabel('整改措施').fill('清理通道，划线管理');
    await item.getByLabel('整改资金（元）').fill('200');
    await item.getByLabel('整改截止时间').click();
    await insp.getByRole('button', { name: '确定' }).click();
    await item.getByLabel('应急预案').fill('专人值守');
    const report = item.getByTestId('special-report');
    await report.getByLabel('现状及产生原因').fill('仓储不足，货物占用安全出口');
    await report.getByLabel('危害程度和整改难易程度分析').fill('火灾时无法疏散；清理即可整改');
    await report.getByLabel('治理方案').fill('当日清理，设置禁止堆放标志');
    await answerRestClear(insp);
    await insp.getByRole('checkbox', { name: '法人已知晓检查结果' }).check();
    await insp.getByRole('button', { name: '提交' }).click();
    await insp.getByTestId('record-summary').waitFor(visible);
    const recordId = inspectionId(insp);
    const pending = await getJson<{ items: HazardView[] }>(insp, baseUrl, '/hazards?status=pending');
    const hazardId = pending.items.find((h) => h.inspectionId === recordId)?.id ?? '';
    expect(hazardId, 'the submitted major hazard waits under 待处置').not.toBe('');
    await snapshot(insp, 'loop-1-phone-submitted');

    // 2. 西长安街街道 sees it proposed under 待确认, and has nothing to do with it yet.
    const street = await openConsole('gov-110102001', '隐患台账');
    const proposed = await (await apiCaller(street, baseUrl))<{ items: LedgerEntryView[] }>(
      'GET',
      '/ledger?status=proposed&limit=200',
    );
    const entryId = proposed.items.find((e) => e.hazardId === hazardId)?.id ?? '';
    expect(entryId, 'proposed to the street office').not.toBe('');
    const seen = await openEntry(street, /^待确认$/, entryId);
    await seen.row.getByText('重大隐患').waitFor(visible);
    await seen.detail.getByText(DESCRIPTION).first().waitFor(visible);
    expect(await street.getByTestId('ledger-actions').count()).toBe(0);
    await snapshot(street, 'loop-2-street-proposed');
    await street.context().close();

    // The district's 整改率 before the entry enters the ledger.
    const before = await statsOf('gov-110102');
    expect(before.figures.rate).toBe(percent(before.figures.rectified, before.figures.listed));
    await snapshot(before.page, 'loop-stats-before');
    await before.page.context().close();

    // 3. 西城区安委办 lists it through the form (which first asks for the type) and numbers it.
    const district = await openConsole('gov-110102', '隐患台账');
    const listing = await openEntry(district, /^待确认$/, entryId);
    await listing.detail.getByRole('button', { name: /^挂\s*账$/ }).click();
    const form = district.locator('.ant-modal');
    const submitListing = form.locator('.ant-modal-footer').getByRole('button', { name: /^挂\s*账$/ });
    await submitListing.click();
    await form.getByText('请选择隐患类型', { exact: true }).waitFor(visible);
    await form.locator('.ant-cascader').click();
    await district.locator('.ant-cascader-menu-item[title="重点消防"]').click();
    await district.locator('.ant-cascader-menu-item[title="老旧小区"]').click();
    await form.getByLabel('整改措施').fill('清理通道，设置禁止堆放标志，每日巡查');
    const dayBefore = beijingDay();
    await submitListing.click();
    await form.waitFor({ state: 'hidden', ...visible });
    const number = listing.detail.getByTestId('ledger-entry-info').getByText(/^\d{21}$/);
    await number.waitFor(visible);
    const ledgerNo = (await number.textContent()) ?? '';
    // 区划 110102, 街乡 001, 上账日 (Beijing), a 4-digit sequence of that street and day.
    const day = ledgerNo.slice(9, 17);
    expect([dayBefore, beijingDay()]).toContain(day);
    expect(ledgerNo).toMatch(new RegExp(`^110102001${day}\\d{4}$`));
    await snapshot(district, 'loop-3-listed');
    await district.context().close();

    // 4. The enterprise rectifies and accepts: 刘明, its admin, does both at his desk (E6). The
    //    inspector's 去处置 on the phone is field.e2e.ts's and journey.e2e.ts's.
    await insp.context().close();
    const admin = await newPage(browser());
    await enter(admin, baseUrl, 'ent-a-admin');
    await admin.getByRole('menuitem', { name: '隐患记录' }).click(visible);
    await admin.getByRole('tab', { name: /待处置\(\d+\)/ }).click(visible);
    const viewHazard = () =>
      admin
        .getByTestId('hazard-table')
        .locator(`tr[data-row-key="${hazardId}"]`)
        .getByRole('button', { name: '查看' })
        .click(visible);
    await viewHazard();
    const rectification = admin.getByTestId('hazard-detail').getByTestId('rectification-form');
    await rectification.waitFor(visible);
    // Failure path: 提交 without the note names the field, and nothing is sent.
    await rectification.getByLabel('整改结果').fill('出口畅通');
    await rectification.getByLabel('整改花费（元）').fill('150');
    await rectification.getByRole('button', { name: '提交整改' }).click();
    await rectification.getByText('请填写整改说明').waitFor(visible);
    expect((await apiGet<HazardDetail>(admin, `/hazards/${hazardId}`)).status).toBe('pending');
    await rectification.getByLabel('整改说明').fill('已清理安全出口');
    await rectification
      .getByTestId('photo-upload')
      .locator('input[type="file"]')
      .setInputFiles({
        name: 'fixed.png',
        mimeType: 'image/png',
        buffer: Buffer.from(onePixelPng, 'base64'),
      });
    await rectification.locator('.ant-upload-list-item-done').waitFor(visible);
    await snapshot(admin, 'loop-4-admin-rectifying');
    await rectification.getByRole('button', { name: '提交整改' }).click();
    // The drawer now shows what was done, with the photo, and asks for 验收.
    const detail = admin.getByTestId('hazard-detail');
    const acceptance = detail.getByTestId('acceptance-form');
    await acceptance.waitFor(visible);
    await detail.getByText('已清理安全出口').waitFor(visible);
    await detail.getByTestId('photo-gallery').locator('img').first().waitFor(visible);
    const rectified = await apiGet<HazardDetail>(admin, `/hazards/${hazardId}`);
    expect(rectified).toMatchObject({ status: 'resolved', spentFen: 15000, rectificationResult: '出口畅通' });
    expect(rectified.rectificationPhotoIds).toHaveLength(1);
    await choose(acceptance.getByRole('radio', { name: '通过', exact: true }));
    await acceptance.getByRole('button', { name: '提交验收' }).click();
    await admin
      .getByTestId('hazard-history')
      .getByText(/^验收通过/)
      .waitFor(visible);
    await snapshot(admin, 'loop-4-admin-accepted');
    await admin.context().close();

    // 5. The street office reviews it on site: 合格.
    const review = await openConsole('gov-110102001', '隐患台账');
    const reviewing = await openEntry(review, /^已挂账/, entryId);
    await reviewing.row.getByText(ledgerNo).waitFor(visible);
    await reviewing.detail.getByTestId('ledger-hazard-rectification').getByText('出口畅通').waitFor(visible);
    await reviewing.detail.getByRole('button', { name: /^复\s*查$/ }).click();
    const reviewForm = review.locator('.ant-modal');
    await choose(reviewForm.getByRole('radio', { name: '合格', exact: true }));
    await reviewForm.getByLabel('复查意见').fill('现场核实，出口畅通');
    await reviewForm.getByRole('button', { name: /^确\s*定$/ }).click();
    await reviewForm.waitFor({ state: 'hidden', ...visible });
    await reviewing.detail
      .getByTestId('ledger-history')
      .getByText(/^复查合格/)
      .waitFor(visible);
    await snapshot(review, 'loop-5-reviewed');
    await review.context().close();

    // 6. The district closes it; it moves to 已销账.
    const closing = await openConsole('gov-110102', '隐患台账');
    const closeEntry = await openEntry(closing, /^复查合格$/, entryId);
    await closeEntry.detail.getByRole('button', { name: /^销\s*账$/ }).click();
    const confirm = closing.locator('.ant-popconfirm');
    await confirm.getByText('确认销账').waitFor(visible);
    await confirm.getByRole('button', { name: /^销\s*账$/ }).click();
    await closeEntry.detail.getByTestId('ledger-history').getByText(/^销账/).waitFor(visible);
    await closeEntry.detail.getByTestId('ledger-closing').getByText('是', { exact: true }).waitFor(visible);
    await snapshot(closing, 'loop-6-closed');
    await closing.locator('.ant-drawer-close').click();
    await closeEntry.detail.waitFor({ state: 'hidden', ...visible });
    await closing.getByRole('tab', { name: /^已销账$/ }).click();
    await closeEntry.row.waitFor(visible);

    // 7. 统计分析: one more entry with a number, and it counts as rectified and closed.
    await closing.getByRole('menuitem', { name: '统计分析' }).click();
    const after = await rectificationFigures(closing);
    expect(after.listed).toBe(before.figures.listed + 1);
    expect(after.rectified).toBe(before.figures.rectified + 1);
    expect(after.closed).toBe(before.figures.closed + 1);
    const expected = percent(before.figures.rectified + 1, before.figures.listed + 1);
    expect(after.rate).toBe(expected);
    expect(after.headline).toBe(expected);
    await snapshot(closing, 'loop-7-stats-after');
    // Seven steps by five users, each signing in: more than one journey's time.
  }, 150_000);
});
