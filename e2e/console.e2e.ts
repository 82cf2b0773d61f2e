import { describe, expect, inject, it } from 'vitest';
import { newPage, snapshot, useBrowser } from './support/browser.ts';
import { enter } from './support/journeys.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('the console', () => {
  it('shows Beijing’s districts and streets', async () => {
    const page = await newPage(browser());
    await enter(page, baseUrl, 'gov-110102001');
    await page.getByRole('menuitem', { name: '行政区划' }).click();
    const summary = page.getByTestId('region-summary');
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toMatch(/16[\s\S]*349/);
    await page.getByText('西长安街街道').first().waitFor();
    await snapshot(page, 'console-regions');
  });

  it('lets the platform admin check the audit chain', async () => {
    const page = await newPage(browser());
    await enter(page, baseUrl, 'admin');
    await page.getByRole('menuitem', { name: '审计日志' }).click();
    await page.getByRole('button', { name: '校验审计链' }).click();
    const result = page.getByTestId('audit-verify-result');
    await result.waitFor();
    await expect(result.textContent()).resolves.toMatch(/\d+/);
    await snapshot(page, 'console-audit');
  });

  it('says plainly which modules are not open yet', async () => {
    const page = await newPage(browser());
    await enter(page, baseUrl, 'admin');
    // 账号管理 (the platform admin's accounts page) is not built yet; until then its page says so.
    await page.getByRole('menuitem', { name: '账号管理' }).click();
    await page.getByText('尚未开放').first().waitFor();
    await snapshot(page, 'console-not-open');
  });
});
