import { and, count, desc, eq, gt, gte, lt, ne, or } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import {
  enterpriseRoles,
  enterprises,
  regions,
  sessions,
  signInFailures,
  users,
} from '../../db/schema/index.ts';

export type UserRow = typeof users.$inferSelect;

export function findUserByUsername(db: DbOrTx, username: string) {
  return db.query.users.findFirst({ where: eq(users.username, username) });
}

export function findUserById(db: DbOrTx, id: string) {
  return db.query.users.findFirst({ where: eq(users.id, id) });
}

// A role of the user's own enterprise only: a role id from elsewhere grants nothing (E10).
const ownRole = and(
  eq(enterpriseRoles.id, users.enterpriseRoleId),
  eq(enterpriseRoles.enterpriseId, users.enterpriseId),
);

/** The session behind a cookie, with its user and its role's permissions, if it has not expired. */
export async function findSession(db: DbOrTx, tokenHash: string, now: Date) {
  const [row] = await db
    .select({ session: sessions, user: users, rolePermissions: enterpriseRoles.permissions })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(enterpriseRoles, ownRole)
    .where(and(eq(sessions.tokenHash, tokenHash), gte(sessions.expiresAt, now)))
    .limit(1);
  return row;
}

/** The permissions of the user's enterprise role, `null` when it holds none. */
export async function rolePermissions(db: DbOrTx, userId: string): Promise<string[] | null> {
  const [row] = await db
    .select({ permissions: enterpriseRoles.permissions })
    .from(users)
    .innerJoin(enterpriseRoles, ownRole)
    .where(eq(users.id, userId))
    .limit(1);
  return row?.permissions ?? null;
}

export async function insertSession(db: DbOrTx, row: typeof sessions.$inferInsert) {
  await db.insert(sessions).values(row);
}

export async function deleteSession(db: DbOrTx, tokenHash: string) {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

/** Ends every other session of a user, e.g. after a password change; expired ones go too. */
export async function deleteOtherSessions(db: DbOrTx, userId: string, keepTokenHash: string, now: Date) {
  await db
    .delete(sessions)
    .where(
      or(
        and(eq(sessions.userId, userId), ne(sessions.tokenHash, keepTokenHash)),
        lt(sessions.expiresAt, now),
      ),
    );
}

/** The failures in the window, newest first: enough to know whether and until when to refuse. */
export function recentFailures(db: DbOrTx, by: 'username' | 'ip', value: string, since: Date, limit: number) {
  const column = by === 'username' ? signInFailures.username : signInFailures.ip;
  return db
    .select({ at: signInFailures.at })
    .from(signInFailures)
    .where(and(eq(column, value), gt(signInFailures.at, since)))
    .orderBy(desc(signInFailures.at))
    .limit(limit);
}

export async function insertFailure(db: DbOrTx, row: typeof signInFailures.$inferInsert) {
  await db.insert(signInFailures).values(row);
}

export async function clearFailures(db: DbOrTx, username: string) {
  await db.delete(signInFailures).where(eq(signInFailures.username, username));
}

export async function countUsers(db: DbOrTx) {
  const [row] = await db.select({ n: count() }).from(users);
  return row?.n ?? 0;
}

/** Names for the scope shown to the user: its region and its enterprise. */
export async function scopeNames(db: DbOrTx, user: UserRow) {
  const region = user.regionCode
    ? await db.query.regions.findFirst({ where: eq(regions.code, user.regionCode) })
    : undefined;
  const enterprise = user.enterpriseId
    ? await db.query.enterprises.findFirst({
        where: eq(enterprises.id, user.enterpriseId),
        columns: { name: true },
      })
    : undefined;
  return { regionName: region?.name ?? null, enterpriseName: enterprise?.name ?? null };
}

export async function updateUser(db: DbOrTx, id: string, patch: Partial<typeof users.$inferInsert>) {
  const [row] = await db.update(users).set(patch).where(eq(users.id, id)).returning();
  return row;
}
