import type { Me } from '@ancha/contracts';
import { type Actor, effectivePermissions } from '../../lib/access.ts';
import type { UserRow } from './auth.repository.ts';

/** `rolePermissions`: those of the user's enterprise role, `null` without one (E10). */
export function actorOf(user: UserRow, rolePermissions: readonly string[] | null): Actor {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    regionCode: user.regionCode,
    industries: user.industries,
    enterpriseId: user.enterpriseId,
    mustChangePassword: user.mustChangePassword,
    permissions: effectivePermissions(user.role, rolePermissions, user.permissions),
  };
}

/** Picks the fields a client may see, one by one, so a new column never leaks (convention 3). */
export function toMe(
  user: UserRow,
  names: { regionName: string | null; enterpriseName: string | null },
  rolePermissions: readonly string[] | null,
): Me {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    scope: {
      regionCode: user.regionCode,
      regionName: names.regionName,
      industries: user.industries,
      enterpriseId: user.enterpriseId,
      enterpriseName: names.enterpriseName,
    },
    mustChangePassword: user.mustChangePassword,
    disclaimerAcceptedAt: user.disclaimerAcceptedAt?.toISOString() ?? null,
    isDemo: user.isDemo,
    permissions: effectivePermissions(user.role, rolePermissions, user.permissions),
  };
}
