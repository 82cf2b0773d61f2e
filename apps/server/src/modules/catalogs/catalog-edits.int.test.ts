import type { CatalogDetail, CatalogSummary } from '@ancha/contracts';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness.ts';

const app = useTestApp();

async function catalogId(code: string): Promise<string> {
  const res = await (await app().signedIn('admin')).json('GET', '/api/v1/catalogs');
  return res.body.items.find((c: CatalogSummary) => c.code === code).id;
}
const items = (d: CatalogDetail) => d.categories.flatMap((c) => c.children.flatMap((s) => s.items));

describe('editing a catalog', () => {
  it('lets the power department edit the power catalog and refuses it the heating catalog', async () => {
    const power = await catalogId('power-grid');
    const heating = await catalogId('heating');
    const dept = await app().signedIn('gov-ind-power');
    expect((await dept.json('POST', `/api/v1/catalogs/${heating}/drafts`, {})).status).toBe(403);
    for (const who of ['gov-110102', 'ent-a-admin']) {
      expect(
        (await (await app().signedIn(who)).json('POST', `/api/v1/catalogs/${power}/drafts`, {})).status,
      ).toBe(403);
    }

    const draft = await dept.json('POST', `/api/v1/catalogs/${power}/drafts`, {});
    expect(draft.status).toBe(201);
    const d: CatalogDetail = draft.body;
    expect(d.version).toMatchObject({ version: 2, status: 'draft' });
    expect((await dept.json('POST', `/api/v1/catalogs/${power}/drafts`, {})).status).toBe(409);

    // The draft is invisible to those who cannot edit it.
    const street = await app().signedIn('gov-110102001');
    expect((await street.json('GET', `/api/v1/catalogs/${power}?version=2`)).status).toBe(404);

    const first = items(d)[0]!;
    const sub = d.categories[0]!.children[0]!;
    const edited = await dept.json('PUT', `/api/v1/catalogs/${power}/versions/2/items/${first.id}`, {
      categoryId: sub.id,
      no: first.no,
      text: `${first.text}（修订）`,
      basis: first.basis,
    });
    expect(edited.status).toBe(200);
    expect(edited.body.text).toBe(`${first.text}（修订）`);

    const bad = await dept.json('POST', `/api/v1/catalogs/${power}/versions/2/items`, {
      categoryId: sub.id,
      no: first.no,
      text: '',
      basis: '《中华人民共和国安全生产法》第四十一条',
      major: 'NO-SUCH',
    });
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields).toEqual([{ path: 'text', message: '请填写检查项内容' }]);
    const duplicate = await dept.json('POST', `/api/v1/catalogs/${power}/versions/2/items`, {
      categoryId: sub.id,
      no: first.no,
      text: '新的检查项',
      basis: '《中华人民共和国安全生产法》第四十一条',
    });
    expect(duplicate.body.error.fields[0].path).toBe('no');
    const added = await dept.json('POST', `/api/v1/catalogs/${power}/versions/2/items`, {
      categoryId: sub.id,
      no: '9.9.9',
      text: '新的检查项：未按规定开展班前安全交底。',
      basis: '《中华人民共和国安全生产法》第四十四条',
    });
    expect(added.status).toBe(201);
    const removed = items(d)[1]!;
    expect(
      (await dept.request('DELETE', `/api/v1/catalogs/${power}/versions/2/items/${removed.id}`)).status,
    ).toBe(204);

    const diff = await dept.json('GET', `/api/v1/catalogs/${power}/diff?from=1&to=2`);
    expect(diff.body.added.map((i: { no: string }) => i.no)).toEqual(['9.9.9']);
    expect(diff.body.removed.map((i: { no: string }) => i.no)).toEqual([removed.no]);
    expect(diff.body.changed.map((c: { after: { no: string } }) => c.after.no)).toEqual([first.no]);

    const published = await dept.json('POST', `/api/v1/catalogs/${power}/versions/2/publish`);
    expect(published.status).toBe(200);
    expect(
      published.body.versions.map((v: { version: number; status: string }) => [v.version, v.status]),
    ).toEqual([
      [1, 'retired'],
      [2, 'published'],
    ]);
  });

  it('answers 409 to any change of a published version: editing needs a new draft', async () => {
    const power = await catalogId('power-grid');
    const admin = await app().signedIn('admin');
    const current: CatalogDetail = (await admin.json('GET', `/api/v1/catalogs/${power}`)).body;
    const item = items(current)[0]!;
    const body = {
      categoryId: current.categories[0]!.children[0]!.id,
      no: item.no,
      text: '改',
      basis: item.basis,
    };
    const v = current.version.version;
    const put = await admin.json('PUT', `/api/v1/catalogs/${power}/versions/${v}/items/${item.id}`, body);
    expect(put.status).toBe(409);
    expect(put.body.error.message).toContain('请先新建草稿');
    expect(
      (await admin.request('DELETE', `/api/v1/catalogs/${power}/versions/${v}/items/${item.id}`)).status,
    ).toBe(409);
    expect((await admin.json('POST', `/api/v1/catalogs/${power}/versions/${v}/publish`)).status).toBe(409);
    expect((await admin.json('PATCH', `/api/v1/catalogs/${power}/versions/1`, { name: '改名' })).status).toBe(
      409,
    );
  });

  it('discards a draft and keeps the published version', async () => {
    const heating = await catalogId('heating');
    const admin = await app().signedIn('admin');
    const draft = await admin.json('POST', `/api/v1/catalogs/${heating}/drafts`, {});
    const v = draft.body.version.version;
    expect((await admin.request('DELETE', `/api/v1/catalogs/${heating}/versions/${v}`)).status).toBe(204);
    const after: CatalogDetail = (await admin.json('GET', `/api/v1/catalogs/${heating}`)).body;
    expect(after.versions.map((x) => x.status)).toEqual(['published']);
  });

  it('finds items by words in their text or basis', async () => {
    const c = await app().signedIn('ent-b-insp1');
    const hits = await c.json('GET', `/api/v1/catalogs/items?keyword=${encodeURIComponent('登记建档')}`);
    expect(hits.status).toBe(200);
    expect(hits.body.items.some((h: { catalogName: string }) => h.catalogName.includes('电网'))).toBe(true);
    expect((await c.json('GET', '/api/v1/catalogs/items?keyword=')).status).toBe(422);
  });
});
