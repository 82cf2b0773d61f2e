import type { Page } from 'playwright-core';

export const PASSWORD = 'Ancha@2026';

/** Fills the sign-in form as a person would and presses 登录. */
export async function submitSignIn(page: Page, baseUrl: string, username: string, password = PASSWORD) {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
}

/** Signs in and, on a first entry, acknowledges the disclaimer; returns whether it was shown. */
export async function enter(page: Page, baseUrl: string, username: string): Promise<boolean> {
  await submitSignIn(page, baseUrl, username);
  const disclaimer = page.getByTestId('disclaimer');
  const layout = page.getByTestId(/console-layout|mobile-layout/);
  await disclaimer.or(layout).first().waitFor();
  if (await disclaimer.isVisible()) {
    await page.getByRole('button', { name: '我已知晓' }).click();
    await disclaimer.waitFor({ state: 'hidden' });
    return true;
  }
  return false;
}
