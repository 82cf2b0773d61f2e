import { and, asc, eq, gt, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { enterprises, regions, users } from '../../db/schema/index.ts';

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

export function listUsers(
  db: DbOrTx,
  f: { scope: SQL | undefined; role?: string | undefined; after?: string | undefined; limit: number },
) {
  return db
    .select()
    .from(users)
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
