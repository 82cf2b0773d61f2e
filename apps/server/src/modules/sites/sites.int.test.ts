import { type CatalogSummary, GENERAL_CATALOG_RULE, type SiteView } from '@ancha/contracts';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness.ts';
import { publishedStandardOfA } from '../../../test/standards.ts';

const app = useTestApp();

async function ids() {
  const admin = await app().signedIn('ent-a-admin');
  const catalogs: CatalogSummary[] = (await admin.json('GET', '/api/v1/catalogs')).body.items;
  const code = (c: string) => catalogs.find((x) => x.code === c)!.id;
  const insp1 = (await (await app().signedIn('ent-a-insp1')).json('GET', '/api/v1/me')).body.user.id;
  const bInsp = (await (await app().signedIn('ent-b-insp1')).json('GET', '/api/v1/me')).body.user.id;
  return {
    admin,
    power: code('power-grid'),
    fire: code('fire-safety-public'),
    general: code('general'),
    insp1,
    bInsp,
  };
}

const siteBody = (x: Awaited<ReturnType<typeof ids>>, patch: Record<string, unknown> = {}) => ({
  name: '测试场所07',
  streetCode: '110102001',
  address: '测试大厦',
  inspectorUserId: x.insp1,
  inspectorPhone: '15800000007',
  inspectorIdNumber: '110102199001011233',
  catalogIds: [x.power, x.fire],
  ...patch,
});

