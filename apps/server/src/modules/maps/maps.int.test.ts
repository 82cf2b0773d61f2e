import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { squareBoundaries } from '../../../test/boundaries.ts';
import { useTestApp } from '../../../test/harness.ts';
import { queryRows } from '../../db/client.ts';

const app = useTestApp();

async function districts() {
  return queryRows<{ code: string; name: string }>(
    app().database.db,
    sql`select code, name from regions where parent_code = '110000' order by code`,
  );
}
const mapRows = async () =>
  (await queryRows<{ n: number }>(app().database.db, sql`select count(*)::int as n from map_boundaries`))[0]!
    .n;

describe('boundary maps for the statistics (G6)', () => {
  it('lets the admin upload, replace and remove the city map, audited; regulators read it', async () => {
    const admin = await app().signedIn('admin');
    const city = await app().signedIn('gov-110102001');
    expect((await city.json('GET', '/api/v1/maps/110000')).status).toBe(404);

    const all = await districts();
    expect(all).toHaveLength(16);
    const saved = await admin.json('PUT', '/api/v1/maps/110000', {
      name: 'beijing.json',
      geojson: squareBoundaries(all),
    });
    expect(saved.status).toBe(200);
    expect(saved.body.geojson.features).toHaveLength(16);
    expect(saved.body.geojson.features[1].properties).toEqual({ code: '110102', name: '西城区' });

    const read = await city.json('GET', '/api/v1/maps/110000');
    expect(read.status).toBe(200);
    expect(read.body.name).toBe('beijing.json');

    const byName = await admin.json('PUT', '/api/v1/maps/110000', {
      name: 'by-name.geojson',
      geojson: squareBoundaries(all, 'name'),
    });
    expect(byName.status).toBe(200);
    expect(await mapRows()).toBe(1);

    expect((await admin.json('DELETE', '/api/v1/maps/110000')).status).toBe(204);
    expect((await city.json('GET', '/api/v1/maps/110000')).status).toBe(404);
    expect((await admin.json('DELETE', '/api/v1/maps/110000')).status).toBe(404);

    const audit = await queryRows<{ action: string }>(
      app().database.db,
      sql`select action from audit_log where entity_type = 'map_boundary' order by seq`,
    );
    expect(audit.map((a) => a.action)).toEqual(['map.uploaded', 'map.replaced', 'map.removed']);
  });

  it('refuses a file with a stranger or a missing district whole, naming each, and saves nothing', async () => {
    const admin = await app().signedIn('admin');
    const all = await districts();
    const file = squareBoundaries(all.slice(1));
    file.features.push({ ...file.features[0]!, properties: { name: '河北省', adcode: Number.NaN } });
    const refused = await admin.json('PUT', '/api/v1/maps/110000', { name: 'wrong.json', geojson: file });
    expect(refused.status).toBe(422);
    expect(refused.body.error.fields).toEqual([
      { path: 'geojson', message: '第 16 个边界「河北省」不是本区域的下级区划' },
      { path: 'geojson', message: '缺少这些区划的边界：东城区' },
    ]);

    const notGeo = await admin.json('PUT', '/api/v1/maps/110000', {
      name: 'x.json',
      geojson: {
        type: 'FeatureCollection',
        features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [116, 39] } }],
      },
    });
    expect(notGeo.status).toBe(422);
    expect(notGeo.body.error.fields[0].path).toBe('geojson.features.0.geometry.type');
    expect(
      (
        await app()
          .signedIn('gov-city')
          .then((c) => c.json('GET', '/api/v1/maps/110000'))
      ).status,
    ).toBe(404);
  });

  it('takes a district map of its streets, and refuses a region that has none below it', async () => {
    const admin = await app().signedIn('admin');
    const streets = await queryRows<{ code: string; name: string }>(
      app().database.db,
      sql`select code, name from regions where parent_code = '110102' order by code`,
    );
    const saved = await admin.json('PUT', '/api/v1/maps/110102', {
      name: 'xicheng.json',
      geojson: squareBoundaries(streets),
    });
    expect(saved.status).toBe(200);
    const none = await admin.json('PUT', '/api/v1/maps/999999', {
      name: 'x.json',
      geojson: squareBoundaries(streets),
    });
    expect(none.status).toBe(404);
  });

  it('lets no one but the admin upload, and no enterprise user read', async () => {
    const all = await districts();
    const before = await mapRows();
    for (const user of ['gov-city', 'gov-110102', 'ent-a-admin']) {
      const caller = await app().signedIn(user);
      const put = await caller.json('PUT', '/api/v1/maps/110000', {
        name: 'm.json',
        geojson: squareBoundaries(all),
      });
      expect(put.status, user).toBe(403);
    }
    const enterprise = await app().signedIn('ent-a-insp1');
    expect((await enterprise.json('GET', '/api/v1/maps/110000')).status).toBe(403);
    expect(await mapRows()).toBe(before);
  });
});
