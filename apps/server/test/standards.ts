import type { CatalogSummary, StandardView } from '@ancha/contracts';
import { eq } from 'drizzle-orm';
import { departments, posts, users } from '../src/db/schema/index.ts';
import { newId } from '../src/lib/ids.ts';
import type { TestClient } from './client.ts';
import type { TestApp } from './harness.ts';

// Enterprise standards and posts (E9) for the standards tests. Departments and posts are the
// organisation module's; these tests insert them directly so they depend only on the tables.

export async function catalogIdOf(c: TestClient, code: string): Promise<string> {
  const list: CatalogSummary[] = (await c.json('GET', '/api/v1/catalogs')).body.items;
  return list.find((x) => x.code === code)!.id;
}

export const standardItems = (v: StandardView) =>
  v.categories.flatMap((c) => c.children.flatMap((s) => s.items));

/** A department with one post of enterprise A, made at `createdAt`, held by `holder`. */
export async function postOfA(
  app: TestApp,
  opts: {
    frequency: 'daily' | 'weekly' | 'monthly' | 'quarterly';
    createdAt: Date;
    holder: string;
    name: string;
  },
) {
  const db = app.database.db;
  const holder = (await db.query.users.findFirst({ where: eq(users.username, opts.holder) }))!;
  const departmentId = newId();
  const postId = newId();
  await db.insert(departments).values({
    id: departmentId,
    enterpriseId: holder.enterpriseId!,
    name: `${opts.name}部`,
    createdAt: opts.createdAt,
  });
  await db.insert(posts).values({
    id: postId,
    enterpriseId: holder.enterpriseId!,
    departmentId,
    name: opts.name,
    frequency: opts.frequency,
    createdAt: opts.createdAt,
    updatedAt: opts.createdAt,
  });
  await db.update(users).set({ postId }).where(eq(users.id, holder.id));
  return postId;
}

/** A's standard made from the power catalog and published as it is. */
export async function publishedStandardOfA(admin: TestClient): Promise<StandardView> {
  const power = await catalogIdOf(admin, 'power-grid');
  await admin.json('POST', '/api/v1/standard', { sourceCatalogIds: [power] });
  return (await admin.json('POST', '/api/v1/standard/publish')).body;
}
