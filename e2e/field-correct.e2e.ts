import type { HazardView } from '@ancha/contracts';
import { describe, expect, inject, it } from 'vitest';
import { newPage, phone, snapshot, useBrowser } from './support/browser.ts';
import { visible } from './support/field.ts';
import { submitRecordWithHazard } from './support/records.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('correcting a submitted record on the phone (E8)', () => {
  it('reopens the record, keeps it complete, and the hazard follows the correction', async () => {
    const page = await newPage(browser(), phone);
    const { call, inspectionId } = await submitRecordWithHazard(page, baseUrl);
    await page.goto(`${baseUrl}/m/records/${inspectionId}`);
    await page.getByRole('link', { name: /修改（上报前可修改）/ }).click(visible);

    const first = page.getByTestId('inspection-item').first();
    await first.getByLabel('隐患描述').waitFor(visible);
    expect(await first.getByLabel('隐患描述').inputValue()).toBe('应急照明损坏');
    // No 暂存 while correcting: a submitted record is only ever saved whole.
    expect(await page.getByRole('button', { name: '暂存' }).count()).toBe(0);
    await first.getByLabel('隐患描述').fill('应急照明和疏散指示标志损坏');
    await snapshot(page, 'field-correct-form');
    await page.getByRole('button', { name: '提交修改' }).click();

    await page.getByTestId('record-summary').waitFor(visible);
    await page.getByText('应急照明和疏散指示标志损坏').first().waitFor(visible);
    const { items } = await call<{ items: HazardView[] }>('GET', '/hazards?limit=200');
    const mine = items.filter((h) => h.inspectionId === inspectionId);
    expect(mine.map((h) => h.description)).toEqual(['应急照明和疏散指示标志损坏']);
  });
});
