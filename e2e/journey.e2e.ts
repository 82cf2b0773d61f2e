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
import { catalogNames } from './support/records.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const SITE = '锅炉房';

/** ent-a-admin, on a phone, adds the site with two catalogs and assigns 李强 (ent-a-insp1). */
async function adminAddsSite(page: Page) {
  await enter(page, baseUrl, 'ent-a-admin');
  const { power, fire } = await catalogNames(page, baseUrl);
  await page.getByRole('button', { name: '打开菜单' }).click();
  await page.getByRole('menuitem', { name: '场所管理' }).click();
  await page.getByRole('button', { name: '新增场所' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('场所名称').fill(SITE);
  await dialog.locator('.ant-cascader').click();
  await page.locator('.ant-cascader-menu-item[title="西城区"]').click();
  await page.locator('.ant-cascader-menu-item[title="西长安街街道"]').click();
  await dialog.getByLabel('详细地址').fill('复兴门内大街 1 号地下一层');
  await dialog.getByLabel('检查人', { exact: true }).click();
  await page.locator('.ant-select-item-option[title="李强"]').click();
  await dialog.getByLabel('检查人电话').fill('15800000009');
  await dialog.getByLabel('检查人身份证').fill('110102199001011233');
  await dialog.getByRole('button', { name: '下一步' }).click();
  const tree = dialog.getByTestId('catalog-tree');
  await tree.getByRole('checkbox', { name: power }).click();
  await tree.getByRole('checkbox', { name: fire }).click();
  await snapshot(page, 'journey-site-catalogs');
  await dialog.getByRole('button', { name: '确定' }).click();
  await dialog.waitFor({ state: 'hidden', ...visible });
  await page.getByTestId('site-table').getByText(SITE).first().waitFor(visible);
  await snapshot(page, 'journey-sites');
}

describe('the whole enterprise journey, on a phone (390x844)', () => {
  it('site → self-inspection → draft survives a reload → submit → 去处置 → the admin reads it', async () => {
    const admin = await newPage(browser(), phone);
    await adminAddsSite(admin);

    const page = await newPage(browser(), phone);
    await enter(page, baseUrl, 'ent-a-insp1');
    await page.getByTestId('site-row').filter({ hasText: SITE }).click(visible);
    const catalogs = page.getByTestId('site-catalog');
    await expect.poll(() => catalogs.count(), visible).toBe(2);
    const before = (await getJson<{ counts: { pending: number } }>(page, baseUrl, '/hazards?status=pending'))
      .counts;
    await catalogs.filter({ hasText: '电网企业' }).getByRole('link', { name: '去自查 >' }).click();

    const items = page.getByTestId('inspection-item');
    await items.first().waitFor(visible);
    await answerScheduled(items.nth(0), page);
    await answerImmediate(items.nth(1));
    await page.getByLabel('岗位角色').fill('安全员');
    await answerRestClear(page);
    await page.getByRole('button', { name: '暂存' }).click();
    await page
      .getByTestId('save-status')
      .filter({ hasText: /^已保存 \d/ })
      .waitFor(visible);

    // Every answer is back after a reload.
    await page.reload();
    await items.first().waitFor(visible);
    await expect.poll(() => page.locator('[data-testid="inspection-item"][data-answer=""]').count()).toBe(0);
    expect(await items.nth(0).getByLabel('应急预案').inputValue()).toBe('设置警示标志，安排专人看护');
    expect(await items.nth(1).getByLabel('采取的措施').inputValue()).toBe('已设置隔离区和警告标志');

    await page.getByRole('checkbox', { name: '法人已知晓检查结果' }).check();
    await page.getByRole('button', { name: '提交' }).click();
    await page.getByTestId('record-summary').waitFor(visible);
    const id = inspectionId(page);

    // The immediate fix closed its hazard at once: one more waits in 待处置.
    await page.getByRole('navigation', { name: '主导航' }).getByText('隐患记录').click();
    await page.getByRole('tab', { name: `待处置(${before.pending + 1})` }).waitFor(visible);
    const { items: pending } = await getJson<{ items: HazardView[] }>(
      page,
      baseUrl,
      '/hazards?status=pending',
    );
    const hazard = pending.find((h) => h.inspectionId === id);
    await page.locator(`a[href="/m/hazards/${hazard?.id}"]`).click();
    await page.getByLabel('整改说明').fill('违建已拆除');
    await page.getByLabel('整改结果').fill('通道恢复畅通');
    await page.getByLabel('整改花费（元）').fill('980');
    await page.getByRole('button', { name: '提交' }).click();
    await page.getByRole('tab', { name: `待处置(${before.pending})` }).waitFor(visible);
    await snapshot(page, 'journey-hazards');

    // The admin sees the record: 有无隐患 有, the two hazard items in red.
    await admin.getByRole('button', { name: '打开菜单' }).click();
    await admin.getByRole('menuitem', { name: '自查记录' }).click();
    const record = admin.getByTestId('record-table').locator(`tr[data-row-key="${id}"]`);
    await record.getByText('有', { exact: true }).waitFor(visible);
    await record.getByRole('button', { name: '查看' }).click();
    const detail = admin.getByTestId('record-detail');
    await detail.getByText('线路通道下有违建').waitFor(visible);
    const red = detail.locator('[data-hazard="true"]');
    expect(await red.count()).toBe(2);
    // Red is antd's danger text: on the two hazard items and nowhere else.
    expect(await red.locator('.ant-typography-danger').count()).toBe(2);
    expect(await detail.locator('[data-hazard="false"] .ant-typography-danger').count()).toBe(0);
    await snapshot(admin, 'journey-admin-record');
  });
});
