import { randomUUID } from 'node:crypto';
import type { AnswerInput, CatalogDetail, HazardView, SiteView } from '@ancha/contracts';
import type { Browser, Page } from 'playwright-core';
import { newPage } from './browser.ts';
import { enter } from './journeys.ts';

// Steps a browser test needs done but does not test: made through the API with a signed-in
// page's own session and CSRF cookie, as that page would make them.

export type Call = <T>(method: 'GET' | 'PUT' | 'POST', url: string, data?: unknown) => Promise<T>;

export async function apiCaller(page: Page, baseUrl: string): Promise<Call> {
  const csrf = (await page.context().cookies()).find((c) => c.name === 'ancha_csrf')?.value ?? '';
  return async <T>(method: 'GET' | 'PUT' | 'POST', url: string, data?: unknown): Promise<T> => {
    const response = await page.request.fetch(`${baseUrl}/api/v1${url}`, {
      method,
      headers: { 'X-CSRF-Token': csrf },
      ...(data === undefined ? {} : { data }),
    });
    if (!response.ok())
      throw new Error(`${method} ${url}: HTTP ${response.status()} ${await response.text()}`);
    return (await response.json()) as T;
  };
}

/** Runs one step as a user, through the API, in a browser context of its own. */
export async function asUser<T>(
  browser: Browser,
  baseUrl: string,
  username: string,
  step: (call: Call) => Promise<T>,
) {
  const page = await newPage(browser);
  await enter(page, baseUrl, username);
  try {
    return await step(await apiCaller(page, baseUrl));
  } finally {
    await page.context().close();
  }
}

/**
 * 李强 submits a record of 办公区域's fire-safety catalog with one major hazard, as the phone
 * would: an item with a major clause, with the special report (E7). A major hazard is proposed
 * for the ledger at submission. Returns the hazard's id.
 */
export function submitMajorHazard(browser: Browser, baseUrl: string, description: string): Promise<string> {
  return asUser(browser, baseUrl, 'ent-a-insp1', async (call) => {
    const { items: sites } = await call<{ items: SiteView[] }>('GET', '/sites');
    const site = sites.find((s) => s.name === '办公区域');
    const catalogId = site?.catalogs.find((c) => c.industryCode === 'fire_safety')?.id;
    if (!site || !catalogId) throw new Error('the demo site 办公区域 has no fire-safety catalog');
    const catalog = await call<CatalogDetail>('GET', `/catalogs/${catalogId}`);
    const items = catalog.categories.flatMap((c) => c.children.flatMap((s) => s.items));
    const major = items.find((item) => item.major);
    if (!major) throw new Error('the fire-safety catalog has no item with a major clause');
    const answers: AnswerInput[] = items.map((item) =>
      item.id === major.id
        ? {
            itemId: item.id,
            answer: 'hazard',
            description,
            level: 'major',
            mode: 'scheduled',
            owner: '李杰',
            measures: '清理通道，设置禁止堆放标志',
            fundsFen: 20_000,
            deadline: '2099-12-31',
            contingency: '专人值守',
            specialReport: {
              situation: '仓储不足占用通道',
              severity: '火灾时无法疏散',
              plan: '清理并设置标志',
            },
          }
        : { itemId: item.id, answer: 'clear' },
    );
    const id = randomUUID();
    await call('PUT', `/inspections/${id}`, { siteId: site.id, catalogId, acknowledged: true, answers });
    await call('POST', `/inspections/${id}/submit`);
    const { items: hazards } = await call<{ items: HazardView[] }>('GET', '/hazards?status=pending');
    const hazard = hazards.find((h) => h.inspectionId === id);
    if (!hazard) throw new Error('the submitted hazard is not pending');
    return hazard.id;
  });
}
