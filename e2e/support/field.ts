import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Waits for the server and antd's first render; a slow CI machine needs room. */
export const visible = { timeout: 20_000 };

/** 有隐患, 一般, 限期整改 with all five assurances, as an inspector types them on the phone. */
export async function answerScheduled(item: Locator, page: Page) {
  await item.getByRole('option', { name: '有隐患' }).click();
  await item.getByLabel('隐患描述').fill('线路通道下有违建');
  await item.getByRole('option', { name: '一般' }).click();
  await item.getByRole('option', { name: '限期整改' }).click();
  await item.getByLabel('责任人').fill('李杰');
  await item.getByLabel('整改措施').fill('拆除违建，恢复通道');
  await item.getByLabel('整改资金（元）').fill('1000.50');
  await item.getByLabel('整改截止时间').click();
  await page.getByRole('button', { name: '确定' }).click();
  await item.getByLabel('应急预案').fill('设置警示标志，安排专人看护');
}

/** 有隐患, 一般, 立即整改 with what was done. */
export async function answerImmediate(item: Locator) {
  await item.getByRole('option', { name: '有隐患' }).click();
  await item.getByLabel('隐患描述').fill('未设置隔离区');
  await item.getByRole('option', { name: '一般' }).click();
  await item.getByRole('option', { name: '立即整改' }).click();
  await item.getByLabel('采取的措施').fill('已设置隔离区和警告标志');
}

/** Opens every category and answers each item not yet answered 无隐患. */
export async function answerRestClear(page: Page) {
  await page.getByRole('button', { name: '全部展开' }).click();
  const items = page.getByTestId('inspection-item');
  await expect.poll(() => items.count()).toBeGreaterThan(2);
  const count = await items.count();
  for (let i = 0; i < count; i++) {
    const item = items.nth(i);
    if ((await item.getAttribute('data-answer')) === '')
      await item.getByRole('option', { name: '无隐患' }).click();
  }
  await expect.poll(() => page.locator('[data-testid="inspection-item"][data-answer=""]').count()).toBe(0);
}

/** The inspection's id, which the phone chose and put in the address. */
export function inspectionId(page: Page): string {
  return new URL(page.url()).pathname.split('/').at(-1) ?? '';
}

/** Reads through the page's own session, as the page itself would. */
export async function getJson<T>(page: Page, baseUrl: string, path: string): Promise<T> {
  const response = await page.request.get(`${baseUrl}/api/v1${path}`);
  if (!response.ok()) throw new Error(`GET ${path}: HTTP ${response.status()}`);
  return (await response.json()) as T;
}