describe('sites', () => {
  it('creates a site with two catalogs and masks the inspector’s numbers', async () => {
    const x = await ids();
    const res = await x.admin.json('POST', '/api/v1/sites', siteBody(x));
    expect(res.status).toBe(201);
    const site: SiteView = res.body;
    expect(site).toMatchObject({
      name: '测试场所07',
      regionName: '西城区西长安街街道',
      inspectorName: '李强',
      inspectorPhone: '158****0007',
      inspectorIdNumber: '110102********1233',
    });
    expect(site.catalogs.map((c) => c.industryCode)).toEqual(['power', 'fire_safety']);
    const mine = await (await app().signedIn('ent-a-insp1')).json('GET', '/api/v1/sites');
    expect(mine.body.items.map((s: SiteView) => s.id)).toContain(site.id);
    const other = await (await app().signedIn('ent-a-insp2')).json('GET', `/api/v1/sites/${site.id}`);
    expect(other.status).toBe(404);
  });

  it('refuses the general catalog together with an industry catalog, with the seed’s explanation', async () => {
    const x = await ids();
    const res = await x.admin.json(
      'POST',
      '/api/v1/sites',
      siteBody(x, { catalogIds: [x.general, x.power] }),
    );
    expect(res.status).toBe(422);
    expect(res.body.error.fields).toEqual([{ path: 'catalogIds', message: GENERAL_CATALOG_RULE }]);
    const alone = await x.admin.json(
      'POST',
      '/api/v1/sites',
      siteBody(x, { name: '门卫室', catalogIds: [x.general] }),
    );
    expect(alone.status).toBe(201);
  });

  it('lists every bad field, and changes nothing', async () => {
    const x = await ids();
    const before = (await x.admin.json('GET', '/api/v1/sites?limit=200')).body.items.length;
    const res = await x.admin.json('POST', '/api/v1/sites', {
      name: '',
      streetCode: '1101',
      inspectorUserId: x.insp1,
      inspectorPhone: '12345',
      inspectorIdNumber: '110102199001011234',
      catalogIds: [],
    });
    expect(res.status).toBe(422);
    expect(res.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual(
      ['catalogIds', 'inspectorIdNumber', 'inspectorPhone', 'name', 'streetCode'].sort(),
    );
    const foreignInspector = await x.admin.json(
      'POST',
      '/api/v1/sites',
      siteBody(x, { inspectorUserId: x.bInsp }),
    );
    expect(foreignInspector.body.error.fields[0].path).toBe('inspectorUserId');
    expect((await x.admin.json('GET', '/api/v1/sites?limit=200')).body.items.length).toBe(before);
  });

  it('answers 404 to another enterprise and to regulators outside the region, for read and write', async () => {
    const x = await ids();
    const site: SiteView = (await x.admin.json('POST', '/api/v1/sites', siteBody(x, { name: '仓库二' })))
      .body;
    const b = await app().signedIn('ent-b-admin');
    expect((await b.json('GET', `/api/v1/sites/${site.id}`)).status).toBe(404);
    expect((await b.json('PUT', `/api/v1/sites/${site.id}`, siteBody(x))).status).toBe(404);
    expect(
      (await b.json('GET', '/api/v1/sites')).body.items.every((s: SiteView) =>
        s.enterpriseName.includes('物流'),
      ),
    ).toBe(true);
    expect(
      (await (await app().signedIn('gov-110108006')).json('GET', `/api/v1/sites/${site.id}`)).status,
    ).toBe(404);
    expect(
      (await (await app().signedIn('gov-110102001')).json('GET', `/api/v1/sites/${site.id}`)).status,
    ).toBe(200);
    expect(
      (await (await app().signedIn('ent-a-insp1')).json('POST', '/api/v1/sites', siteBody(x))).status,
    ).toBe(403);
  });

  it('lets an inspector add a site of their own enterprise only, by its credit code', async () => {
    const x = await ids();
    const insp = await app().signedIn('ent-a-insp2');
    const own = {
      ...siteBody(x),
      enterpriseName: '北京安查示范电力运维有限公司',
      inspectorUserId: undefined,
    };
    const wrong = await insp.json('POST', '/api/v1/sites/mine', { ...own, uscc: '91110108MA01ANCH12' });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.fields).toEqual([{ path: 'uscc', message: '企业信用代码与您所属单位不一致' }]);
    const badCheck = await insp.json('POST', '/api/v1/sites/mine', { ...own, uscc: '91110102MA01ANCH09' });
    expect(badCheck.body.error.fields[0].path).toBe('uscc');
    const ok = await insp.json('POST', '/api/v1/sites/mine', {
      ...own,
      name: '东部办公区域',
      uscc: '91110102MA01ANCH08',
    });
    expect(ok.status).toBe(201);
    expect(ok.body.inspectorName).toBe('王芳');
    expect((await x.admin.json('GET', `/api/v1/sites/${ok.body.id}`)).status).toBe(200);
  });

  it('lets the site’s own inspector choose its catalogs again (重新选择行业与自查内容), no one else', async () => {
    const x = await ids();
    const site: SiteView = (await x.admin.json('POST', '/api/v1/sites', siteBody(x, { name: '变电站' })))
      .body;
    const path = `/api/v1/sites/${site.id}/catalogs`;
    const insp = await app().signedIn('ent-a-insp1');
    const mixed = await insp.json('PUT', path, { catalogIds: [x.general, x.fire] });
    expect(mixed.status).toBe(422);
    expect(mixed.body.error.fields).toEqual([{ path: 'catalogIds', message: GENERAL_CATALOG_RULE }]);
    expect((await insp.json('PUT', path, { catalogIds: [] })).body.error.fields[0].path).toBe('catalogIds');
    const ok = await insp.json('PUT', path, { catalogIds: [x.fire] });
    expect(ok.status).toBe(200);
    expect(ok.body.catalogs.map((c: { industryCode: string }) => c.industryCode)).toEqual(['fire_safety']);
    for (const user of ['ent-a-insp2', 'ent-b-admin', 'ent-b-insp1', 'gov-110102'])
      expect((await (await app().signedIn(user)).json('PUT', path, { catalogIds: [x.power] })).status).toBe(
        user === 'gov-110102' ? 403 : 404,
      );
    expect((await x.admin.json('GET', `/api/v1/sites/${site.id}`)).body.catalogs).toHaveLength(1);
  });

  it('never takes an enterprise standard as a site’s catalog, its own or another’s', async () => {
    const x = await ids();
    const standard = await publishedStandardOfA(x.admin);
    for (const user of ['ent-a-admin', 'ent-b-admin']) {
      const caller = await app().signedIn(user);
      const own: SiteView = (await caller.json('GET', '/api/v1/sites?limit=1')).body.items[0];
      const refused = await caller.json('PUT', `/api/v1/sites/${own.id}/catalogs`, {
        catalogIds: [standard.catalogId],
      });
      expect(refused.status, user).toBe(422);
      expect(refused.body.error.fields[0].path, user).toBe('catalogIds');
    }
  });

  it('seeds the demo sites with their chosen catalogs', async () => {
    const res = await (await app().signedIn('ent-a-insp1')).json('GET', '/api/v1/sites');
    const office = res.body.items.find((s: SiteView) => s.name === '办公区域');
    expect(office.catalogs.map((c: { name: string }) => c.name)).toContain(
      '北京市电网企业生产安全事故隐患目录',
    );
  });
});
