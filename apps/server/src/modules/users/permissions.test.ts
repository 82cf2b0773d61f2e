import { defaultInspectorPermissions, permissionKeys } from '@ancha/contracts';
import { describe, expect, it } from 'vitest';
import { effectivePermissions, inspectorPolicyPermissions } from '../../lib/access.ts';

describe('the permission rule (E10)', () => {
  it('shows the console the same default inspector set the policy gives', () => {
    expect([...inspectorPolicyPermissions].sort()).toEqual([...defaultInspectorPermissions].sort());
  });

  it('gives the admin all, a role-less inspector the default plus its own, a role holder the role plus its own', () => {
    expect(effectivePermissions('ent_admin', ['hazard.read'], [])).toEqual(permissionKeys);
    expect(effectivePermissions('ent_inspector', null, ['hazard.accept']).sort()).toEqual(
      [...defaultInspectorPermissions, 'hazard.accept'].sort(),
    );
    expect(effectivePermissions('ent_inspector', ['record.read', 'gone.key'], ['hazard.rectify'])).toEqual([
      'record.read',
      'hazard.rectify',
    ]);
    expect(effectivePermissions('ent_inspector', [], [])).toEqual([]);
    expect(effectivePermissions('gov_street', null, ['hazard.rectify'])).toEqual([]);
  });
});
