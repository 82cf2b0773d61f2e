import { crc32, deflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { newPage, phone, snapshot, useBrowser } from './support/browser.ts';
import { enter } from './support/journeys.ts';
import { catalogNames } from './support/records.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

// Pages wait for the server and for antd-mobile's first render; a slow CI machine needs room.
const visible = { timeout: 20_000 };
const siteName = '自建场所01';

/** A real 48x36 PNG with coloured stripes, so the thumbnails on the screenshots show something. */
function stripes(width = 48, height = 36): Buffer {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = y * (width * 3 + 1) + 1 + x * 3;
      raw.set(x < width / 2 ? [230, 120, 40] : [40, 120, 230], at);
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const photo = (name: string) => ({ name, mimeType: 'image/png', buffer: stripes() });

/** Ticks a catalog in the phone's picker, opening its industry first if it is closed. */
async function tick(page: Page, industry: string, catalog: string, checked: boolean) {
  const picker = page.getByTestId('catalog-picker');
  const box = picker.getByRole('checkbox', { name: catalog, exact: true });
  if (!(await box.isVisible())) await picker.getByText(industry, { exact: true }).click();
  await box.setChecked(checked);
}

describe('the inspector adds and adjusts their own sites', () => {
  it('adds a site in two steps, held to the 其他行业 rule and to the server’s checks', async () => {
    const page = await newPage(browser(), phone);
    await enter(page, baseUrl, 'ent-a-insp2');
    const names = await catalogNames(page, baseUrl);
    await page.getByRole('button', { name: '新增场所' }).click(visible);

    await expect.poll(() => page.getByLabel('单位名称').inputValue(), visible).toContain('安查示范');
    // Another enterprise's code: well-formed, so only the server can refuse it.
    await page.getByLabel('企业信用代码').fill('91110108MA01ANCH12');
    await page.getByLabel('场所名称').fill(siteName);
    await page.getByLabel('所在地').click();
    const cascader = page.locator('.adm-cascader');
    await cascader.getByText('西城区', { exact: true }).click(visible);
    await cascader.getByText('西长安街街道', { exact: true }).click(visible);
    await cascader.getByText('确定', { exact: true }).click();
    await page.getByText('西城区-西长安街街道').waitFor(visible);
    await page.getByLabel('详细地址').fill('复兴门内大街 2 号');
    await page.getByLabel('检查人电话').fill('1580000');
    await page.getByLabel('检查人身份证').fill('11010219920720345X');
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByTestId('field-inspectorPhone').getByRole('alert').waitFor(visible);
    await page.getByLabel('检查人电话').fill('15800000021');
    await snapshot(page, 'field-new-site-basics');
    await page.getByRole('button', { name: '下一步' }).click();

    // 其他行业 and an industry catalog never stand together: the rule is said, the other goes.
    await page.getByText(/若本单位无明确行业主管部门/).waitFor(visible);
    await tick(page, names.industries.power, names.power, true);
    await tick(page, names.industries.general, names.general, true);
    const picker = page.getByTestId('catalog-picker');
    await picker
      .getByRole('alert')
      .getByText(/请只勾选其他行业/)
      .waitFor(visible);
    expect(await picker.getByRole('checkbox', { name: names.power, exact: true }).isChecked()).toBe(false);
    await snapshot(page, 'field-new-site-rule');
    await tick(page, names.industries.power, names.power, true);
    expect(await picker.getByRole('checkbox', { name: names.general, exact: true }).isChecked()).toBe(false);
    await page.getByRole('button', { name: '确定' }).click();

    // The server's refusal is shown at its field, back on step 1; the choice of catalogs is kept.
    const uscc = page.getByTestId('field-uscc');
    await uscc.getByRole('alert').getByText('企业信用代码与您所属单位不一致').waitFor(visible);
    await page.getByLabel('企业信用代码').fill('91110102MA01ANCH08');
    await page.getByRole('button', { name: '下一步' }).click();
    expect(await picker.getByRole('checkbox', { name: names.power, exact: true }).isChecked()).toBe(true);
    await page.getByRole('button', { name: '确定' }).click();

    const row = page.getByTestId('site-row').filter({ hasText: siteName });
    await row.getByText('地址：西城区西长安街街道复兴门内大街 2 号').waitFor(visible);
    await snapshot(page, 'field-sites-with-own');

    // 重新选择行业与自查内容: the picker opens with the saved choice; another catalog is added.
    await row.click();
    await page.getByTestId('site-catalog').filter({ hasText: names.power }).waitFor(visible);
    await page.getByRole('link', { name: '重新选择行业与自查内容' }).click();
    await expect
      .poll(() => picker.getByRole('checkbox', { name: names.power, exact: true }).isChecked(), visible)
      .toBe(true);
    await tick(page, names.industries.fire, names.fire, true);
    await snapshot(page, 'field-reselect');
    await page.getByRole('button', { name: '确定' }).click();
    await page.getByTestId('site-catalog').filter({ hasText: names.fire }).waitFor(visible);
    expect(await page.getByTestId('site-catalog').count()).toBe(2);
  });

  it('answers 有隐患 with photos that survive going offline, a reload and 提交', async () => {
    const page = await newPage(browser(), phone);
    await enter(page, baseUrl, 'ent-a-insp2');
    const names = await catalogNames(page, baseUrl);
    await page.getByTestId('site-row').filter({ hasText: siteName }).click(visible);
    await page
      .getByTestId('site-catalog')
      .filter({ hasText: names.power })
      .getByRole('link', { name: '去自查 >' })
      .click(visible);

    const items = page.getByTestId('inspection-item');
    const first = items.nth(0);
    await first.waitFor(visible);
    await first.getByRole('option', { name: '有隐患' }).click();
    await first.getByLabel('隐患描述').fill('配电箱门损坏');
    await first.getByTestId('photo-input').setInputFiles(photo('one.png'));
    await first.getByTestId('photo-thumb').first().waitFor(visible);

    // Without a signal the upload fails visibly; what was typed stays, and 重试 sends it later.
    await page.context().setOffline(true);
    await first.getByTestId('photo-input').setInputFiles(photo('two.png'));
    await first.getByTestId('photo-failed').waitFor(visible);
    await first
      .getByRole('alert')
      .getByText(/1 张照片上传失败/)
      .waitFor(visible);
    expect(await first.getByLabel('隐患描述').inputValue()).toBe('配电箱门损坏');
    await snapshot(page, 'field-photo-failed');

    // The photo waits on the phone (IndexedDB): with uploads still failing it survives a reload.
    await page.route('**/api/v1/files/**', (route) => route.abort('internetdisconnected'));
    await page.context().setOffline(false);
    await page.reload();
    await first.getByTestId('photo-failed').waitFor(visible);
    expect(await first.getByLabel('隐患描述').inputValue()).toBe('配电箱门损坏');
    await page.unroute('**/api/v1/files/**');
    await first.getByRole('button', { name: /重试/ }).click();
    await expect.poll(() => first.getByTestId('photo-thumb').count(), visible).toBe(2);

    await first.getByRole('option', { name: '一般' }).click();
    await first.getByRole('option', { name: '立即整改' }).click();
    await first.getByLabel('采取的措施').fill('已更换配电箱门');
    await page.getByRole('button', { name: '暂存' }).click();
    await page
      .getByTestId('save-status')
      .filter({ hasText: /^已保存 \d/ })
      .waitFor(visible);
    await snapshot(page, 'field-photo-form');

    await page.reload();
    await first.waitFor(visible);
    await expect.poll(() => first.getByTestId('photo-thumb').count(), visible).toBe(2);
    await first.getByRole('button', { name: '删除照片 2' }).click();
    await expect.poll(() => first.getByTestId('photo-thumb').count()).toBe(1);

    await page.getByRole('button', { name: '全部展开' }).click();
    const open = page.locator('[data-testid="inspection-item"][data-answer=""]');
    while ((await open.count()) > 0) await open.first().getByRole('option', { name: '无隐患' }).click();
    await page.getByRole('checkbox', { name: '法人已知晓检查结果' }).check();
    await page.getByRole('button', { name: '提交' }).click();

    // The record shows the photo, and it opens full size.
    const hazard = page.locator('[data-testid="record-item"][data-hazard="true"]');
    const thumbs = hazard.getByTestId('photo-thumbs').locator('img');
    await thumbs.first().waitFor(visible);
    expect(await thumbs.count()).toBe(1);
    await expect
      .poll(() => thumbs.first().evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0);
    await snapshot(page, 'field-photo-record');
    await hazard.getByRole('button', { name: '查看照片 1' }).click();
    await page.locator('.adm-image-viewer-content img').first().waitFor(visible);
    await snapshot(page, 'field-photo-viewer');

    // The enterprise admin sees the same photo in the console's record, and can enlarge it.
    const recordId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
    const admin = await newPage(browser());
    await enter(admin, baseUrl, 'ent-a-admin');
    await admin.getByRole('menuitem', { name: '自查记录' }).click();
    await admin
      .locator(`tr[data-row-key="${recordId}"]`)
      .getByRole('button', { name: '查看' })
      .click(visible);
    const gallery = admin.getByTestId('record-detail').getByTestId('photo-gallery');
    const preview = admin.locator('.ant-image-preview-img').first();
    // A click that lands while the drawer is still sliding in does not open the preview on a
    // loaded machine; click again until it is open.
    await expect
      .poll(async () => {
        if (!(await preview.isVisible())) await gallery.locator('img').first().click(visible);
        return preview.isVisible();
      }, visible)
      .toBe(true);
    await snapshot(admin, 'enterprise-record-photo');
  });
});
