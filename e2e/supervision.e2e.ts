import type { HazardDetail, LedgerEntryView, SupervisionSummary, SupervisionView } from '@ancha/contracts';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { newPage, phone, snapshot, useBrowser } from './support/browser.ts';
import { answerRestClear, answerScheduled, getJson, visible } from './support/field.ts';
import { enter } from './support/journeys.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const get = <T>(page: Page, path: string) => getJson<T>(page, baseUrl, path);
const onePixelPng =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';

/** 新建监督检查 → the 西城 enterprise → 配电室 → its first catalog; returns the form's id. */
async function startInspection(page: Page): Promise<string> {
  const chooser = page.getByTestId('new-supervision');
  await chooser.getByTestId('supervision-enterprise').filter({ hasText: '电力运维' }).click(visible);
  await chooser.getByTestId('supervision-site').filter({ hasText: '配电室' }).click(visible);
  await chooser
    .getByTestId('supervision-catalog')
    .first()
    .getByRole('button', { name: '开始检查' })
    .click(visible);
  await page.getByTestId('inspection-item').first().waitFor(visible);
  return new URL(page.url()).searchParams.get('inspect') ?? new URL(page.url()).pathname.split('/').at(-1)!;
}

async function fillAttachment(page: Page, fine: string) {
  await page.getByRole('option', { name: '日常检查' }).click();
  await page.getByLabel('检查单位').fill('西长安街街道办事处');
  await page.getByLabel('检查人数').fill('2');
  await page.getByRole('option', { name: '罚款' }).click();
  await page.getByLabel('罚款金额（元）').fill(fine);
}

/** How many of the pictures under `scope` the browser could actually load and decode. */
function loadedImages(scope: Locator): Promise<number> {
  return scope
    .locator('img')
    .evaluateAll((images) => images.filter((i) => (i as HTMLImageElement).naturalWidth > 0).length);
}

/** Waits for the drawer's slide-in to end, so the screenshot shows the page at rest. */
async function settled(page: Page) {
  await page
    .locator('.ant-drawer-content-wrapper')
    .last()
    .evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
}

describe('a regulator’s supervision inspection', () => {
  it('on the console: draft kept across a reload, a bad fine refused, submitted, seen by the enterprise', async () => {
    const page = await newPage(browser());
    await enter(page, baseUrl, 'gov-110102001');
    await page.goto(`${baseUrl}/console/supervision`);
    await page.getByRole('link', { name: /新建监督检查/ }).click(visible);
    const id = await startInspection(page);

    // Failure path: 提交 with nothing answered names how many items are left.
    await page.getByRole('button', { name: '提交' }).click();
    await page.getByText(/还有 \d+ 项未填写/).waitFor(visible);

    const first = page.getByTestId('inspection-item').first();
    await answerScheduled(first, page);
    // A photo of the hazard, uploaded to the inspected enterprise (files module, G2).
    await first.getByTestId('photo-input').setInputFiles({
      name: 'found.png',
      mimeType: 'image/png',
      buffer: Buffer.from(onePixelPng, 'base64'),
    });
    await first.getByTestId('photo-thumb').waitFor(visible);
    await answerRestClear(page);
    await fillAttachment(page, 'abc');
    await page.getByLabel('法人已知晓检查结果').check();
    // Failure path: a fine that is no amount is named at the field.
    await page.getByRole('button', { name: '提交' }).click();
    await page.getByRole('alert').filter({ hasText: '罚款金额须为大于 0' }).waitFor(visible);

    await page.getByLabel('罚款金额（元）').fill('5000');
    await page.getByRole('button', { name: '暂存' }).click();
    await page.getByTestId('save-status').filter({ hasText: '已保存' }).waitFor(visible);
    await page.reload();
    await page.getByTestId('inspection-item').first().waitFor(visible);
    await expect.poll(() => page.getByLabel('罚款金额（元）').inputValue()).toBe('5000.00');
    expect(await page.locator('[data-testid="inspection-item"][data-answer=""]').count()).toBe(0);
    await snapshot(page, 'supervision-form');

    await page.getByRole('button', { name: '提交' }).click();
    await page.getByTestId('supervision-answers').waitFor(visible);
    const list = await get<{ items: SupervisionSummary[] }>(page, '/supervision-inspections?status=reported');
    const record = list.items.find((r) => r.id === id);
    expect(record).toMatchObject({
      checkType: 'routine',
      checkPeople: 2,
      penaltyType: 'fine',
      fineFen: 500000,
    });
    expect(record?.hazardCount).toBe(1);
    // The record keeps the photo and shows it.
    const view = await get<SupervisionView>(page, `/supervision-inspections/${id}`);
    const photoIds = view.answers.flatMap((a) => a.photoIds ?? []);
    expect(photoIds).toHaveLength(1);
    await page
      .getByTestId('supervision-answers')
      .getByTestId('photo-gallery')
      .locator('img')
      .waitFor(visible);
    await expect.poll(() => loadedImages(page.getByTestId('supervision-answers'))).toBe(1);
    await page.getByTestId('supervision-answers').scrollIntoViewIfNeeded();
    await settled(page);
    await snapshot(page, 'supervision-detail');

    // The enterprise has it to handle, with the regulator's photo, which it can open.
    const ent = await newPage(browser());
    await enter(ent, baseUrl, 'ent-a-admin').catch(async (error) => {
      await snapshot(ent, 'supervision-enterprise-failed');
      throw error;
    });
    const pending = await get<{ items: { id: string; inspectionId: string }[] }>(
      ent,
      '/hazards?status=pending&limit=200',
    );
    const hazardId = pending.items.find((h) => h.inspectionId === id)?.id ?? '';
    expect(hazardId, 'the finding waits under the enterprise’s 待处置').not.toBe('');
    expect((await get<HazardDetail>(ent, `/hazards/${hazardId}`)).photoIds).toEqual(photoIds);
    const photo = await ent.request.get(`${baseUrl}/api/v1/files/${photoIds[0]}`);
    expect(photo.status()).toBe(200);
    expect(photo.headers()['content-type']).toMatch(/^image\//);
    await ent.getByRole('menuitem', { name: '隐患记录' }).click(visible);
    await ent
      .getByTestId('hazard-table')
      .locator(`tr[data-row-key="${hazardId}"]`)
      .getByRole('button', { name: '查看' })
      .click(visible);
    const hazardDetail = ent.getByTestId('hazard-detail');
    await hazardDetail.getByTestId('photo-gallery').locator('img').first().waitFor(visible);
    await expect.poll(() => loadedImages(hazardDetail)).toBeGreaterThanOrEqual(1);
    await settled(ent);
    await snapshot(ent, 'supervision-enterprise-hazard');
    await ent.context().close();

    // The ledger has this very hazard proposed, for the district to confirm.
    const ledger = await get<{ items: LedgerEntryView[] }>(page, '/ledger?status=proposed&limit=200');
    expect(ledger.items.find((e) => e.hazardId === hazardId)).toMatchObject({ status: 'proposed' });
    await page.context().close();
  });

  it('on a phone: the regulator starts from 监督检查 and saves a draft', async () => {
    const page = await newPage(browser(), phone);
    await enter(page, baseUrl, 'gov-110102001');
    await page.waitForURL(/\/m\/supervision/, visible);
    await page.getByRole('link', { name: '新建监督检查' }).click(visible);
    await startInspection(page);
    await answerRestClear(page);
    await fillAttachment(page, '100');
    await page.getByRole('button', { name: '暂存' }).click();
    await page.getByTestId('save-status').filter({ hasText: '已保存' }).waitFor(visible);
    await snapshot(page, 'supervision-phone');
  });
});
