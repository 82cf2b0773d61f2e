import type { AnswerInput, CatalogDetail, SiteView } from '@ancha/contracts';
import type { TestClient } from './client.ts';

/** The 办公区域 site of enterprise A as its inspector sees it, with one of its catalogs' items. */
export async function officeSite(insp: TestClient, industryCode = 'power') {
  const sites: SiteView[] = (await insp.json('GET', '/api/v1/sites')).body.items;
  const site = sites.find((s) => s.name === '办公区域')!;
  const catalog = site.catalogs.find((c) => c.industryCode === industryCode)!;
  const detail: CatalogDetail = (await insp.json('GET', `/api/v1/catalogs/${catalog.id}`)).body;
  const items = detail.categories.flatMap((c) => c.children.flatMap((s) => s.items));
  return { site, catalog, items };
}
export type OfficeSite = Awaited<ReturnType<typeof officeSite>>;

export const clearAnswer = (itemId: string): AnswerInput => ({ itemId, answer: 'clear' });

/** A complete 限期整改 answer: all five assurances, a deadline far ahead. */
export const scheduledAnswer = (itemId: string, patch: Partial<AnswerInput> = {}): AnswerInput => ({
  itemId,
  answer: 'hazard',
  description: '配电室门口堆放杂物',
  level: 'general',
  mode: 'scheduled',
  owner: '李杰',
  measures: '清理杂物，设置警示标志',
  fundsFen: 100_000,
  deadline: '2099-12-31',
  contingency: '安排专人看护',
  ...patch,
});

export const immediateAnswer = (itemId: string): AnswerInput => ({
  itemId,
  answer: 'hazard',
  description: '灭火器压力不足',
  level: 'general',
  mode: 'immediate',
  immediateAction: '当场更换灭火器',
});

/** 暂存: PUT /inspections/{id}, as the phone's autosave sends it. */
export function saveDraft(
  c: TestClient,
  id: string,
  x: OfficeSite,
  answers: AnswerInput[],
  acknowledged = true,
) {
  return c.json('PUT', `/api/v1/inspections/${id}`, {
    siteId: x.site.id,
    catalogId: x.catalog.id,
    post: '安全员',
    acknowledged,
    answers,
  });
}

/** Every item answered: the first with `first`, the rest 无隐患. */
export function allAnswered(x: OfficeSite, first: AnswerInput): AnswerInput[] {
  return x.items.map((item, i) => (i === 0 ? { ...first, itemId: item.id } : clearAnswer(item.id)));
}
