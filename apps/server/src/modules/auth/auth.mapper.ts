import type { Me } from '@ancha/contracts';
import type { Actor } from '../../lib/access.ts';
import type { UserRow } from './auth.repository.ts';

export function actorOf(user: UserRow): Actor {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    regionCode: user.regionCode,
    industries: user.industries,
    enterpriseId: user.enterpriseId,
    mustChangePassword: user.mustChangePassword,
  };
}

/** Picks the fields a client may see, one by one, so a new column never leaks (convention 3). */
export function toMe(user: UserRow, names: { regionName: string | null; enterpriseName: string | null }): Me {
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
  };
}
