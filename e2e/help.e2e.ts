import fs from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { newPage, snapshot, useBrowser } from './support/browser.ts';
import { visible } from './support/field.ts';
import { enter } from './support/journeys.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const run = Date.now() % 100000;
const title = `北京市安全生产条例 ${run}`;
const keyword = `隐患排查治理${run}`;
const bold = '生产经营单位是本单位安全生产的责任主体';
const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');

// 帮助中心 (G7) on the console, a step per test: the platform admin adds a 政策法规 page with bold
// text and an attachment; an enterprise admin finds it by a word of its body and downloads the file.
describe('帮助中心 (G7)', () => {
  it('lets the platform admin add a 政策法规 page with bold text and an attachment', async () => {
    const page = await newPage(browser());
    await enter(page, baseUrl, 'admin');
    await page.getByRole('menuitem', { name: '帮助中心' }).click();
    await page.getByRole('tab', { name: '政策法规' }).click();
    // The tab's own list first: 新增 takes the category shown when it is clicked.
    await page.getByRole('link', { name: '中华人民共和国安全生产法' }).waitFor(visible);
    await page.getByRole('button', { name: '新增' }).click();
    const dialog = page.getByRole('dialog', { name: '新增内容' });
    await dialog.waitFor(visible);

    // Empty, the form names what is missing before anything is sent.
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.getByText('请填写标题').waitFor(visible);
    await dialog.getByText('请填写正文').waitFor(visible);

    await dialog.getByLabel('标题', { exact: true }).fill(title);
    await dialog.getByRole('textbox', { name: '正文' }).click();
    await dialog.getByRole('button', { name: '加粗' }).click();
    await page.keyboard.type(bold);
    await dialog.getByRole('button', { name: '加粗' }).click();
    await page.keyboard.type(`，应当建立健全${keyword}制度。`);
    await dialog.getByLabel('来源或发布单位').fill('北京市人民代表大会常务委员会');
    await dialog.locator('input[type=file]').setInputFiles({
      name: '北京市安全生产条例.pdf',
      mimeType: 'application/pdf',
      buffer: pdf,
    });
    await dialog.getByRole('link', { name: '北京市安全生产条例.pdf' }).waitFor(visible);
    await snapshot(page, 'help-add-form');

    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('已保存').waitFor(visible);
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('link', { name: title }).click();
    await page.locator('.rich-text strong', { hasText: bold }).waitFor(visible);
    await snapshot(page, 'help-admin-detail');
    await page.context().close();
  });

  it('lets an enterprise admin find the page by a word of its body and download the attachment', async () => {
    const page = await newPage(browser());
    await enter(page, baseUrl, 'ent-a-admin');
    await page.getByRole('menuitem', { name: '帮助中心' }).click();
    // The shipped help opens first, in file order.
    await page.getByRole('link', { name: '登录与首页' }).waitFor(visible);
    await snapshot(page, 'help-online-help');
    expect(await page.getByRole('button', { name: '新增' }).count()).toBe(0);

    await page.getByRole('tab', { name: '政策法规' }).click();
    await page.getByRole('link', { name: '中华人民共和国安全生产法' }).waitFor(visible);
    await page.getByRole('searchbox', { name: '搜索标题或正文' }).fill(keyword);
    await page.getByRole('button', { name: '搜索' }).click();
    // The new page is also in the unfiltered list: the search shows once the law has gone.
    await page.getByRole('link', { name: '中华人民共和国安全生产法' }).waitFor({ state: 'hidden' });
    await page.getByRole('link', { name: title }).waitFor(visible);
    expect(await page.getByRole('listitem').count()).toBe(1);
    await snapshot(page, 'help-search');

    await page.getByRole('link', { name: title }).click();
    await page.locator('.rich-text strong', { hasText: bold }).waitFor(visible);
    expect(await page.getByRole('button', { name: '编辑' }).count()).toBe(0);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /北京市安全生产条例\.pdf/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('北京市安全生产条例.pdf');
    expect(fs.readFileSync(await download.path())).toEqual(pdf);
    await snapshot(page, 'help-enterprise-detail');
    await page.context().close();
  });
});
