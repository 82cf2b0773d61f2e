import type { CatalogDetail, HazardView, SiteView } from '@ancha/contracts';
import { describe, expect, inject, it } from 'vitest';
import { newPage, phone, snapshot, useBrowser } from './support/browser.ts';
import { answerRestClear, getJson, inspectionId, visible } from './support/field.ts';
import { enter } from './support/journeys.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('a major hazard on the phone (E7)', () => {
  it('asks for the special report, refuses without it, and submits it with the record', async () => {
    const page = await newPage(browser(), phone);
    await enter(page, baseUrl, 'ent-a-insp1');
    const { items: sites } = await getJson<{ items: SiteView[] }>(page, baseUrl, '/sites');
    const fire = sites
      .find((s) => s.name === '办公区域')
      ?.catalogs.find((c) => c.industryCode === 'fire_safety');
    const catalog = await getJson<CatalogDetail>(page, baseUrl, `/catalogs/${fire?.id}`);
    const ordered = catalog.categories.flatMap((c) => c.children.flatMap((s) => s.items));
    const majorIndex = ordered.findIndex((i) => i.major);

    await page.getByTestId('site-row').filter({ hasText: '办公区域' }).click(visible);
    await page
      .getByTestId('site-catalog')
      .filter({ hasText: '消防' })
      .getByRole('link', { name: '去自查 >' })
      .click();
    await page.getByRole('button', { name: '全部展开' }).click(visible);
    const item = page.getByTestId('inspection-item').nth(majorIndex);
    await item.getByRole('option', { name: '有隐患' }).click();
    // The item's major-hazard clause is shown, and 重大 opens the special report.
    await item.getByText('可判定为重大隐患').waitFor(visible);
    await item.getByLabel('隐患描述').fill('疏散通道堆放货物');
    await item.getByRole('option', { name: '重大' }).click();
    const report = item.getByTestId('special-report');
    await report.waitFor(visible);
    await item.getByRole('option', { name: '限期整改' }).click();
    await item.getByLabel('责任人').fill('李杰');
    await item.getByLabel('整改措施').fill('清理通道，划线管理');
    await item.getByLabel('整改资金（元）').fill('0');
    await item.getByLabel('整改截止时间').click();
    await page.getByRole('button', { name: '确定' }).click();
    await item.getByLabel('应急预案').fill('专人值守');
    await answerRestClear(page);
    await page.getByRole('checkbox', { name: '法人已知晓检查结果' }).check();

    // Without the report it cannot be submitted: the form says what is missing.
    await page.getByRole('button', { name: '提交' }).click();
    await page.getByText('重大隐患须填写专项报告：现状及产生原因').first().waitFor(visible);
    await report.getByLabel('现状及产生原因').fill('仓储空间不足，货物临时堆放在通道');
    await report.getByLabel('危害程度和整改难易程度分析').fill('火灾时无法疏散；腾退库房即可整改');
    await report.getByLabel('治理方案').fill('一周内清理通道并划线，专人巡查');
    await snapshot(page, 'field-major-report');
    await page.getByRole('button', { name: '提交' }).click();
    await page.getByTestId('record-summary').waitFor(visible);
    await page.getByText('仓储空间不足，货物临时堆放在通道').waitFor(visible);

    const id = inspectionId(page);
    const { items } = await getJson<{ items: HazardView[] }>(page, baseUrl, '/hazards?status=pending');
    const major = items.find((h) => h.inspectionId === id);
    expect(major?.level).toBe('major');
    await snapshot(page, 'field-major-record');
  });
});
