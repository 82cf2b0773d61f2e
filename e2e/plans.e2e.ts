import { describe, expect, inject, it } from 'vitest';
import { newPage, snapshot, useBrowser } from './support/browser.ts';
import { visible } from './support/field.ts';
import { enter } from './support/journeys.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('年度监督检查计划', () => {
  it('lets the district office fill in its plan, save it and find it after a reload', async () => {
    const page = await newPage(browser());
    await enter(page, baseUrl, 'gov-110102');
    await page.getByRole('menuitem', { name: '监督检查计划' }).click();
    await page.getByRole('heading', { name: '年度监督检查计划' }).waitFor(visible);
    const sheet = page.getByTestId('plan-sheet');
    await sheet.waitFor(visible);
    await page.getByText('本年度尚未编制计划').waitFor(visible);

    await sheet.getByLabel('单位名称', { exact: true }).fill('西城区安全生产委员会办公室');
    await sheet.getByLabel('年度监督检查目标（家次）').fill('120');
    await sheet.getByLabel('挂账隐患核查比例（%）').fill('20');
    await sheet.getByLabel('检查时间安排 1').fill('每季度第一个月');
    await sheet.getByLabel('参加检查部门及人员 1').fill('区应急管理局 3 人');
    await sheet.getByLabel('检查地区或单位名称 1').fill('西长安街街道');
    await sheet.getByLabel('检查重点内容 1').fill('消防通道、电气线路');
    await snapshot(page, 'plans-filled');
    await page.getByRole('button', { name: '保存计划' }).click();
    await page.getByText(/年度监督检查计划已保存/).waitFor(visible);
    await page.getByTestId('plan-progress').waitFor(visible);

    await page.reload();
    await sheet.waitFor(visible);
    await page.getByTestId('plan-progress').waitFor(visible);
    expect(await sheet.getByLabel('检查时间安排 1').inputValue()).toBe('每季度第一个月');
    expect(await sheet.getByLabel('检查重点内容 1').inputValue()).toBe('消防通道、电气线路');
    expect(await sheet.getByLabel('年度监督检查目标（家次）').inputValue()).toBe('120');
    expect(await page.getByTestId('plan-row').count()).toBe(1);
    await page.getByText('下级单位计划').waitFor(visible);
    await snapshot(page, 'plans-saved');
  });
});
