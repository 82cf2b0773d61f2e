import type { HazardView } from '@ancha/contracts';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { newPage, phone, snapshot, useBrowser } from './support/browser.ts';
import {
  answerImmediate,
  answerRestClear,
  answerScheduled,
  getJson,
  inspectionId,
  visible,
} from './support/field.ts';
import { enter } from './support/journeys.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const onePixelPng =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';

interface HazardPage {
  items: HazardView[];
  counts: { pending: number; resolved: number };
}

/** Reads through the page's own session, as the page itself would. */
const get = <T>(page: Page, path: string) => getJson<T>(page, baseUrl, path);

describe('the inspector on the phone', () => {
  it('inspects a site, keeps the draft across a reload, submits and handles the hazard', async () => {
    const page = await newPage(browser(), phone);
    await enter(page, baseUrl, 'ent-a-insp1');
    await page.getByTestId('site-row').filter({ hasText: '办公区域' }).click(visible);
    const power = page.getByTestId('site-catalog').filter({ hasText: '电网企业' });
    const start = power.getByRole('link', { name: '去自查 >' });
    await start.waitFor(visible);
    await snapshot(page, 'field-site');
    // Other browser tests share the database and may have left hazards: compare with the start.
    const before = (await get<HazardPage>(page, '/hazards?status=pending')).counts;
    await start.click();

    const items = page.getByTestId('inspection-item');
    await items.first().waitFor(visible);
    await page.getByText('李强').first().waitFor();
    await answerScheduled(items.nth(0), page);
    await answerImmediate(items.nth(1));
    await page.getByLabel('岗位角色').fill('安全员');
    await page.getByRole('button', { name: '暂存' }).click();
    await page
      .getByTestId('save-status')
      .filter({ hasText: /^已保存 \d/ })
      .waitFor(visible);
    await snapshot(page, 'field-form');

    // Nothing typed is lost: the reload brings back every answer.
    await page.reload();
    await items.first().waitFor(visible);
    const first = items.nth(0);
    expect(await first.getAttribute('data-answer')).toBe('hazard');
    expect(await first.getByLabel('责任人').inputValue()).toBe('李杰');
    expect(await first.getByLabel('整改资金（元）').inputValue()).toBe('1000.50');
    expect(await first.getByLabel('应急预案').inputValue()).toBe('设置警示标志，安排专人看护');
    expect(await items.nth(1).getByLabel('采取的措施').inputValue()).toBe('已设置隔离区和警告标志');
    expect(await page.getByLabel('岗位角色').inputValue()).toBe('安全员');

    // Without a signal the phone keeps the draft, and sends it once the signal is back.
    await page.context().setOffline(true);
    await page.getByLabel('岗位角色').fill('安全员（值班）');
    await page.getByTestId('save-status').filter({ hasText: '未联网，已保存在本机' }).waitFor(visible);
    await page.context().setOffline(false);
    await page
      .getByTestId('save-status')
      .filter({ hasText: /^已保存 \d/ })
      .waitFor(visible);
    const id = inspectionId(page);
    expect(await get(page, `/inspections/${id}`)).toMatchObject({ post: '安全员（值班）', status: 'draft' });

    // 提交 too early: the count of what is left, and the first unanswered item is pointed at.
    await page.getByRole('button', { name: '提交' }).click();
    await page.getByText(/还有 \d+ 项未填写/).waitFor(visible);
    await items.nth(2).getByRole('alert').waitFor();

    await answerRestClear(page);
    await page.getByRole('checkbox', { name: '法人已知晓检查结果' }).check();
    await page.getByRole('button', { name: '提交' }).click();
    const summary = page.getByTestId('record-summary');
    await summary.waitFor(visible);
    expect(await summary.textContent()).toContain('有无隐患：有');
    expect(await page.getByTestId('record-item').and(page.locator('[data-hazard="true"]')).count()).toBe(2);
    await snapshot(page, 'field-record');

    // 隐患记录: the 限期整改 one waits under 待处置 (the 立即整改 one is handled already).
    await page.getByRole('navigation', { name: '主导航' }).getByText('隐患记录').click();
    await page.getByRole('tab', { name: `待处置(${before.pending + 1})` }).waitFor(visible);
    await page.getByRole('tab', { name: `已处置(${before.resolved + 1})` }).waitFor();
    const mine = (await get<HazardPage>(page, '/hazards?status=pending')).items.find(
      (h) => h.inspectionId === id,
    );
    expect(mine?.mode).toBe('scheduled');
    const row = page.locator(`a[href="/m/hazards/${mine?.id}"]`);
    expect(await row.textContent()).toContain('去处置 >');
    await snapshot(page, 'field-hazards');
    await row.click();
    await page.getByTestId('hazard-detail').getByText('线路通道下有违建').waitFor(visible);
    await page.getByLabel('整改说明').fill('违建已拆除');
    await page.getByLabel('整改结果').fill('通道恢复畅通');
    await page.getByLabel('整改花费（元）').fill('980');
    // 整改照片, uploaded as the hazard's were; a real 1x1 PNG is enough for the server.
    const png = Buffer.from(onePixelPng, 'base64');
    await page
      .getByTestId('photo-input')
      .setInputFiles({ name: 'fixed.png', mimeType: 'image/png', buffer: png });
    await page.getByTestId('photo-thumb').waitFor(visible);
    await page.getByRole('button', { name: '提交' }).click();
    await page.getByRole('tab', { name: `已处置(${before.resolved + 2})` }).waitFor(visible);
    await page.getByRole('tab', { name: `待处置(${before.pending})` }).waitFor();

    // The resolved hazard shows what was done and its history.
    await row.click();
    const history = page.getByTestId('hazard-history');
    await history.getByText('整改', { exact: true }).waitFor(visible);
    expect(await history.textContent()).toContain('发现');
    expect(await page.getByTestId('hazard-detail').textContent()).toContain('980.00');
    await page.getByTestId('photo-thumbs').filter({ hasText: '整改照片' }).locator('img').waitFor(visible);
    await snapshot(page, 'field-hazard-detail');
  });
});
