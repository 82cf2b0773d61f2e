import { describe, expect, it } from 'vitest';
import { type Actor, enterpriseInScope, regionCovers, requireAccess } from './access.ts';
import type { AppError } from './errors.ts';

const actor = (patch: Partial<Actor>): Actor => ({
  id: 'u',
  username: 'u',
  displayName: 'u',
  role: 'gov_street',
  regionCode: null,
  industries: [],
  enterpriseId: null,
  mustChangePassword: false,
  permissions: [],
  ...patch,
});
const xichengPower = { id: 'e1', districtCode: '110102', streetCode: '110102001', industries: ['power'] };

describe('region scope', () => {
  it('covers by city, district or street code', () => {
    expect(regionCovers('110000', '110108', '110108006')).toBe(true);
    expect(regionCovers('110102', '110102', '110102001')).toBe(true);
    expect(regionCovers('110108', '110102', '110102001')).toBe(false);
    expect(regionCovers('110102001', '110102', '110102001')).toBe(true);
    expect(regionCovers('110102002', '110102', '110102001')).toBe(false);
    expect(regionCovers(null, '110102', '110102001')).toBe(false);
  });
});

describe('enterprise scope', () => {
  it('lets an industry department see its industries in its region only', () => {
    const power = actor({ role: 'gov_industry', regionCode: '110000', industries: ['power'] });
    expect(enterpriseInScope(power, xichengPower)).toBe(true);
    expect(enterpriseInScope(power, { ...xichengPower, industries: ['postal'] })).toBe(false);
    const haidianPower = actor({ role: 'gov_industry', regionCode: '110108', industries: ['power'] });
    expect(enterpriseInScope(haidianPower, xichengPower)).toBe(false);
  });

  it('lets enterprise users see their own enterprise only', () => {
    expect(enterpriseInScope(actor({ role: 'ent_admin', enterpriseId: 'e1' }), xichengPower)).toBe(true);
    expect(enterpriseInScope(actor({ role: 'ent_inspector', enterpriseId: 'e2' }), xichengPower)).toBe(false);
  });
});

describe('requireAccess', () => {
  const codeOf = (fn: () => unknown) => {
    try {
      fn();
      return 'allowed';
    } catch (e) {
      return (e as AppError).code;
    }
  };

  it('asks for sign-in, then a changed password, then the right role', () => {
    expect(codeOf(() => requireAccess(null, 'enterprise.list'))).toBe('UNAUTHENTICATED');
    expect(
      codeOf(() => requireAccess(actor({ role: 'admin', mustChangePassword: true }), 'audit.verify')),
    ).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(codeOf(() => requireAccess(actor({ role: 'ent_admin' }), 'enterprise.list'))).toBe('FORBIDDEN');
    expect(codeOf(() => requireAccess(actor({ role: 'gov_city' }), 'audit.verify'))).toBe('FORBIDDEN');
    expect(codeOf(() => requireAccess(actor({ role: 'admin' }), 'audit.verify'))).toBe('allowed');
  });
});
