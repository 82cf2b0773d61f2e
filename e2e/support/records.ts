import { randomUUID } from 'node:crypto';
import type { AnswerInput, CatalogDetail, IndustryNode, SiteView } from '@ancha/contracts';
import type { Page } from 'playwright-core';
import { apiCaller } from './api.ts';
import { enter } from './journeys.ts';

// Demo data the browser tests read or create through the API, where the page under test is not
// the one that makes it.

/**
 * The published catalog names the tree shows, and their industries' names (the phone's picker
 * opens an industry first), read through the page's own session.
 */
export async function catalogNames(page: Page, baseUrl: string) {
  const response = await page.request.get(`${baseUrl}/api/v1/industries`);
  const { items } = (await response.json()) as { items: IndustryNode[] };
  const first = (match: (node: IndustryNode) => boolean) => {
    const node = items.find(match);
    const name = node?.catalogs.find((catalog) => catalog.published)?.name;
    if (!node || !name) throw new Error('an expected industry has no published catalog');
    return { name, industry: node.name };
  };
  const general = first((node) => node.general);
  const power = first((node) => node.code === 'power');
  const fire = first((node) => node.name.startsWith('机关团体') && node.name.includes('消防'));
  return {
    general: general.name,
    power: power.name,
    fire: fire.name,
    industries: { general: general.industry, power: power.industry, fire: fire.industry },
  };
}

/**
 * 王芳 submits a record of 配电室 with one scheduled hazard through the API, as the phone would;
 * the phone's pages are field.e2e.ts's business, and it inspects 办公区域 as 李强, so the two
 * tests never share a record. Returns a call as 王芳 and the record's id.
 */
export async function submitRecordWithHazard(page: Page, baseUrl: string) {
  await enter(page, baseUrl, 'ent-a-insp2');
  const call = await apiCaller(page, baseUrl);
  const { items: sites } = await call<{ items: SiteView[] }>('GET', '/sites');
  const site = sites.find((s) => s.name === '配电室');
  const catalogId = site?.catalogs[0]?.id;
  if (!site || !catalogId) throw new Error('the demo site 配电室 has no catalog');
  const catalog = await call<CatalogDetail>('GET', `/catalogs/${catalogId}`);
  const items = catalog.categories.flatMap((c) => c.children.flatMap((s) => s.items));
  const answers: AnswerInput[] = items.map((item, i) =>
    i === 0
      ? {
          itemId: item.id,
          answer: 'hazard',
          description: '应急照明损坏',
          level: 'general',
          mode: 'scheduled',
          owner: '李杰',
          measures: '更换应急照明灯具',
          fundsFen: 50_000,
          deadline: '2099-01-31',
          contingency: '配备手电筒',
        }
      : { itemId: item.id, answer: 'clear' },
  );
  const id = randomUUID();
  await call('PUT', `/inspections/${id}`, { siteId: site.id, catalogId, acknowledged: true, answers });
  await call('POST', `/inspections/${id}/submit`);
  return { call, inspectionId: id };
}
