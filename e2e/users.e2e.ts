import { randomUUID } from 'node:crypto';
import type {
  AnswerInput,
  CatalogDetail,
  HazardView,
  MeResponse,
  SiteView,
  UserSummary,
} from '@ancha/contracts';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { apiCaller } from './support/api.ts';
import { newPage, phone, snapshot, useBrowser } from './support/browser.ts';
import { visible } from './support/field.ts';
import { enter, submitSignIn } from './support/journeys.ts';

// E10 in the browser: 角色授权 without 隐患整改 takes 去处置 away from the phone and the API,
// 用户授权 gives it back, and 重置密码 makes the user set a new password at sign-in. The user
// is made here, so the demo accounts other browser tests use stay as they were.

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const username = `e2e-role-${Date.now().toString(36)}`;
const displayName = '角色测试员';
const firstPassword = 'First#2026ab';
const ownPassword = 'Own#2026abcd';

/** The API status of one call made with the page's own session. */
function status(page: Page, method: string, path: string, data?: unknown): Promise<number> {
  return page.evaluate(
    async ([m, p, d]) => {
      const csrf = document.cookie.match(/ancha_csrf=([^;]+)/)?.[1] ?? '';
      const res = await fetch(`/api/v1${p}`, {
        method: m as string,
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
        ...(d === undefined ? {} : { body: JSON.stringify(d) }),
      });
      return res.status;
    },
    [method, path, data] as const,
  );
}

/** Sets a new password on the forced 修改密码 page, then acknowledges the disclaimer if asked. */
async function setOwnPassword(page: Page, current: string, next: string) {
  await page.waitForURL(/\/change-password/, visible);
  await page.getByLabel('原密码').fill(current);
  await page.getByLabel('新密码', { exact: true }).fill(next);
  await page.getByLabel('确认新密码').fill(next);
  await page.getByRole('button', { name: /确\s*定|保\s*存|修改密码|提\s*交/ }).click();
  const disclaimer = page.getByTestId('disclaimer');
  await disclaimer.or(page.getByTestId('mobile-layout')).first().waitFor(visible);
  if (await disclaimer.isVisible()) await page.getByRole('button', { name: '我已知晓' }).click();
  await page.getByTestId('mobile-layout').waitFor(visible);
}

