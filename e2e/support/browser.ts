import fs from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
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

/**
 * Checks a radio or checkbox. A click that lands while an antd modal is still zooming in can be
 * lost (CI saw "Clicking the checkbox did not change its state"), so it tries again a few times;
 * the control must end up checked or the test fails.
 */
export async function choose(control: Locator, attempts = 4): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await control.check({ timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt >= attempts) throw error;
      await control.page().waitForTimeout(400);
    }
  }
}
