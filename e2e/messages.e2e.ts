import type { NoticeSentView } from '@ancha/contracts';
import type { Locator } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { asUser } from './support/api.ts';
import { newPage, phone, snapshot, useBrowser } from './support/browser.ts';
import { visible } from './support/field.ts';
import { enter } from './support/journeys.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const run = Date.now().toString(36).slice(-4);

/** The number in an accessible label such as “公告通知，2 条未读”. */
async function unreadIn(control: Locator): Promise<number> {
  const label = (await control.getAttribute('aria-label')) ?? '';
  const match = /(\d+) 条未读/.exec(label);
  if (!match) throw new Error(`no unread count in “${label}”`);
  return Number(match[1]);
}

/** gov-110102 writes to the enterprises of 西长安街街道 (enterprise A's street, not B's). */
function sendNotice(title: string) {
  return asUser(browser(), baseUrl, 'gov-110102', (call) =>
    call<NoticeSentView>('POST', '/notices', {
      title,
      bodyHtml: '<p>请各单位于本月底前完成<strong>冬季消防安全</strong>自查，并在系统中上报。</p>',
      attachmentIds: [],
      audience: { regionCodes: ['110102001'], industries: [], enterpriseIds: [] },
    }),
  );
}

function waitForCount(control: Locator, count: number) {
  return expect.poll(() => unreadIn(control), { timeout: 20_000 }).toBe(count);
}

// The browser acceptance point (G7): unread badge → open → read, on desktop and phone.
describe('未读公告通知 (G7)', () => {
  it('on the console: the header badge counts it, opening it reads it, and the badge goes down', async () => {
    const title = `关于开展冬季消防安全自查的通知${run}`;
    const admin = await newPage(browser());
    await enter(admin, baseUrl, 'ent-a-admin');
    const badge = admin.getByTestId('unread-notices');
    await badge.waitFor(visible);
    const before = await unreadIn(badge);
    await sendNotice(title);
    await admin.reload();
    await waitForCount(badge, before + 1);
    await admin
      .getByTestId('home-unread')
      .getByText(`您有 ${before + 1} 条未读公告通知`)
      .waitFor(visible);
    await snapshot(admin, 'messages-desktop-badge');

    await badge.click();
    const inbox = admin.getByTestId('notice-inbox');
    await inbox.getByText(title).click(visible);
    await admin.getByText('冬季消防安全').first().waitFor(visible);
    await snapshot(admin, 'messages-desktop-open');
    await waitForCount(badge, before);
  });

  it('on the phone: the bell counts it, the row says 未读 until it is opened', async () => {
    const title = `关于做好雨雪天气安全防范的通知${run}`;
    const page = await newPage(browser(), phone);
    await enter(page, baseUrl, 'ent-a-insp1');
    const bell = page.getByTestId('messages-bell');
    await bell.waitFor(visible);
    const before = await unreadIn(bell);
    await sendNotice(title);
    await page.reload();
    await waitForCount(bell, before + 1);
    await bell.click();
    const row = page.getByTestId('notice-row').filter({ hasText: title });
    await row.waitFor(visible);
    expect(await row.getAttribute('data-unread')).toBe('true');
    await snapshot(page, 'messages-phone-inbox');

    await row.click();
    await page.getByTestId('notice-detail').getByText('冬季消防安全').waitFor(visible);
    await snapshot(page, 'messages-phone-notice');
    await page.getByText('返回', { exact: true }).click();
    await expect
      .poll(() => page.getByTestId('notice-row').filter({ hasText: title }).getAttribute('data-unread'), {
        timeout: 20_000,
      })
      .toBe('false');
    // Back out of 消息: the bell on the phone's frame has one unread fewer.
    await page.getByText('返回', { exact: true }).click();
    await waitForCount(bell, before);
    await snapshot(page, 'messages-phone-after');
  }, 90_000);

  it('系统提醒 on the console: the district office opens the job’s major-hazard reminder', async () => {
    const office = await newPage(browser());
    await enter(office, baseUrl, 'gov-110102');
    const badge = office.getByTestId('unread-reminders');
    await badge.waitFor(visible);
    // The demo's major hazards were proposed at the first start; the job told the district at once.
    await expect.poll(() => unreadIn(badge), { timeout: 20_000 }).toBeGreaterThan(0);
    const before = await unreadIn(badge);
    await badge.click();
    const list = office.getByTestId('reminder-list');
    const first = list.getByRole('button', { name: /重大隐患/ }).first();
    await first.click(visible);
    await office.locator('.ant-modal').getByText('前往处理').waitFor(visible);
    await snapshot(office, 'messages-desktop-reminder');
    await waitForCount(badge, before - 1);
  });

  it('does not reach enterprise B, in another street', async () => {
    const page = await newPage(browser(), phone);
    await enter(page, baseUrl, 'ent-b-insp1');
    await page.getByTestId('messages-bell').click(visible);
    // The list has loaded (rows, or its empty text) before it is searched for the notice.
    await page.getByText('暂无公告通知').or(page.getByTestId('notice-row').first()).waitFor(visible);
    expect(await page.getByTestId('notice-row').filter({ hasText: run }).count()).toBe(0);
  });
});
