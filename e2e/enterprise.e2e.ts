import type { HazardView, InspectionSummary } from '@ancha/contracts';
import { describe, expect, inject, it } from 'vitest';
import { choose, newPage, snapshot, useBrowser } from './support/browser.ts';
import { enter } from './support/journeys.ts';
import { catalogNames, submitRecordWithHazard } from './support/records.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

// Pages wait for the server and for antd's first render; a slow CI machine needs room.
const visible = { timeout: 20_000 };

describe('enterprise administrator', () => {
  it('lists the sites and adds one in two steps', async () => {
    const page = await newPage(browser());
    await enter(page, baseUrl, 'ent-a-admin');
    await page.getByRole('menuitem', { name: '场所管理' }).click();
    const table = page.getByTestId('site-table');
    for (const name of ['办公区域', '配电室', '停车场']) {
      await table.getByRole('cell', { name, exact: true }).first().waitFor(visible);
    }
    // Personal numbers stay masked in the list (issue 4).
    await table
      .getByRole('cell', { name: /^1\d{2}\*{4}\d{4}$/ })
      .first()
      .waitFor(visible);
    await snapshot(page, 'enterprise-sites');

    const names = await catalogNames(page, baseUrl);
    await page.getByRole('button', { name: '新增场所' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('场所名称').fill('测试场所07');
    await dialog.locator('.ant-cascader').click();
    await page.locator('.ant-cascader-menu-item[title="西城区"]').click();
    await page.locator('.ant-cascader-menu-item[title="西长安街街道"]').click();
    await dialog.getByLabel('详细地址').fill('复兴门内大街 1 号');
    await dialog.getByLabel('检查人', { exact: true }).click();
    await page.locator('.ant-select-item-option[title="李强"]').click();
    await dialog.getByLabel('检查人电话').fill('15800000007');
    await dialog.getByLabel('检查人身份证').fill('110102199001011233');
    await snapshot(page, 'enterprise-site-basics');
    await dialog.getByRole('button', { name: '下一步' }).click();

    // 其他行业's general catalog and the industry catalogs exclude each other.
    const tree = dialog.getByTestId('catalog-tree');
    await tree.waitFor(visible);
    await dialog.getByTestId('general-catalog-rule').getByText('请只勾选其他行业').waitFor(visible);
    const checkbox = (name: string) => tree.getByRole('checkbox', { name });
    await checkbox(names.general).click();
    await expect.poll(() => checkbox(names.general).getAttribute('aria-checked')).toBe('true');
    await expect(checkbox(names.power).getAttribute('aria-disabled')).resolves.toBe('true');
    await snapshot(page, 'enterprise-site-catalogs');

    await checkbox(names.general).click();
    await expect.poll(() => checkbox(names.power).getAttribute('aria-disabled')).toBe('false');
    await checkbox(names.power).click();
    await checkbox(names.fire).click();
    await expect.poll(() => checkbox(names.general).getAttribute('aria-disabled')).toBe('true');
    await dialog.getByRole('button', { name: '确定' }).click();
    await dialog.waitFor({ state: 'hidden', ...visible });

    const row = table.getByRole('row', { name: /测试场所07/ });
    await row.waitFor(visible);
    await row.getByText('158****0007').waitFor(visible);
    await row.getByText('西城区西长安街街道复兴门内大街 1 号').waitFor(visible);

    // Editing keeps the choices; the masked numbers have to be typed again.
    await row.getByRole('button', { name: '编辑' }).click();
    await expect.poll(() => dialog.getByLabel('场所名称').inputValue()).toBe('测试场所07');
    await dialog.getByText('请重新填写完整的 18 位身份证号').waitFor(visible);
    await dialog.getByRole('button', { name: '下一步' }).click();
    await dialog.getByText('检查人电话应为 11 位手机号').waitFor(visible);
    await dialog.getByLabel('场所名称').fill('测试场所08');
    await dialog.getByLabel('检查人电话').fill('15800000008');
    await dialog.getByLabel('检查人身份证').fill('110102199001011233');
    await dialog.getByRole('button', { name: '下一步' }).click();
    await expect.poll(() => checkbox(names.power).getAttribute('aria-checked')).toBe('true');
    await dialog.getByRole('button', { name: '确定' }).click();
    await dialog.waitFor({ state: 'hidden', ...visible });
    await table
      .getByRole('row', { name: /测试场所08/ })
      .getByText('158****0008')
      .waitFor(visible);
  });

  it('shows the records and the hazards, or their empty text', async () => {
    const page = await newPage(browser());
    await enter(page, baseUrl, 'ent-a-admin');
    // Other test files share the server: the demo starts empty, but may not be by now.
    const get = async <T>(url: string) => (await page.request.get(`${baseUrl}/api/v1${url}`)).json() as T;
    const count = async (url: string) => (await get<{ items: unknown[] }>(url)).items.length;
    await page.getByRole('menuitem', { name: '自查记录' }).click();
    const records = page.getByTestId('record-table');
    await records.getByRole('columnheader', { name: '有无隐患' }).waitFor(visible);
    // The list holds submitted and reported records alike.
    const { items: listed } = await get<{ items: InspectionSummary[] }>('/inspections');
    if (listed.filter((r) => r.status !== 'draft').length === 0) {
      await records.getByText('暂无自查记录').waitFor(visible);
    } else {
      await records.locator('tr[data-row-key]').first().waitFor(visible);
    }

    await page.getByRole('menuitem', { name: '隐患记录' }).click();
    await page.getByRole('tab', { name: /待处置\(\d+\)/ }).waitFor(visible);
    await page.getByRole('tab', { name: /已处置\(\d+\)/ }).waitFor(visible);
    const hazards = page.getByTestId('hazard-table');
    await hazards.getByRole('columnheader', { name: '截止时间' }).waitFor(visible);
    if ((await count('/hazards?status=pending')) === 0) {
      await hazards.getByText('暂无待处置的隐患').waitFor(visible);
    } else {
      await hazards.locator('tr[data-row-key]').first().waitFor(visible);
    }
    await snapshot(page, 'enterprise-hazards');
  });

  it('reads a record with its hazard, and refuses the rectification with a reason', async () => {
    const { call, inspectionId } = await submitRecordWithHazard(await newPage(browser()), baseUrl);
    const page = await newPage(browser());
    await enter(page, baseUrl, 'ent-a-admin');
    await page.getByRole('menuitem', { name: '自查记录' }).click();
    // antd keys each row by the record's id.
    const record = page.getByTestId('record-table').locator(`tr[data-row-key="${inspectionId}"]`);
    await record.getByText('有', { exact: true }).waitFor(visible);
    await record.getByRole('button', { name: '查看' }).click();
    const detail = page.getByTestId('record-detail');
    await detail.getByText('应急照明损坏').waitFor(visible);
    await detail.getByText('500.00 元').waitFor(visible);
    await detail.getByText('限期整改').waitFor(visible);
    await snapshot(page, 'enterprise-record');
    await page.keyboard.press('Escape');

    const { items } = await call<{ items: HazardView[] }>('GET', '/hazards?status=pending');
    const hazardId = items.find((h) => h.inspectionId === inspectionId)?.id ?? '';
    await page.getByRole('menuitem', { name: '隐患记录' }).click();
    await page.getByTestId('hazard-table').locator(`tr[data-row-key="${hazardId}"]`).waitFor(visible);
    await call('POST', `/hazards/${hazardId}/rectification`, {
      note: '已更换灯具',
      result: '照明正常',
      spentFen: 42_000,
    });

    await page.reload();
    await page.getByRole('tab', { name: /已处置\(\d+\)/ }).click();
    const row = page.getByTestId('hazard-table').locator(`tr[data-row-key="${hazardId}"]`);
    await row.getByRole('button', { name: '查看' }).click();
    const hazard = page.getByTestId('hazard-detail');
    await hazard.getByText('420.00 元').waitFor(visible);
    await hazard.getByTestId('hazard-history').getByText(/^整改/).waitFor(visible);
    const form = hazard.getByTestId('acceptance-form');
    await choose(form.getByRole('radio', { name: '不通过' }));
    await form.getByRole('button', { name: '提交验收' }).click();
    await form.getByText('验收不通过时请填写意见').waitFor(visible);
    await snapshot(page, 'enterprise-hazard');
    await form.getByLabel('验收意见').fill('灯具型号不符');
    await form.getByRole('button', { name: '提交验收' }).click();
    // Refused, the hazard is back in 待处置 and its history says why.
    await hazard
      .getByTestId('hazard-history')
      .getByText(/^验收不通过/)
      .waitFor(visible);
    await hazard.getByText('灯具型号不符').first().waitFor(visible);
    await row.waitFor({ state: 'detached', ...visible });
  });

  it('reports the submitted records, which are then locked and marked 已上报', async () => {
    const { call, inspectionId } = await submitRecordWithHazard(await newPage(browser()), baseUrl);
    const page = await newPage(browser());
    await enter(page, baseUrl, 'ent-a-admin');
    await page.getByRole('menuitem', { name: '自查记录' }).click();
    const record = page.getByTestId('record-table').locator(`tr[data-row-key="${inspectionId}"]`);
    await record.getByText('已提交').waitFor(visible);

    await page.getByRole('button', { name: '上报' }).click();
    const confirm = page.locator('.ant-popconfirm');
    await confirm.getByText('上报后记录将锁定').waitFor(visible);
    await snapshot(page, 'enterprise-report-confirm');
    await confirm.getByRole('button', { name: /上\s*报/ }).click();
    await page.getByText(/^已上报 \d+ 条自查记录$/).waitFor(visible);
    await record.getByText('已上报').waitFor(visible);
    await snapshot(page, 'enterprise-reported');
    // The server keeps it reported, so it is locked and regulators see it.
    expect(await call<{ status: string }>('GET', `/inspections/${inspectionId}`)).toMatchObject({
      status: 'reported',
    });
  });
});
