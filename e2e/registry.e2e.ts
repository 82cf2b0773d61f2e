import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { newPage, snapshot, useBrowser } from './support/browser.ts';
import { visible } from './support/field.ts';
import { enter } from './support/journeys.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const NAME = '北京安查示范电力运维有限公司（演示）';
const RENAMED = '北京安查示范电力运维有限公司（更正）';

async function openRegistry(page: Page, username: string) {
  await enter(page, baseUrl, username);
  await page.getByRole('menuitem', { name: '企业管理' }).click();
  await page.getByRole('heading', { name: '企业信息' }).waitFor(visible);
  await page.getByTestId('registry-table').waitFor(visible);
}

async function searchFor(page: Page, keyword: string) {
  const box = page.getByLabel('搜索企业');
  await box.fill(keyword);
  await box.press('Enter');
}

/** Puts enterprise A's name back through the API: other browser tests share this server. */
async function rename(page: Page, id: string, name: string) {
  const csrf = (await page.context().cookies()).find((c) => c.name === 'ancha_csrf')?.value ?? '';
  const res = await page.request.put(`${baseUrl}/api/v1/enterprises/${id}/fixed`, {
    headers: { 'X-CSRF-Token': csrf },
    data: { name, uscc: '91110102MA01ANCH08', streetCode: '110102001', industries: ['power'] },
  });
  expect(res.status()).toBe(200);
}

describe('企业信息 for regulators', () => {
  it('lets the district find enterprise A, see its sites and correct its name', async () => {
    const page = await newPage(browser());
    await openRegistry(page, 'gov-110102');
    await searchFor(page, '电力运维');
    const table = page.getByTestId('registry-table');
    await table.getByText(NAME).waitFor(visible);
    await table.getByText('100%').waitFor(visible);
    await snapshot(page, 'registry-list');

    await page.getByRole('button', { name: `查看 ${NAME}` }).click();
    const drawer = page.getByTestId('enterprise-drawer');
    await drawer.waitFor(visible);
    await snapshot(page, 'registry-drawer');
    await drawer.getByText('91110102MA01ANCH08').first().waitFor(visible);
    await drawer.getByRole('tab', { name: '场所' }).click();
    await drawer.getByTestId('registry-sites').getByText('办公区域').waitFor(visible);
    await snapshot(page, 'registry-sites');
    const id = new URL(page.url()).searchParams.get('id') ?? '';
    expect(id).not.toBe('');

    try {
      await page.getByRole('button', { name: '修改固定信息' }).click();
      const dialog = page.locator('.ant-modal');
      const name = dialog.getByLabel('生产经营单位名称');
      await name.fill(RENAMED);
      // The contract's USCC check runs in the form: a wrong check character is refused there.
      const uscc = dialog.getByLabel('统一社会信用代码');
      await uscc.fill('91110102MA01ANCH09');
      await dialog.getByRole('button', { name: /保\s*存/ }).click();
      await dialog.getByText('统一社会信用代码不正确').waitFor(visible);
      await uscc.fill('91110102MA01ANCH08');
      await snapshot(page, 'registry-fixed-form');
      await dialog.getByRole('button', { name: /保\s*存/ }).click();
      await dialog.waitFor({ state: 'hidden', timeout: 20_000 });
      await page.locator('.ant-drawer-title').getByText(RENAMED).waitFor(visible);
      await page.keyboard.press('Escape');
      await table.getByText(RENAMED).waitFor(visible);
      await snapshot(page, 'registry-renamed');
    } finally {
      await rename(page, id, NAME);
    }
  });

  it('does not show enterprise A to a street office of another district', async () => {
    const page = await newPage(browser());
    await openRegistry(page, 'gov-110108006');
    await page.getByTestId('registry-table').getByText('北京安查示范物流有限公司（演示）').waitFor(visible);
    await searchFor(page, '电力运维');
    await page.getByText('没有符合条件的企业').waitFor(visible);
    expect(await page.getByText(NAME).count()).toBe(0);
    await snapshot(page, 'registry-other-street');
  });
});
