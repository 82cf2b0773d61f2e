import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness.ts';
import { enterprises } from '../../db/schema/index.ts';

const app = useTestApp();

const names = (res: { body: { items: { name: string }[] } }) => res.body.items.map((e) => e.name).sort();

describe('the regulators’ registry filters and completeness rate', () => {
  it('filters by industry and by the exact USCC, within the caller’s scope', async () => {
    const city = await app().signedIn('gov-city');
    expect(names(await city.json('GET', '/api/v1/enterprises?industry=power'))).toEqual([
      '北京安查示范电力运维有限公司（演示）',
    ]);
    expect(names(await city.json('GET', '/api/v1/enterprises?industry=postal'))).toEqual([
      '北京安查示范物流有限公司（演示）',
    ]);
    // Exact: lower case is normalised, a part of the code finds nothing.
    expect(names(await city.json('GET', '/api/v1/enterprises?uscc=91110108ma01anch12'))).toEqual([
      '北京安查示范物流有限公司（演示）',
    ]);
    expect((await city.json('GET', '/api/v1/enterprises?uscc=91110108MA01ANCH1')).status).toBe(422);
    const street = await app().signedIn('gov-110102001');
    expect(names(await street.json('GET', '/api/v1/enterprises?uscc=91110108MA01ANCH12'))).toEqual([]);
  });

  it('gives each enterprise the share of the profile’s required fields filled in', async () => {
    const city = await app().signedIn('gov-city');
    const before = (await city.json('GET', '/api/v1/enterprises')).body.items;
    expect(before.map((e: { profileCompleteness: number }) => e.profileCompleteness)).toEqual([100, 100]);
    const b = before.find((e: { uscc: string }) => e.uscc === '91110108MA01ANCH12');
    // Two of the seven required fields gone (optional ones do not count): 5/7 = 71 %.
    await app()
      .database.db.update(enterprises)
      .set({ principalName: null, nature: null, scale: null })
      .where(eq(enterprises.id, b.id));
    expect((await city.json('GET', `/api/v1/enterprises/${b.id}`)).body.profileCompleteness).toBe(71);
    const list = (await city.json('GET', '/api/v1/enterprises?industry=postal')).body.items;
    expect(list[0].profileCompleteness).toBe(71);
  });

  it('narrows sites, records and hazards to one enterprise, never beyond the caller’s scope', async () => {
    const city = await app().signedIn('gov-city');
    const all = (await city.json('GET', '/api/v1/enterprises')).body.items as { id: string; uscc: string }[];
    const a = all.find((e) => e.uscc === '91110102MA01ANCH08')!.id;
    const b = all.find((e) => e.uscc === '91110108MA01ANCH12')!.id;
    const sitesOf = async (who: string, id: string) =>
      (
        (await (await app().signedIn(who)).json('GET', `/api/v1/sites?enterpriseId=${id}`)).body.items ?? []
      ).map((s: { enterpriseId: string }) => s.enterpriseId);
    const ofA = await sitesOf('gov-city', a);
    expect(ofA.length).toBeGreaterThan(0);
    expect(new Set(ofA)).toEqual(new Set([a]));
    expect(await sitesOf('gov-110102', b)).toEqual([]);
    for (const path of ['/api/v1/inspections', '/api/v1/hazards']) {
      const res = await city.json('GET', `${path}?enterpriseId=${b}`);
      expect(res.status).toBe(200);
      expect(res.body.items.every((r: { enterpriseId: string }) => r.enterpriseId === b)).toBe(true);
    }
  });
});
