import { describe, inject, it } from 'vitest';
import { choose, newPage, snapshot, useBrowser } from './support/browser.ts';
import { enter } from './support/journeys.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

// Pages wait for the server and for antd's first render; a slow CI machine needs room.
const visible = { timeout: 20_000 };
// A 1×1 PNG, enough for the browser to decode and compress it.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

describe('单位基本信息', () => {
  it('lets the enterprise admin complete the profile, add an image and a person', async () => {
    const page = await newPage(browser());
    await enter(page, baseUrl, 'ent-a-admin');
    await page.getByRole('menuitem', { name: '单位基本信息' }).click();
    await page.getByRole('heading', { name: '单位基本信息' }).waitFor(visible);
    await page.getByRole('tab', { name: '企业基本信息' }).waitFor(visible);
    // The demo's fixed fields and its filled-in profile.
    await page.getByText('91110102MA01ANCH08').waitFor(visible);
    await page.getByText('安全生产管理部').waitFor(visible);

    await page.getByRole('button', { name: '信息修改' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('固定信息如有错误请联系属地或行业监管部门修改').waitFor(visible);
    const legal = dialog.getByLabel('法定代表人', { exact: true });
    await legal.fill('');
    await dialog.getByRole('button', { name: '提交' }).click();
    await dialog.getByText('请填写法定代表人').waitFor(visible);
    // 有 opens the follow-up, which is then required.
    await choose(dialog.getByRole('radio', { name: '有' }));
    await dialog.getByLabel('重大危险源数量').waitFor(visible);
    await choose(dialog.getByRole('radio', { name: '无' }));
    await snapshot(page, 'profile-form');
    await legal.fill('赵刚');
    await dialog.getByRole('button', { name: '提交' }).click();
    await dialog.waitFor({ state: 'hidden', ...visible });

    await page.reload();
    await page.getByRole('cell', { name: '赵刚', exact: true }).waitFor(visible);
    await snapshot(page, 'profile-basic');

    await page.getByRole('tab', { name: '单位图片信息' }).click();
    await page.getByRole('button', { name: '添加图片' }).click();
    const imageDialog = page.getByRole('dialog');
    await imageDialog.getByLabel('标题').fill('营业执照正本');
    await imageDialog.getByLabel('图片类型').click();
    await page.locator('.ant-select-item-option[title="营业执照"]').click();
    await imageDialog.getByTestId('image-file').setInputFiles({
      name: 'license.png',
      mimeType: 'image/png',
      buffer: PNG,
    });
    await imageDialog.getByText('license.png').waitFor(visible);
    await imageDialog.getByRole('button', { name: '提交' }).click();
    await imageDialog.waitFor({ state: 'hidden', ...visible });
    await page.getByTestId('image-list').getByText('营业执照正本').waitFor(visible);
    await snapshot(page, 'profile-images');

    await page.getByRole('tab', { name: '单位人员信息' }).click();
    const table = page.getByTestId('personnel-table');
    await table.getByRole('cell', { name: '周安', exact: true }).waitFor(visible);
    await page.getByRole('button', { name: '添加人员' }).click();
    const personDialog = page.getByRole('dialog');
    await personDialog.getByLabel('姓名').fill('吴全');
    await personDialog.getByLabel('职务').fill('安全员');
    await personDialog.getByLabel('联系电话').fill('13900000031');
    await personDialog.getByRole('button', { name: '提交' }).click();
    await personDialog.waitFor({ state: 'hidden', ...visible });
    const row = table.getByRole('row', { name: /吴全/ });
    await row.getByText('专职安全管理人员').waitFor(visible);
    await snapshot(page, 'profile-personnel');
  });
});
