import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import {
  catalogItems,
  catalogs,
  catalogVersions,
  departments,
  files,
  inspections,
  postChecklistItems,
  posts,
  users,
} from '../../db/schema/index.ts';

// Reads of an enterprise's departments, posts and standard. Every query names the enterprise,
// so a foreign id finds nothing and reads as absent.

export function departmentsOf(db: DbOrTx, enterpriseId: string) {
  return db
    .select()
    .from(departments)
    .where(eq(departments.enterpriseId, enterpriseId))
    .orderBy(asc(departments.sort), asc(departments.createdAt), asc(departments.id));
}

export async function findDepartment(db: DbOrTx, enterpriseId: string, id: string) {
  const [row] = await db
    .select()
    .from(departments)
    .where(and(eq(departments.enterpriseId, enterpriseId), eq(departments.id, id)));
  return row;
}

export async function findPost(db: DbOrTx, enterpriseId: string, id: string) {
  const [row] = await db
    .select()
    .from(posts)
    .where(and(eq(posts.enterpriseId, enterpriseId), eq(posts.id, id)));
  return row;
}

/** Posts with their department's name and responsibility file, in department then name order. */
export function postsOf(db: DbOrTx, enterpriseId: string, ids?: string[]) {
  return db
    .select({
      post: posts,
      departmentName: departments.name,
      fileName: files.name,
      fileMime: files.mime,
    })
    .from(posts)
    .innerJoin(departments, eq(departments.id, posts.departmentId))
    .leftJoin(files, eq(files.id, posts.responsibilityFileId))
    .where(and(eq(posts.enterpriseId, enterpriseId), ids ? inArray(posts.id, ids) : undefined))
    .orderBy(asc(departments.sort), asc(departments.name), asc(posts.name));
}

export function holdersOf(db: DbOrTx, enterpriseId: string) {
  return db
    .select({ id: users.id, username: users.username, displayName: users.displayName, postId: users.postId })
    .from(users)
    .where(and(eq(users.enterpriseId, enterpriseId), eq(users.role, 'ent_inspector')))
    .orderBy(asc(users.username));
}

export function itemCounts(db: DbOrTx, enterpriseId: string) {
  return db
    .select({ postId: postChecklistItems.postId, n: count() })
    .from(postChecklistItems)
    .innerJoin(posts, eq(posts.id, postChecklistItems.postId))
    .where(eq(posts.enterpriseId, enterpriseId))
    .groupBy(postChecklistItems.postId);
}

/** Whether any inspection was made under the post: such a post is history and stays. */
export async function inspectionsOfPost(db: DbOrTx, postId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(inspections).where(eq(inspections.postId, postId));
  return Number(row?.n ?? 0);
}

/** The enterprise standard's published version, if it has one (made by the standard's module). */
export async function publishedStandard(db: DbOrTx, enterpriseId: string) {
  const [row] = await db
    .select({ versionId: catalogVersions.id, version: catalogVersions.version })
    .from(catalogs)
    .innerJoin(catalogVersions, eq(catalogVersions.catalogId, catalogs.id))
    .where(and(eq(catalogs.enterpriseId, enterpriseId), eq(catalogVersions.status, 'published')))
    .limit(1);
  return row;
}

export async function standardItemNumbers(db: DbOrTx, versionId: string): Promise<Set<string>> {
  const rows = await db
    .select({ no: catalogItems.no })
    .from(catalogItems)
    .where(eq(catalogItems.versionId, versionId));
  return new Set(rows.map((r) => r.no));
}
