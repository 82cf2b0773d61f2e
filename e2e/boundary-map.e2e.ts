import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RegionTree } from '@ancha/contracts';
import { describe, expect, inject, it } from 'vitest';
import { squareBoundaries } from '../apps/server/test/boundaries.ts';
import { apiCaller } from './support/api.ts';
import { newPage, snapshot, useBrowser } from './support/browser.ts';
import { visible } from './support/field.ts';
import { enter } from './support/journeys.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/** Writes a boundary file where the browser's file chooser can pick it. */
function boundaryFile(name: string, content: unknown): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ancha-map-')), name);
  fs.writeFileSync(file, JSON.stringify(content));
  return file;
}

describe('统计地图边界图 (G6)', () => {
  it('the admin uploads a boundary file, a wrong one is refused with each problem, and the statistics draw on it', async () => {
    const admin = await newPage(browser());
    await enter(admin, baseUrl, 'admin');
    const call = await apiCaller(admin, baseUrl);
    const tree = await call<RegionTree>('GET', '/regions');
    await admin.getByRole('menuitem', { name: '行政区划' }).click();
    const card = admin.getByTestId('boundary-map');
    await card.getByText('尚未上传，统计页使用方块图。').waitFor(visible);

    // One district short and a stranger: refused whole, each problem listed, nothing saved.
    const wrong = squareBoundaries(tree.districts.slice(1), 'name');
    wrong.features.push({ ...wrong.features[0]!, properties: { name: '廊坊市' } });
    const chooser = admin.waitForEvent('filechooser');
    await card.getByRole('button', { name: '上传边界图' }).click();
    await (await chooser).setFiles(boundaryFile('wrong.geojson', wrong));
    await card.getByText('文件未保存').waitFor(visible);
    await card.getByText('第 16 个边界「廊坊市」不是本区域的下级区划').waitFor(visible);
    await card.getByText('缺少这些区划的边界：东城区').waitFor(visible);
    await snapshot(admin, 'boundary-map-refused');
    expect(await card.getByTestId('boundary-map-status').textContent()).toBe('尚未上传，统计页使用方块图。');

    const right = admin.waitForEvent('filechooser');
    await card.getByRole('button', { name: '上传边界图' }).click();
    await (await right).setFiles(boundaryFile('beijing.geojson', squareBoundaries(tree.districts)));
    await card.getByText(/当前边界图：beijing\.geojson/).waitFor(visible);

    try {
      const city = await newPage(browser());
      await enter(city, baseUrl, 'gov-city');
      await city.getByRole('menuitem', { name: '统计分析' }).click();
      await city.getByTestId('stats-map-boundaries').locator('canvas').first().waitFor(visible);
      expect(await city.getByTestId('stats-map-chart').count()).toBe(0);
      await snapshot(city, 'boundary-map-stats');
      await city.context().close();
    } finally {
      // The other browser tests expect the tile map: put it back whatever happened above.
      await card.getByRole('button', { name: '删除边界图' }).click();
      await admin.getByRole('button', { name: /确\s*定|OK/ }).click();
      await card.getByText('尚未上传，统计页使用方块图。').waitFor(visible);
    }
    await admin.context().close();
  });
});
