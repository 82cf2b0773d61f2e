import type { CatalogDetail, CatalogSummary, IndustryNode } from '@ancha/contracts';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness.ts';
import { catalogItems, catalogVersions } from '../../db/schema/index.ts';
import { seedCatalogs } from '../../db/seed/catalogs.ts';
import { loadCatalogData } from './catalog-files.ts';
import { MIN_GENERAL_ITEMS, MIN_ITEMS } from './catalog-rules.ts';

const app = useTestApp();
const shipped = loadCatalogData();

async function industries(username = 'ent-a-insp1'): Promise<IndustryNode[]> {
  const res = await (await app().signedIn(username)).json('GET', '/api/v1/industries');
  expect(res.status).toBe(200);
  return res.body.items;
}

async function catalogByCode(code: string): Promise<CatalogSummary> {
  const all = (await industries()).flatMap((i) => i.catalogs);
  return all.find((c) => c.code === code)!;
}

describe('industries and catalogs', () => {
  it('lists every industry with a published catalog of enough items, each with a basis', async () => {
    const tree = await industries();
    expect(tree.map((i) => i.code)).toEqual(shipped.industries.map((i) => i.code));
    const c = await app().signedIn('ent-b-admin');
    for (const industry of tree) {
      expect(industry.catalogs.length, industry.name).toBeGreaterThan(0);
      for (const summary of industry.catalogs) {
        expect(summary.published?.itemCount ?? 0).toBeGreaterThanOrEqual(
          industry.general ? MIN_GENERAL_ITEMS : MIN_ITEMS,
        );
        const detail: CatalogDetail = (await c.json('GET', `/api/v1/catalogs/${summary.id}`)).body;
        const items = detail.categories.flatMap((cat) => cat.children.flatMap((s) => s.items));
        expect(items).toHaveLength(summary.published!.itemCount);
        for (const item of items) expect(item.basis.trim(), item.no).not.toBe('');
      }
    }
    expect(tree.filter((i) => i.general).map((i) => i.name)).toEqual(['其他行业']);
  });

  it('serves the power-grid catalog as the seed shows it, with major-hazard clauses attached', async () => {
    const power = await catalogByCode('power-grid');
    const detail: CatalogDetail = (
      await (await app().signedIn('ent-a-insp1')).json('GET', `/api/v1/catalogs/${power.id}`)
    ).body;
    expect(detail.version).toMatchObject({
      version: 1,
      status: 'published',
      name: '北京市电网企业生产安全事故隐患目录',
    });
    const site = detail.categories.find((c) => c.name === '场所环境类');
    expect(site?.children.map((s) => s.name)).toContain('周边环境类');
    const texts = detail.categories.flatMap((c) => c.children.flatMap((s) => s.items.map((i) => i.text)));
    expect(texts).toContain('企业事故隐患排查未登记建档。');
    const all = await Promise.all(
      (await industries())
        .flatMap((i) => i.catalogs)
        .map(async (s) => {
          const d: CatalogDetail = (
            await (await app().signedIn('gov-city')).json('GET', `/api/v1/catalogs/${s.id}`)
          ).body;
          return d.categories.flatMap((c) => c.children.flatMap((x) => x.items));
        }),
    );
    const major = all.flat().find((i) => i.major);
    expect(major?.major).toMatchObject({
      code: expect.any(String),
      article: expect.any(String),
      criteriaName: expect.any(String),
    });
  });

  it('filters catalogs by industry and by words in the name, and validates the query', async () => {
    const c = await app().signedIn('gov-110102');
    const heating = await c.json('GET', '/api/v1/catalogs?industry=heating');
    expect(heating.body.items.map((s: CatalogSummary) => s.industryCode)).toEqual(['heating']);
    const byWord = await c.json('GET', `/api/v1/catalogs?keyword=${encodeURIComponent('危险货物')}`);
    expect(byWord.body.items.map((s: CatalogSummary) => s.code)).toEqual(['dangerous-goods-transport']);
    expect((await c.json('GET', '/api/v1/catalogs?industry=Bad!')).status).toBe(422);
  });

  it('asks for sign-in, and answers 404 for an unknown catalog or version', async () => {
    expect((await app().client().get('/api/v1/industries')).status).toBe(401);
    const c = await app().signedIn('ent-a-admin');
    expect((await c.get('/api/v1/catalogs/01a20000-0000-7000-8000-000000000000')).status).toBe(404);
    const power = await catalogByCode('power-grid');
    expect((await c.get(`/api/v1/catalogs/${power.id}?version=9`)).status).toBe(404);
  });
});

describe('catalog versions', () => {
  it('refuse any change to a published version, even straight in the database', async () => {
    const db = app().database.db;
    const [item] = await db.select().from(catalogItems).limit(1);
    await expect(
      db.update(catalogItems).set({ text: '改过' }).where(eq(catalogItems.id, item!.id)),
    ).rejects.toThrow();
    await expect(db.delete(catalogItems).where(eq(catalogItems.id, item!.id))).rejects.toThrow();
    await expect(
      db.update(catalogVersions).set({ name: '改名' }).where(eq(catalogVersions.id, item!.versionId)),
    ).rejects.toThrow();
  });

  it('load unchanged content once, and a changed file as the next version', async () => {
    const db = app().database.db;
    expect(await seedCatalogs(db, new Date(), shipped)).toBe(0);
    const changed = structuredClone(shipped);
    const power = changed.catalogs.find((c) => c.code === 'power-grid')!;
    power.categories[0]!.children[0]!.items[0]!.guidance = '新增的检查方法说明';
    expect(await seedCatalogs(db, new Date(), changed)).toBe(1);
    const summary = await catalogByCode('power-grid');
    expect(summary.published?.version).toBe(2);
    const detail: CatalogDetail = (
      await (await app().signedIn('admin')).json('GET', `/api/v1/catalogs/${summary.id}?version=1`)
    ).body;
    expect(detail.version.status).toBe('retired');
    expect(detail.versions.map((v) => [v.version, v.status])).toEqual([
      [1, 'retired'],
      [2, 'published'],
    ]);
  });
});
