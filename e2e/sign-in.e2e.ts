import { describe, expect, inject, it } from 'vitest';
import { desktop, newPage, phone, snapshot, useBrowser } from './support/browser.ts';
import { enter, submitSignIn } from './support/journeys.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const consoleRoles = [
  { username: 'admin', menu: '审计日志', name: '平台管理员' },
  { username: 'gov-city', menu: '隐患台账', name: '北京市安委办' },
  { username: 'gov-110102', menu: '隐患台账', name: '西城区安委办' },
  { username: 'gov-110108', menu: '隐患台账', name: '海淀区安委办' },
  { username: 'gov-110102001', menu: '隐患台账', name: '西长安街街道办事处' },
  { username: 'gov-110108006', menu: '隐患台账', name: '紫竹院街道办事处' },
  { username: 'gov-ind-power', menu: '隐患台账', name: '电力行业主管部门' },
  { username: 'ent-a-admin', menu: '场所管理', name: '刘明' },
];

describe('signing in', () => {
  it('sends a signed-out visitor to the sign-in page', async () => {
    const page = await newPage(browser());
    await page.goto(`${baseUrl}/console`);
    await page.waitForURL(/\/sign-in/);
    await page.getByLabel('用户名').waitFor();
    await snapshot(page, 'sign-in-desktop');
    const mobile = await newPage(browser(), phone);
    await mobile.goto(`${baseUrl}/`);
    await mobile.waitForURL(/\/sign-in/);
    await snapshot(mobile, 'sign-in-phone');
  });

  it('lands every government and enterprise admin role in its own console', async () => {
    for (const role of consoleRoles) {
      const page = await newPage(browser(), desktop);
      await enter(page, baseUrl, role.username);
      await page.getByTestId('console-layout').waitFor();
      expect(new URL(page.url()).pathname).toMatch(/^\/console/);
      await expect(page.getByTestId('current-user').textContent()).resolves.toContain(role.name);
      await page.getByRole('menuitem', { name: role.menu }).waitFor();
      await snapshot(page, `console-${role.username}`);
      await page.context().close();
    }
  });

  it('lands every inspector in the phone pages with the three tabs', async () => {
    for (const username of ['ent-a-insp1', 'ent-a-insp2', 'ent-b-insp1']) {
      const page = await newPage(browser(), phone);
      await enter(page, baseUrl, username);
      await page.getByTestId('mobile-layout').waitFor();
      expect(new URL(page.url()).pathname).toMatch(/^\/m/);
      for (const tab of ['自查自纠', '自查记录', '隐患记录'])
        await page.getByText(tab, { exact: true }).first().waitFor();
      await snapshot(page, `mobile-${username}`);
      // An inspector sent to the console lands back on the phone pages.
      await page.goto(`${baseUrl}/console`);
      await page.waitForURL(/\/m(\/|$)/);
      await page.context().close();
    }
  });

  it('shows an error for a wrong password and stays on the sign-in page', async () => {
    const page = await newPage(browser(), phone);
    await submitSignIn(page, baseUrl, 'ent-b-insp1', 'not-the-password');
    const alert = page.getByRole('alert').filter({ hasText: '用户名或密码错误' });
    await alert.waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await snapshot(page, 'sign-in-wrong-password');
  });

  it('marks empty fields instead of sending the form', async () => {
    const page = await newPage(browser());
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByText('请输入用户名').first().waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
  });
});
