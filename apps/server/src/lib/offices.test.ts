import { describe, expect, it } from 'vitest';
import { officeAboveOf, officeKeyOf, officeRegion } from './offices.ts';

const account = (role: string, regionCode: string | null, industries: string[] = []) =>
  ({ role, regionCode, industries }) as Parameters<typeof officeKeyOf>[0];

describe('offices (G1, G5, G8)', () => {
  it('keys an office by role and region, and an industry department also by its sorted industries', () => {
    expect(officeKeyOf(account('gov_street', '110102001'))).toBe('gov_street:110102001');
    expect(officeKeyOf(account('gov_district', '110102'))).toBe('gov_district:110102');
    expect(officeKeyOf(account('gov_city', '110000'))).toBe('gov_city:110000');
    const a = officeKeyOf(account('gov_industry', '110102', ['postal', 'power']));
    expect(a).toBe('gov_industry:110102:postal,power');
    expect(officeKeyOf(account('gov_industry', '110102', ['power', 'postal']))).toBe(a);
    expect(officeRegion(a!)).toBe('110102');
  });

  it('has no office for enterprise users, the platform admin or an account without a region', () => {
    expect(officeKeyOf(account('ent_admin', null))).toBeNull();
    expect(officeKeyOf(account('admin', null))).toBeNull();
    expect(officeKeyOf(account('gov_street', null))).toBeNull();
    expect(officeAboveOf(account('ent_admin', '110102'))).toBeNull();
  });

  it('reports a street to its district, a district and a city-wide department to the city', () => {
    expect(officeAboveOf(account('gov_street', '110108006'))).toBe('gov_district:110108');
    expect(officeAboveOf(account('gov_district', '110108'))).toBe('gov_city:110000');
    expect(officeAboveOf(account('gov_industry', '110000', ['power']))).toBe('gov_city:110000');
    expect(officeAboveOf(account('gov_industry', '110102', ['power']))).toBe('gov_district:110102');
    expect(officeAboveOf(account('gov_industry', '110102001', ['power']))).toBe('gov_district:110102');
  });

  it('gives the city no office above', () => {
    expect(officeAboveOf(account('gov_city', '110000'))).toBeNull();
  });
});
