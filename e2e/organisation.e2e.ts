import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { newPage, snapshot, useBrowser } from './support/browser.ts';
import { visible } from './support/field.ts';
import { enter } from './support/journeys.ts';
import { addDepartment, addPost } from './support/organisation.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

// Other browser tests share this server and may set up enterprise A too: names are unique to
// this run, and the 信息完备率 is compared between the enterprise and its regulator, not fixed.
const run = Date.now().toString(36).slice(-5);
const DEPT = `设备部${run}`;
const POST = `巡检岗${run}`;
const ENTERPRISE = '北京安查示范电力运维有限公司';

async function sheet(rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('岗位清单');
  ws.addRow(['部门', '岗位', '上报频次', '检查项编号']);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function choose(page: Page, button: string, file: { name: string; mimeType: string; buffer: Buffer }) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles(file);
}

async function rateOn(page: Page): Promise<string> {
  const rate = page.getByTestId('org-completeness-rate');
  await rate.waitFor(visible);
  return (await rate.textContent()) ?? '';
}

describe('部门管理、岗位管理 and the 信息完备率 (E9)', () => {
  it('sets up a department and a weekly post with its duty document, refuses a bad import, and shows the rate to the regulator', async () => {
    const admin = await newPage(browser());
    await enter(admin, baseUrl, 'ent-a-admin');

    await addDepartment(admin, DEPT);
    await snapshot(admin, 'organisation-departments');

    await addPost(admin, DEPT, POST, '每周');
    const row = admin.locator('tr', { hasText: POST });
    await row.getByText('未上传').waitFor(visible);

    const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
    await choose(admin, `上传岗位责任制 ${POST}`, {
      name: '巡检岗责任制.pdf',
      mimeType: 'application/pdf',
      buffer: pdf,
    });
    await row.getByTestId('responsibility-link').getByText('巡检岗责任制.pdf').waitFor(visible);
    await snapshot(admin, 'organisation-posts');

    // A file naming a department that does not exist is refused row by row, and nothing changes.
    const bad = await sheet([
      [DEPT, POST, '每日', '1.1.1'],
      [`不存在的部门${run}`, POST, '', '1.1.1'],
    ]);
    await choose(admin, '导入岗位清单', {
      name: '岗位清单.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: bad,
    });
    const problems = admin.getByTestId('post-import-problems');
    await problems.getByText(`第 3 行：公司不存在'不存在的部门${run}'部门`).waitFor(visible);
    await problems.getByText('第 3 行 · 部门').waitFor(visible);
    await snapshot(admin, 'organisation-import-refused');
    await problems.getByRole('button', { name: '知道了' }).click();
    await row.getByText('每周').waitFor(visible);
    await row.getByText('0 项').waitFor(visible);

    // The home page's card names what is still missing: this post has no checklist yet.
    await admin.getByRole('menuitem', { name: '首页' }).click();
    const card = admin.getByTestId('org-completeness');
    await card.getByText(`岗位“${POST}”没有岗位清单`).waitFor(visible);
    await card.getByText('部门信息的建立（25%）').waitFor(visible);
    const own = await rateOn(admin);
    expect(own).toMatch(/^\d+%$/);
    expect(Number.parseInt(own, 10)).toBeLessThan(100);
    await snapshot(admin, 'organisation-completeness');

    const regulator = await newPage(browser());
    await enter(regulator, baseUrl, 'gov-110102001');
    await regulator.getByRole('menuitem', { name: '企业管理' }).click();
    await regulator.getByTestId('registry-table').waitFor(visible);
    const search = regulator.getByLabel('搜索企业');
    await search.fill('电力运维');
    await search.press('Enter');
    await regulator.getByRole('button', { name: new RegExp(`^查看 ${ENTERPRISE}`) }).click();
    const drawer = regulator.getByTestId('enterprise-drawer');
    await drawer.waitFor(visible);
    expect(await rateOn(regulator)).toBe(own);
    await drawer.getByText(`岗位“${POST}”没有岗位清单`).waitFor(visible);
    await snapshot(regulator, 'organisation-regulator');
  });
});
