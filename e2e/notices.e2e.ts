import { describe, expect, inject, it } from 'vitest';
import { newPage, snapshot, useBrowser } from './support/browser.ts';
import { visible } from './support/field.ts';
import { enter } from './support/journeys.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const title = `关于做好冬季防火工作的通知 ${Date.now() % 100000}`;
const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');

// 公告通知 (G7) on the console, a step per test: 西城区安委办 sends a notice to 西长安街街道,
// ent-a-admin finds it 未读 and opens it, and the office's receipt then shows enterprise A 已读.
describe('公告通知 (G7)', () => {
  it('lets 西城区安委办 send a notice with an attachment to 西长安街街道’s enterprises', async () => {
    const page = await newPage(browser());
    await enter(page, baseUrl, 'gov-110102');
    await page.getByRole('menuitem', { name: '公告通知' }).click();
    await page.getByRole('button', { name: '发布通知' }).click();
    const dialog = page.getByRole('dialog', { name: '发布通知' });
    await dialog.waitFor(visible);

    // Empty, the form names what is missing before anything is sent.
    await dialog.getByRole('button', { name: /发\s*布/ }).click();
    await dialog.getByText('请填写标题').waitFor(visible);
    await dialog.getByText('请填写正文').waitFor(visible);

    await dialog.getByRole('textbox', { name: '标题' }).fill(title);
    await dialog.getByRole('textbox', { name: '正文' }).click();
    await page.keyboard.type('请各企业于本月底前完成电气线路和消防设施的全面检查。');
    await dialog.locator('input[type=file]').setInputFiles({
      name: '冬季防火检查表.pdf',
      mimeType: 'application/pdf',
      buffer: pdf,
    });
    await dialog.getByText('冬季防火检查表.pdf').waitFor(visible);
    await dialog.getByRole('combobox', { name: '区域' }).click();
    await page.locator('.ant-select-item-option[title="西长安街街道"]').click();
    await dialog.getByRole('textbox', { name: '标题' }).click(); // closes the region list
    await snapshot(page, 'notices-send-form');

    await dialog.getByRole('button', { name: /发\s*布/ }).click();
    await page.getByText('通知已发布，共 1 家企业接收').waitFor(visible);
    await dialog.waitFor({ state: 'hidden' });
    const row = page.getByRole('row').filter({ hasText: title });
    await row.getByText('已读 0 / 共 1').waitFor(visible);
    await snapshot(page, 'notices-sent-list');
    await page.context().close();
  });

  it('shows ent-a-admin the notice under 未读; opened, it moves to 已读', async () => {
    const page = await newPage(browser());
    await enter(page, baseUrl, 'ent-a-admin');
    await page.getByRole('menuitem', { name: '公告通知' }).click();
    const inbox = page.getByTestId('notice-inbox');
    await inbox.getByRole('button', { name: title }).waitFor(visible);
    await page.locator('.ant-spin-spinning').waitFor({ state: 'detached' });
    await snapshot(page, 'notices-inbox-unread');

    await inbox.getByRole('button', { name: title }).click();
    const detail = page.getByTestId('notice-detail');
    await detail.getByText('请各企业于本月底前完成电气线路和消防设施的全面检查。').waitFor(visible);
    await detail.getByText('西城区安委办').waitFor(visible);
    await detail.getByRole('link', { name: /冬季防火检查表\.pdf/ }).waitFor(visible);
    await snapshot(page, 'notices-detail');
    await page.getByRole('button', { name: 'Close' }).or(page.locator('.ant-drawer-close')).first().click();
    await detail.waitFor({ state: 'hidden' });

    await inbox.getByRole('button', { name: title }).waitFor({ state: 'detached' });
    await page.getByRole('tab', { name: '已读' }).click();
    await page.getByTestId('notice-inbox').getByRole('button', { name: title }).waitFor(visible);
    await page.locator('.ant-spin-spinning').waitFor({ state: 'detached' });
    await page.waitForTimeout(500); // the table's loading blur fades out: for the picture only
    await snapshot(page, 'notices-inbox-read');
    await page.context().close();
  });

  it('shows 西城区安委办 enterprise A as 已读 in the receipts, by 刘明', async () => {
    const page = await newPage(browser());
    await enter(page, baseUrl, 'gov-110102');
    await page.getByRole('menuitem', { name: '公告通知' }).click();
    const row = page.getByRole('row').filter({ hasText: title });
    await row.getByText('已读 1 / 共 1').waitFor(visible);
    await row.getByRole('button', { name: `阅读回执 ${title}` }).click();
    const receipts = page.getByTestId('notice-receipts');
    const a = receipts.getByRole('row').filter({ hasText: '北京安查示范电力运维有限公司（演示）' });
    await a.getByText('已读', { exact: true }).waitFor(visible);
    await a.getByText('刘明').waitFor(visible);
    await a.getByText('西长安街街道').waitFor(visible);
    await receipts.getByText('未读', { exact: true }).click();
    await receipts.getByText('没有符合条件的企业').waitFor(visible);
    expect(await receipts.getByText('北京安查示范电力运维有限公司（演示）').count()).toBe(0);
    await receipts.getByText('全部', { exact: true }).click();
    await a.waitFor(visible);
    await snapshot(page, 'notices-receipts');
    const href = await page.getByRole('link', { name: /导\s*出/ }).getAttribute('href');
    expect(href).toMatch(/\/api\/v1\/notices\/[0-9a-f-]+\/receipts\.xlsx\?status=all$/);
    await page.context().close();
  });
});
