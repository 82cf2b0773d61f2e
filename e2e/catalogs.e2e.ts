import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CatalogDetail, IndustryNode } from '@ancha/contracts';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { newPage, snapshot, useBrowser } from './support/browser.ts';
import { enter } from './support/journeys.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const powerCatalog = '北京市电网企业生产安全事故隐患目录';
// Pages wait for the server and for antd's first render; a slow CI machine needs room.
const visible = { timeout: 20_000 };

/** Reads through the page's own session, as the page itself would. */
async function apiGet<T>(page: Page, url: string): Promise<T> {
  const response = await page.request.get(`${baseUrl}/api/v1${url}`);
  if (!response.ok()) throw new Error(`GET ${url}: HTTP ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

async function catalogOf(page: Page, industry: string): Promise<CatalogDetail> {
  const { items } = await apiGet<{ items: IndustryNode[] }>(page, '/industries');
  const summary = items.find((node) => node.code === industry)?.catalogs[0];
  if (!summary) throw new Error(`the industry ${industry} has no catalog`);
  return apiGet<CatalogDetail>(page, `/catalogs/${summary.id}`);
}

const pdfjs = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** The text of every page of a PDF, one string per page. */
async function pdfPages(buffer: Buffer): Promise<string[]> {
  const pdf = await getDocument({
    data: new Uint8Array(buffer),
    cMapUrl: `${pathToFileURL(path.join(pdfjs, 'cmaps')).href}/`,
    cMapPacked: true,
    standardFontDataUrl: `${pathToFileURL(path.join(pdfjs, 'standard_fonts')).href}/`,
  }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  await pdf.destroy();
  return pages;
}

/**
 * Whether a PDF's text holds `expected`. PDF text breaks lines wherever the layout did, so
 * whitespace is ignored. Chromium's text layer also names some ideographs by the radical that
 * shares their glyph in Noto CJK (⾏ for 行, ⻚ for 页): NFKC folds the Kangxi radicals back, and a
 * CJK Radicals Supplement character, which NFKC leaves alone, stands for the ideograph expected.
 */
function pdfContains(pdfText: string, expected: string): boolean {
  const comparable = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');
  const pattern = [...comparable(expected)]
    .map((ch) => {
      const literal = ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return /\p{Script=Han}/u.test(ch) ? `(?:${literal}|[\u2E80-\u2EFF])` : literal;
    })
    .join('');
  return new RegExp(pattern, 'u').test(comparable(pdfText));
}

describe('hazard catalogs', () => {
  it('lets a district office browse an industry’s catalog', async () => {
    const page = await newPage(browser());
    await enter(page, baseUrl, 'gov-110102');
    await page.getByRole('menuitem', { name: '隐患目录' }).click();
    await page.getByRole('navigation', { name: '行业' }).getByRole('menuitem', { name: '电力行业' }).click();
    await page.getByRole('link', { name: powerCatalog }).waitFor(visible);
    await snapshot(page, 'catalogs-list');

    await page.getByRole('link', { name: powerCatalog }).click();
    await page.getByText('场所环境类').first().waitFor(visible);
    await page.getByText('企业事故隐患排查未登记建档。').first().waitFor(visible);
    await expect(page.getByTestId('catalog-status').textContent()).resolves.toBe('已发布');
    await snapshot(page, 'catalog-page');
  });

  it('prints a catalog as an A4 document with its title and items', async () => {
    const page = await newPage(browser());
    await enter(page, baseUrl, 'gov-110102');
    const catalog = await catalogOf(page, 'power');
    await page.goto(`${baseUrl}/print/catalogs/${catalog.id}?version=${catalog.version.version}`);
    await page.getByTestId('print-document').waitFor(visible);
    await expect(page.getByTestId('console-layout').count()).resolves.toBe(0);
    await snapshot(page, 'catalog-print');

    await page.emulateMedia({ media: 'print' });
    const pages = await pdfPages(await page.pdf({ format: 'A4', printBackground: true }));
    const text = pages.join('');
    const [first, second] = catalog.categories.flatMap((c) => c.children.flatMap((s) => s.items));
    for (const expected of [catalog.version.name, first?.text ?? '—', second?.text ?? '—']) {
      expect(pdfContains(text, expected), `the PDF lacks “${expected}”`).toBe(true);
    }
    // Page numbers come from the @page margin box; the toolbar stays off the paper.
    expect(pdfContains(pages[0] ?? '', '第 1 页'), 'the first page has no page number').toBe(true);
    expect(pdfContains(text, '打印时请选择'), 'the toolbar was printed').toBe(false);
  });

  it('lets the power department publish a new version of its own catalog only', async () => {
    const page = await newPage(browser());
    await enter(page, baseUrl, 'gov-ind-power');
    await page.getByRole('menuitem', { name: '隐患目录' }).click();
    await page.getByRole('link', { name: powerCatalog }).click();
    await page.getByRole('button', { name: '新建草稿' }).click();

    const editor = page.getByTestId('draft-editor');
    await editor.waitFor(visible);
    const firstItem = editor.locator('[data-testid^="draft-item-"]').first();
    await firstItem.getByRole('button', { name: '编辑' }).click();
    const dialog = page.getByRole('dialog');
    const textField = dialog.getByLabel('检查项内容');
    const revised = `${await textField.inputValue()}（第 2 版修订）`;
    await textField.fill(revised);
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'hidden', ...visible });
    await firstItem.getByText('（第 2 版修订）').waitFor(visible);
    await snapshot(page, 'catalog-draft-editor');

    await page.getByRole('button', { name: '发布', exact: true }).click();
    await page.getByRole('button', { name: '确认发布' }).click();
    await page.getByTestId('catalog-header').getByText('第 2 版').first().waitFor(visible);
    await expect(page.getByTestId('catalog-status').textContent()).resolves.toBe('已发布');
    await page.getByText('（第 2 版修订）').first().waitFor(visible);

    await page.getByRole('tab', { name: '版本历史' }).click();
    const history = page.getByTestId('version-history');
    await history.getByRole('row', { name: /第 2 版.*已发布/ }).waitFor(visible);
    await history.getByRole('row', { name: /第 1 版.*已停用/ }).waitFor(visible);
    await snapshot(page, 'catalog-history');

    // The heating catalog is another department's: readable and printable, never editable.
    await page.getByRole('menuitem', { name: '隐患目录' }).click();
    await page.getByRole('navigation', { name: '行业' }).getByRole('menuitem', { name: '供热行业' }).click();
    const heating = await catalogOf(page, 'heating');
    await page.getByTestId('catalog-table').getByRole('link', { name: heating.version.name }).click();
    const header = page.getByTestId('catalog-header');
    await header.getByRole('heading', { name: heating.version.name }).waitFor(visible);
    // antd renders a button with an address as a link.
    await header.getByRole('link', { name: '打印' }).waitFor(visible);
    for (const action of ['新建草稿', '导入 Excel', '编辑草稿']) {
      await expect(page.getByRole('button', { name: action }).count()).resolves.toBe(0);
    }
  });
});
