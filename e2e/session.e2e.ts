import type { MeResponse } from '@ancha/contracts';
import { describe, expect, inject, it } from 'vitest';
import { newPage, phone, snapshot, useBrowser } from './support/browser.ts';
import { enter, submitSignIn } from './support/journeys.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('the session', () => {
  it('shows the disclaimer at first entry only, and records it', async () => {
    const page = await newPage(browser());
    await submitSignIn(page, baseUrl, 'ent-b-admin');
    const disclaimer = page.getByTestId('disclaimer');
    await disclaimer.waitFor();
    await expect(disclaimer.textContent()).resolves.toContain('安全生产事故隐患排查是生产经营单位的法定职责');
    await snapshot(page, 'disclaimer');
    await page.getByRole('button', { name: '我已知晓' }).click();
    await page.getByTestId('console-layout').waitFor();
    const me = (await page.evaluate(async () => (await fetch('/api/v1/me')).json())) as MeResponse;
    expect(me.user.disclaimerAcceptedAt).toMatch(/^\d{4}-/);
    await page.reload();
    await page.getByTestId('console-layout').waitFor();
    expect(await disclaimer.isVisible()).toBe(false);
  });

  it('signs out from the console, after which the console asks for sign-in again', async () => {
    const page = await newPage(browser());
    await enter(page, baseUrl, 'gov-110108');
    await page.getByTestId('console-layout').waitFor();
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForURL(/\/sign-in/);
    await page.goto(`${baseUrl}/console`);
    await page.waitForURL(/\/sign-in/);
  });

  it('signs out from the phone pages', async () => {
    const page = await newPage(browser(), phone);
    await enter(page, baseUrl, 'ent-a-insp1');
    await page.getByTestId('mobile-layout').waitFor();
    await page.getByRole('button', { name: '退出' }).click();
    await page.waitForURL(/\/sign-in/);
    await page.goto(`${baseUrl}/m/inspect`);
    await page.waitForURL(/\/sign-in/);
  });

  it('makes a new account choose its own password before anything else', async () => {
    const admin = await newPage(browser());
    await enter(admin, baseUrl, 'admin');
    const created = await admin.evaluate(async () => {
      const csrf = document.cookie.match(/ancha_csrf=([^;]+)/)?.[1] ?? '';
      const res = await fetch('/api/v1/users', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
        body: JSON.stringify({
          username: 'ent-a-insp9',
          displayName: '周敏',
          role: 'ent_inspector',
          enterpriseId: (
            (await (await fetch('/api/v1/enterprises?keyword=电力运维')).json()) as {
              items: { id: string }[];
            }
          ).items[0]?.id,
          initialPassword: 'Temp#2026pass',
        }),
      });
      return res.status;
    });
    expect(created).toBe(201);

    const page = await newPage(browser(), phone);
    await submitSignIn(page, baseUrl, 'ent-a-insp9', 'Temp#2026pass');
    await page.waitForURL(/\/change-password/);
    await snapshot(page, 'change-password');
    await page.getByLabel('原密码').fill('Temp#2026pass');
    await page.getByLabel('新密码', { exact: true }).fill('weak');
    await page.getByLabel('确认新密码').fill('weak');
    await page.getByRole('button', { name: /确\s*定|保\s*存|修改密码|提\s*交/ }).click();
    await page.getByText('密码至少 8 位').first().waitFor();
    await page.getByLabel('新密码', { exact: true }).fill('Zhou#min2026');
    await page.getByLabel('确认新密码').fill('Zhou#min2026');
    await page.getByRole('button', { name: /确\s*定|保\s*存|修改密码|提\s*交/ }).click();
    await page.getByTestId('disclaimer').waitFor();
    await page.getByRole('button', { name: '我已知晓' }).click();
    await page.getByTestId('mobile-layout').waitFor();

    // The initial password is gone; the chosen one works.
    const again = await newPage(browser(), phone);
    await submitSignIn(again, baseUrl, 'ent-a-insp9', 'Temp#2026pass');
    await again.getByRole('alert').filter({ hasText: '用户名或密码错误' }).waitFor();
    await submitSignIn(again, baseUrl, 'ent-a-insp9', 'Zhou#min2026');
    await again.getByTestId('mobile-layout').waitFor();
  });
});
