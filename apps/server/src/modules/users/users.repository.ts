import { and, asc, count, eq, gt, inArray, ne, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { enterpriseRoles, enterprises, posts, regions, sessions, users } from '../../db/schema/index.ts';

export async function usernameTaken(db: DbOrTx, username: string) {
  const row = await db.query.users.findFirst({ where: eq(users.username, username), columns: { id: true } });
  return row !== undefined;
}

export function findRegion(db: DbOrTx, code: string) {
  return db.query.regions.findFirst({ where: eq(regions.code, code) });
}

export function findEnterpriseScope(db: DbOrTx, id: string) {
  return db.query.enterprises.findFirst({
    where: eq(enterprises.id, id),
    columns: { id: true, districtCode: true, streetCode: true, industries: true },
  });
}

export async function insertUser(db: DbOrTx, row: typeof users.$inferInsert) {
  const [created] = await db.insert(users).values(row).returning();
  return created!;
}

/** A user with the names of its enterprise role and its post (the ORG part owns posts). */
function summaries(db: DbOrTx) {
  return db
    .select({ user: users, roleName: enterpriseRoles.name, postName: posts.name })
    .from(users)
    .leftJoin(enterpriseRoles, eq(enterpriseRoles.id, users.enterpriseRoleId))
    .leftJoin(posts, eq(posts.id, users.postId));
}
export type SummaryRow = NonNullable<Awaited<ReturnType<typeof findSummary>>>;

export async function findSummary(db: DbOrTx, id: string) {
  const [row] = await summaries(db).where(eq(users.id, id)).limit(1);
  return row;
}

export function listUsers(
  db: DbOrTx,
  f: { scope: SQL | undefined; role?: string | undefined; after?: string | undefined; limit: number },
) {
  return summaries(db)
    .where(
      and(
        f.scope,
        f.role ? eq(users.role, f.role as never) : undefined,
        f.after ? gt(users.id, f.after) : undefined,
      ),
    )
    .orderBy(asc(users.id))
    .limit(f.limit);
}

/** The user, locked for the change, only if it belongs to the enterprise: otherwise absent. */
export async function lockEnterpriseUser(db: DbOrTx, enterpriseId: string, id: string) {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, id), eq(users.enterpriseId, enterpriseId)))
    .for('update');
  return row;
}

export async function updateUser(db: DbOrTx, id: string, patch: Partial<typeof users.$inferInsert>) {
  await db.update(users).set(patch).where(eq(users.id, id));
}

/** Ends every session of a user at once (停用, 重置密码): the next request is signed out. */
export async function endSessions(db: DbOrTx, userId: string) {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

/**
 * A role of the enterprise, locked: `share` while a user is given it, `update` to change or delete
 * it, so a deletion never races an assignment into a foreign-key error.
 */
export async function findRole(
  db: DbOrTx,
  enterpriseId: string,
  id: string,
  lock: 'share' | 'update' = 'share',
) {
  const [row] = await db
    .select()
    .from(enterpriseRoles)
    .where(and(eq(enterpriseRoles.id, id), eq(enterpriseRoles.enterpriseId, enterpriseId)))
    .for(lock);
  return row;
}

export function listRoles(db: DbOrTx, enterpriseId: string) {
  return db
    .select()
    .from(enterpriseRoles)
    .where(eq(enterpriseRoles.enterpriseId, enterpriseId))
    .orderBy(asc(enterpriseRoles.createdAt), asc(enterpriseRoles.id));
}

export async function insertRole(db: DbOrTx, row: typeof enterpriseRoles.$inferInsert) {
  await db.insert(enterpriseRoles).values(row);
}

export async function updateRole(
  db: DbOrTx,
  id: string,
  patch: Partial<typeof enterpriseRoles.$inferInsert>,
) {
  await db.update(enterpriseRoles).set(patch).where(eq(enterpriseRoles.id, id));
}

export async function deleteRole(db: DbOrTx, id: string) {
  await db.delete(enterpriseRoles).where(eq(enterpriseRoles.id, id));
}

export async function roleNameTaken(db: DbOrTx, enterpriseId: string, name: string, except?: string) {
  const [row] = await db
    .select({ id: enterpriseRoles.id })
    .from(enterpriseRoles)
    .where(
      and(
        eq(enterpriseRoles.enterpriseId, enterpriseId),
        eq(enterpriseRoles.name, name),
        except ? ne(enterpriseRoles.id, except) : undefined,
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** How many users hold each role. */
export async function roleHolders(db: DbOrTx, roleIds: string[]) {
  if (roleIds.length === 0) return new Map<string, number>();
  const rows = await db
    .select({ roleId: users.enterpriseRoleId, n: count() })
    .from(users)
    .where(inArray(users.enterpriseRoleId, roleIds))
    .groupBy(users.enterpriseRoleId);
  return new Map(rows.map((r) => [r.roleId!, Number(r.n)]));
}
