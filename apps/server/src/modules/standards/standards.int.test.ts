import type { CatalogSummary, StandardView } from '@ancha/contracts';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness.ts';
import { catalogIdOf, standardItems } from '../../../test/standards.ts';
import { queryRows } from '../../db/client.ts';
import { catalogItems } from '../../db/schema/index.ts';

const app = useTestApp();

describe('the enterprise standard (一企一标准)', () => {
  it('is made from published catalogs, edited in a draft, published frozen, and seen only by its enterprise and regulators', async () => {
    const admin = await app().signedIn('ent-a-admin');
    expect((await admin.json('GET', '/api/v1/standard')).status).toBe(404);
    const empty = await admin.json('POST', '/api/v1/standard', { sourceCatalogIds: [] });
    expect(empty.status).toBe(422);
    expect(empty.body.error.fields[0].path).toBe('sourceCatalogIds');
    const power = await catalogIdOf(admin, 'power-grid');
    const general = (
      (await admin.json('GET', '/api/v1/industries')).body.items as {
        general: boolean;
        catalogs: CatalogSummary[];
      }[]
    ).find((i) => i.general)!.catalogs[0]!.id;
    const mixed = await admin.json('POST', '/api/v1/standard', { sourceCatalogIds: [power, general] });
    expect(mixed.status).toBe(422);
    expect(
      (
        await (
          await app().signedIn('ent-a-insp1')
        ).json('POST', '/api/v1/standard', { sourceCatalogIds: [power] })
      ).status,
    ).toBe(403);

    const made = await admin.json('POST', '/api/v1/standard', { sourceCatalogIds: [power] });
    expect(made.status).toBe(201);
    const v1: StandardView = made.body;
    expect(v1).toMatchObject({ version: 1, status: 'draft', published: null, draft: 1 });
    const items = standardItems(v1);
    expect(items[0]!.no).toBe(`power-grid-${items[0]!.sourceNo}`);
    expect(items.every((i) => i.sourceVersion === 1 && i.sourceNo)).toBe(true);
    expect((await admin.json('POST', '/api/v1/standard', { sourceCatalogIds: [power] })).status).toBe(409);

    for (const item of items.slice(0, 3))
      expect((await admin.json('DELETE', `/api/v1/standard/items/${item.id}`)).status).toBe(204);
    const sub = v1.categories[0]!.children[0]!.id;
    const noBasis = await admin.json('POST', '/api/v1/standard/items', {
      categoryId: sub,
      text: '配电室钥匙专人保管',
    });
    expect(noBasis.status).toBe(422);
    expect(noBasis.body.error.fields.map((f: { path: string }) => f.path)).toEqual(['basis']);
    const added = await admin.json('POST', '/api/v1/standard/items', {
      categoryId: sub,
      text: '配电室钥匙专人保管',
      basis: '本单位《配电室管理制度》第 3 条',
    });
    expect(added.status).toBe(201);
    expect(added.body.no).toBe('E-1');
    const reworded = await admin.json('PATCH', `/api/v1/standard/items/${items[3]!.id}`, {
      text: '改写后的内容',
    });
    expect(reworded.body).toMatchObject({ no: items[3]!.no, text: '改写后的内容', basis: items[3]!.basis });
    const published = await admin.json('POST', '/api/v1/standard/publish');
    expect(published.body).toMatchObject({ version: 1, status: 'published', draft: null });
    expect(standardItems(published.body)).toHaveLength(items.length - 3 + 1);
    expect((await admin.json('DELETE', `/api/v1/standard/items/${items[4]!.id}`)).status).toBe(409);
    // A published version is frozen below the API too.
    await expect(
      app().database.db.update(catalogItems).set({ text: 'x' }).where(eq(catalogItems.id, items[4]!.id)),
    ).rejects.toThrow();

    // Who sees it: A and A's regulators, through every catalog route; B and B's regulators never.
    const id = v1.catalogId;
    for (const who of ['ent-a-insp2', 'gov-110102001', 'gov-110102', 'admin']) {
      const c = await app().signedIn(who);
      expect((await c.json('GET', `/api/v1/catalogs/${id}`)).status, who).toBe(200);
      expect(
        ((await c.json('GET', '/api/v1/catalogs')).body.items as { id: string }[]).some((x) => x.id === id),
      ).toBe(true);
    }
    expect(
      (
        await (
          await app().signedIn('gov-110102001')
        ).json('GET', `/api/v1/enterprises/${v1.enterpriseId}/standard`)
      ).body.version,
    ).toBe(1);
    for (const who of ['ent-b-admin', 'ent-b-insp1', 'gov-110108006', 'gov-110108']) {
      const c = await app().signedIn(who);
      for (const path of [
        `/api/v1/catalogs/${id}`,
        `/api/v1/catalogs/${id}?version=1`,
        `/api/v1/catalogs/${id}/export.xlsx`,
        `/api/v1/catalogs/${id}/diff?from=1&to=1`,
        `/api/v1/enterprises/${v1.enterpriseId}/standard`,
      ])
        expect((await c.json('GET', path)).status, `${who} ${path}`).toBe(404);
      expect(
        ((await c.json('GET', '/api/v1/catalogs')).body.items as { id: string }[]).some((x) => x.id === id),
      ).toBe(false);
      const hits = (
        await c.json('GET', `/api/v1/catalogs/items?keyword=${encodeURIComponent('改写后的内容')}`)
      ).body.items;
      expect(hits, who).toEqual([]);
    }
    const search = await (await app().signedIn('ent-a-admin')).json(
      'GET',
      `/api/v1/catalogs/items?keyword=${encodeURIComponent('改写后的内容')}`,
    );
    expect(search.body.items.map((h: { catalogId: string }) => h.catalogId)).toEqual([id]);
    // The industry department edits official catalogs, never an enterprise's standard.
    expect(
      (await (await app().signedIn('gov-ind-power')).json('POST', `/api/v1/catalogs/${id}/drafts`, {}))
        .status,
    ).toBe(403);
    expect(
      (await (await app().signedIn('ent-b-admin')).json('POST', `/api/v1/catalogs/${id}/drafts`, {})).status,
    ).toBe(404);
  });

  it('offers a newer source version item by item and takes the chosen changes into a draft', async () => {
    const admin = await app().signedIn('ent-a-admin');
    const mine: StandardView = (await admin.json('GET', '/api/v1/standard')).body;
    expect((await admin.json('GET', '/api/v1/standard/updates')).body.items).toEqual([]);
    // The power department publishes version 2 of the power catalog: one changed, one removed, one added.
    const dept = await app().signedIn('gov-ind-power');
    const power = await catalogIdOf(dept, 'power-grid');
    const draft = (await dept.json('POST', `/api/v1/catalogs/${power}/drafts`, {})).body;
    const official = draft.categories.flatMap((c: { children: { items: unknown[] }[] }) =>
      c.children.flatMap((s) => s.items),
    );
    const held = standardItems(mine).filter((i) => i.sourceNo);
    const changed = official.find((o: { no: string }) => o.no === held[0]!.sourceNo);
    const removed = official.find((o: { no: string }) => o.no === held[1]!.sourceNo);
    const sub = draft.categories[0].children[0];
    expect(
      (
        await dept.json('PUT', `/api/v1/catalogs/${power}/versions/2/items/${changed.id}`, {
          ...changed,
          major: changed.major?.code ?? null,
          categoryId: sub.id,
          text: '新版的检查内容',
        })
      ).status,
    ).toBe(200);
    expect(
      (await dept.json('DELETE', `/api/v1/catalogs/${power}/versions/2/items/${removed.id}`)).status,
    ).toBe(204);
    expect(
      (
        await dept.json('POST', `/api/v1/catalogs/${power}/versions/2/items`, {
          categoryId: sub.id,
          no: '99.1',
          text: '新增的检查项',
          basis: '新规定',
        })
      ).status,
    ).toBe(201);
    expect((await dept.json('POST', `/api/v1/catalogs/${power}/versions/2/publish`)).status).toBe(200);

    const updates = (await admin.json('GET', '/api/v1/standard/updates')).body.items as {
      key: string;
      kind: string;
      sourceNo: string;
    }[];
    expect(updates.map((u) => [u.kind, u.sourceNo]).sort()).toEqual(
      [
        ['added', '99.1'],
        ['changed', held[0]!.sourceNo],
        ['removed', held[1]!.sourceNo],
      ].sort(),
    );
    const key = (kind: string) => updates.find((u) => u.kind === kind)!.key;
    expect(
      (await admin.json('POST', '/api/v1/standard/updates/take', { keys: [key('changed')] })).status,
    ).toBe(409);
    expect((await admin.json('POST', '/api/v1/standard/drafts')).status).toBe(201);
    const bad = await admin.json('POST', '/api/v1/standard/updates/take', { keys: ['nope'] });
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields[0].path).toBe('keys.0');
    const taken = await admin.json('POST', '/api/v1/standard/updates/take', {
      keys: [key('changed'), key('added')],
    });
    expect(taken.status).toBe(200);
    const after = standardItems(taken.body);
    expect(after.find((i) => i.sourceNo === held[0]!.sourceNo)).toMatchObject({
      text: '新版的检查内容',
      sourceVersion: 2,
    });
    expect(after.find((i) => i.sourceNo === '99.1')).toMatchObject({
      no: 'power-grid-99.1',
      sourceVersion: 2,
    });
    const left = (await admin.json('GET', '/api/v1/standard/updates')).body.items as { kind: string }[];
    expect(left.map((u) => u.kind)).toEqual(['removed']);
    const [audit] = await queryRows<{ n: number }>(
      app().database.db,
      sql`select count(*)::int as n from audit_log where action = 'standard.updates_taken'`,
    );
    expect(Number(audit!.n)).toBe(1);
  });
});