describe('users and roles inside an enterprise (E10)', () => {
  it('takes 去处置 away with a role, gives it back by 用户授权, and forces a new password after a reset', async () => {
    // 1. ent-a-admin creates the inspector in 用户管理.
    const admin = await newPage(browser());
    await enter(admin, baseUrl, 'ent-a-admin');
    await admin.goto(`${baseUrl}/console/users`);
    await admin.getByRole('button', { name: /新增用户/ }).click();
    const form = admin.getByRole('dialog');
    await form.getByLabel('用户名').fill(username);
    await form.getByLabel('姓名').fill(displayName);
    await form.getByLabel('初始密码').fill(firstPassword);
    await form.getByRole('button', { name: /保\s*存/ }).click();
    await form.waitFor({ state: 'hidden', ...visible });
    const row = admin.getByRole('row', { name: new RegExp(username) });
    await row.waitFor(visible);
    expect(await row.textContent()).toContain('默认权限');

    // The admin gives the user a site of its own; the user signs in, sets its password and finds a hazard.
    const call = await apiCaller(admin, baseUrl);
    const users = await call<{ items: UserSummary[] }>('GET', '/users?limit=100');
    const userId = users.items.find((u) => u.username === username)!.id;
    const office = (await call<{ items: SiteView[] }>('GET', '/sites')).items.find(
      (s) => s.name === '办公区域',
    )!;
    const power = office.catalogs.find((c) => c.industryCode === 'power')!;
    await call('POST', '/sites', {
      name: `角色测试场所 ${username}`,
      streetCode: office.streetCode,
      address: '',
      inspectorUserId: userId,
      inspectorPhone: '13800000125',
      inspectorIdNumber: '110102199001011233',
      catalogIds: [power.id],
    });
    const insp = await newPage(browser(), phone);
    await submitSignIn(insp, baseUrl, username, firstPassword);
    await setOwnPassword(insp, firstPassword, ownPassword);
    const hazardId = await findHazard(insp);

    // 2. A role without 隐患整改, in 角色管理.
    await admin.goto(`${baseUrl}/console/roles`);
    await admin.getByRole('button', { name: /新增角色/ }).click();
    const roleForm = admin.getByRole('dialog');
    await roleForm.getByLabel('角色名称').fill(`只排查 ${username.slice(-4)}`);
    const tree = roleForm.getByRole('group', { name: '角色授权' });
    for (const name of ['隐患排查（填报自查）', '自查记录', '隐患记录']) {
      const box = tree.getByRole('checkbox', { name });
      await box.click();
      await expect.poll(() => box.getAttribute('aria-checked')).toBe('true');
    }
    await snapshot(admin, 'roles-form');
    await roleForm.getByRole('button', { name: /保\s*存/ }).click();
    await roleForm.waitFor({ state: 'hidden', ...visible });

    // … assigned to the user in 用户管理.
    await admin.goto(`${baseUrl}/console/users`);
    await admin
      .getByRole('row', { name: new RegExp(username) })
      .getByRole('button', { name: /编\s*辑/ })
      .click();
    const edit = admin.getByRole('dialog');
    await edit.getByLabel('角色', { exact: true }).click();
    await admin.locator(`.ant-select-item-option[title="只排查 ${username.slice(-4)}"]`).click();
    await edit.getByRole('button', { name: /保\s*存/ }).click();
    await edit.waitFor({ state: 'hidden', ...visible });
    await admin.getByRole('row', { name: new RegExp(`${username}.*只排查`) }).waitFor(visible);

    // 3. The phone shows no 去处置 form, and the server refuses it.
    await insp.goto(`${baseUrl}/m/hazards/${hazardId}`);
    await insp.getByTestId('hazard-detail').waitFor(visible);
    await insp.getByTestId('hazard-history').waitFor(visible);
    expect(await insp.getByRole('form', { name: '填报整改情况' }).count()).toBe(0);
    await snapshot(insp, 'users-no-rectify');
    const body = { note: '已清理', result: '通道畅通', spentFen: 0 };
    expect(await status(insp, 'POST', `/hazards/${hazardId}/rectification`, body)).toBe(403);

    // 4. 用户授权: 隐患整改 granted to the user itself; the form is back.
    await admin
      .getByRole('row', { name: new RegExp(username) })
      .getByRole('button', { name: /授\s*权/ })
      .click();
    const grant = admin.getByRole('dialog');
    const rectify = grant.getByRole('checkbox', { name: /隐患整改/ });
    await expect
      .poll(() => grant.getByRole('checkbox', { name: /隐患记录/ }).getAttribute('aria-disabled'))
      .toBe('true');
    await rectify.click();
    await expect.poll(() => rectify.getAttribute('aria-checked')).toBe('true');
    await snapshot(admin, 'users-grant');
    await grant.getByRole('button', { name: /保存授权/ }).click();
    await grant.waitFor({ state: 'hidden', ...visible });
    await insp.reload();
    await insp.getByRole('form', { name: '填报整改情况' }).waitFor(visible);
    const me = (await insp.evaluate(async () => (await fetch('/api/v1/me')).json())) as MeResponse;
    expect(me.user.permissions).toContain('hazard.rectify');

    // 5. 重置密码: the temporary password is shown once; the user must set a new one at sign-in.
    await admin
      .getByRole('row', { name: new RegExp(username) })
      .getByRole('button', { name: /重置密码/ })
      .click();
    await admin.getByRole('button', { name: /确\s*定|O\s*K/ }).click();
    const shown = admin.getByTestId('temporary-password');
    await shown.waitFor(visible);
    const temporary = ((await shown.textContent()) ?? '').trim();
    expect(temporary).toMatch(/^\S{14}$/);
    await snapshot(admin, 'users-reset');
    await admin.getByRole('button', { name: '我已记下' }).click();

    expect(await status(insp, 'GET', '/me')).toBe(401);
    await submitSignIn(insp, baseUrl, username, ownPassword);
    await insp.getByRole('alert').filter({ hasText: '用户名或密码错误' }).waitFor(visible);
    await submitSignIn(insp, baseUrl, username, temporary);
    await setOwnPassword(insp, temporary, 'Next#2026abcd');
  });
});

/** The user's inspection of its site with one 限期整改 hazard, through the API; the hazard's id. */
async function findHazard(page: Page): Promise<string> {
  const call = await apiCaller(page, baseUrl);
  const site = (await call<{ items: SiteView[] }>('GET', '/sites')).items[0]!;
  const catalogId = site.catalogs[0]!.id;
  const catalog = await call<CatalogDetail>('GET', `/catalogs/${catalogId}`);
  const items = catalog.categories.flatMap((c) => c.children.flatMap((s) => s.items));
  const answers: AnswerInput[] = items.map((item, i) =>
    i === 0
      ? {
          itemId: item.id,
          answer: 'hazard',
          description: '配电室门口堆放杂物',
          level: 'general',
          mode: 'scheduled',
          owner: '李杰',
          measures: '清理杂物',
          fundsFen: 1000,
          deadline: '2099-12-31',
          contingency: '专人看护',
        }
      : { itemId: item.id, answer: 'clear' },
  );
  const id = randomUUID();
  await call('PUT', `/inspections/${id}`, { siteId: site.id, catalogId, acknowledged: true, answers });
  await call('POST', `/inspections/${id}/submit`);
  const pending = await call<{ items: HazardView[] }>('GET', '/hazards?status=pending');
  return pending.items.find((h) => h.inspectionId === id)!.id;
}
