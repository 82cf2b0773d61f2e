import fs from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The system Chromium (Debian package `chromium`); flags that keep it off the network. */
export async function launch(): Promise<Browser> {
  if (!fs.existsSync(executablePath)) {
    throw new Error(
      `找不到 Chromium (${executablePath})：请先运行 apt-get install -y chromium fonts-noto-cjk`,
    );
  }
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

export const desktop = { width: 1440, height: 900 };
/** The inspector's phone (DEVELOPERS.md: inspector pages are tested at 390x844). */
export const phone = { width: 390, height: 844 };

export async function newPage(browser: Browser, viewport = desktop): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  return context.newPage();
}

const artifacts = path.join(import.meta.dirname, '..', '.artifacts');

/** Kept for people to look at after a run; never compared, so they cannot make a test pass. */
export async function snapshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
}

/** One browser per test file, closed after it. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());
  return () => {
    if (!browser) throw new Error('the browser is not launched yet');
    return browser;
  };
}
