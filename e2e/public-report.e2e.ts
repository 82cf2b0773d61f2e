import type { LedgerEntryView, PublicReportView } from '@ancha/contracts';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { apiCaller } from './support/api.ts';
import { newPage, phone, snapshot, useBrowser } from './support/browser.ts';
import { visible } from './support/field.ts';
import { enter } from './support/journeys.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const onePixelPng =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';
const place = `西长安街 ${Date.now() % 100000} 号院北侧楼道`;
const description = '楼道内堆放多个液化气瓶，未固定';

/** 查询举报进度 on a phone of its own, as the reporter would come back to it. */
async function followOnPhone(code: string, expected: string, shot: string) {
  const page = await newPage(browser(), phone);
  await page.goto(`${baseUrl}/report/follow`);
  await page.getByPlaceholder('如 ABCD-EFGH-JKMN').fill(code);
  await page.getByRole('button', { name: '查询' }).click();
  await page.getByText(expected, { exact: true }).waitFor(visible);
  expect(await page.getByText('李群').count()).toBe(0);
  await snapshot(page, shot);
  await page.context().close();
}

async function pickRegion(page: Page) {
  await page.getByRole('button', { name: '请选择' }).click();
  const picker = page.locator('.adm-picker');
  await picker.waitFor(visible);
  await picker.getByText('西城区', { exact: true }).click();
  await picker.getByText('西长安街街道', { exact: true }).click();
  await picker.getByText('确定', { exact: true }).click();
  await page.getByRole('button', { name: '西城区 西长安街街道' }).waitFor(visible);
}

// One report's way from a passer-by's phone into the ledger, a step per test.
describe('public reports (P1)', () => {
  let code = '';

  it('lets anyone report a hazard with a photo on a phone and gives a follow-up code', async () => {
    const page = await newPage(browser(), phone);
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByRole('link', { name: /我要举报/ }).click();
    await page.getByRole('heading', { name: '我要举报' }).waitFor(visible);
    await pickRegion(page);
    await page.getByPlaceholder('如：某某路 12 号院 3 号楼楼道').fill(place);
    await page.getByPlaceholder('单位或场所名称').fill('某某餐馆');
    await page.getByPlaceholder('请描述看到的情况，至少 5 个字').fill(description);
    await page.locator('input[type=file]').setInputFiles({
      name: 'hazard.png',
      mimeType: 'image/png',
      buffer: Buffer.from(onePixelPng, 'base64'),
    });
    await page.locator('.adm-image-uploader-cell img').first().waitFor(visible);
    await page.getByPlaceholder('真实姓名').fill('李群');
    await page.getByPlaceholder('11 位手机号码').fill('13912345678');
    await snapshot(page, 'public-report-form');
    await page.getByRole('button', { name: '提交' }).click();
    const shown = page.getByTestId('report-code');
    await shown.waitFor(visible);
    code = ((await shown.textContent()) ?? '').trim();
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    await snapshot(page, 'public-report-code');
    await page.getByRole('button', { name: '查询进度' }).click();
    await page.getByText('待核实', { exact: true }).waitFor(visible);
    await page.getByText('照片 1 张', { exact: false }).waitFor(visible);
    await snapshot(page, 'public-report-follow-waiting');
    await page.context().close();
  });

  it('shows the report with its reporter to the street office, which verifies it into the ledger as 举报', async () => {
    const page = await newPage(browser());
    await enter(page, baseUrl, 'gov-110102001');
    await page.getByRole('menuitem', { name: '举报处理' }).click();
    await page.getByRole('button', { name: `查看 ${place}` }).click(visible);
    const detail = page.getByTestId('report-detail');
    await detail.getByText('李群').waitFor(visible);
    await detail.getByText('13912345678').waitFor(visible);
    await detail.locator('img').first().waitFor(visible);
    await snapshot(page, 'public-report-console-detail');

    await detail.getByRole('button', { name: '核实' }).click();
    const select = page.getByLabel('关联已登记企业（选填）');
    await select.click(visible);
    await select.fill('电力');
    // antd's own a11y options are zero-size; the visible row is the one a person clicks.
    await page.locator('.ant-select-item-option').filter({ hasText: '北京安查示范电力运维有限公司' }).click();
    await page.getByLabel('整改措施').fill('液化气瓶移出楼道，集中存放并固定');
    await snapshot(page, 'public-report-console-verify');
    await page.getByRole('button', { name: '确定' }).click();
    await detail.getByText('已提出挂账，待确认').waitFor(visible);

    // 奖励 for the real-name reporter: the amount is required, then recorded once.
    await detail.getByRole('button', { name: '奖励' }).click();
    const reward = page.locator('.ant-modal').filter({ hasText: '奖励金额（元）' });
    await reward.getByRole('button', { name: '确定' }).click();
    await reward.getByText('请填写奖励金额').waitFor(visible);
    await reward.getByLabel('奖励金额（元）').fill('200');
    await reward.getByLabel('奖励说明').fill('举报属实');
    await reward.getByRole('button', { name: '确定' }).click();
    await detail.getByText('200.00 元（举报属实）', { exact: false }).waitFor(visible);
    expect(await detail.getByRole('button', { name: '奖励' }).count()).toBe(0);

    const call = await apiCaller(page, baseUrl);
    const reports = await call<{ items: PublicReportView[] }>(
      'GET',
      '/public-reports?status=verified&limit=200',
    );
    const mine = reports.items.find((r) => r.place === place);
    expect(mine?.ledgerEntryId).toBeTruthy();
    const entries = await call<{ items: LedgerEntryView[] }>('GET', '/ledger?status=proposed&limit=200');
    const entry = entries.items.find((e) => e.id === mine?.ledgerEntryId);
    expect(entry).toMatchObject({ source: 'report', status: 'proposed', hazardId: null });
    expect(entry?.unitName).toContain('电力运维');

    await page.goto(`${baseUrl}/console/ledger`);
    await page.getByRole('tab', { name: /^待确认$/ }).click();
    const row = page.getByTestId('ledger-table').locator(`tr[data-row-key="${entry?.id}"]`);
    await row.getByRole('button', { name: '查看' }).click(visible);
    const ledgerDetail = page.getByTestId('ledger-detail');
    await ledgerDetail.getByText(description).first().waitFor(visible);
    await ledgerDetail.getByText('举报', { exact: true }).waitFor(visible);
    await snapshot(page, 'public-report-ledger');
    await page.context().close();
  });

  it('tells the reporter by code that the report was verified', async () => {
    await followOnPhone(code, '已核实', 'public-report-follow-verified');
  });
});
