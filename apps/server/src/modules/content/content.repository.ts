import type { ContentCategory } from '@ancha/contracts';
import { and, desc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { contentPages } from '../../db/schema/index.ts';
import { containsPattern } from '../../lib/paging.ts';

export type ContentRow = typeof contentPages.$inferSelect;

/** Where a page of the list ends: the sort key of its last row (pinned, date, id). */
export interface ContentCursor {
  pinned: boolean;
  publishedAt: string;
  id: string;
}

const summary = {
  id: contentPages.id,
  category: contentPages.category,
  slug: contentPages.slug,
  title: contentPages.title,
  // Lists show a line of text, not the body: a long law would otherwise travel whole.
  excerpt: sql<string>`left(${contentPages.bodyText}, 120)`,
  source: contentPages.source,
  pinned: contentPages.pinned,
  attachmentCount: sql<number>`cardinality(${contentPages.attachmentIds})`.mapWith(Number),
  publishedAt: contentPages.publishedAt,
  updatedAt: contentPages.updatedAt,
};

/** Pinned first, then newest; the id breaks ties so the cursor is exact. */
export async function listPages(
  db: DbOrTx,
  q: { category?: ContentCategory | undefined; q?: string | undefined; after?: ContentCursor; limit: number },
) {
  const where: (SQL | undefined)[] = [];
  if (q.category) where.push(eq(contentPages.category, q.category));
  if (q.q) {
    const pattern = containsPattern(q.q);
    where.push(or(ilike(contentPages.title, pattern), ilike(contentPages.bodyText, pattern)));
  }
  if (q.after)
    where.push(
      sql`(${contentPages.pinned}::int, ${contentPages.publishedAt}, ${contentPages.id}) < (${q.after.pinned ? 1 : 0}, ${q.after.publishedAt}::timestamptz, ${q.after.id}::uuid)`,
    );
  return db
    .select(summary)
    .from(contentPages)
    .where(and(...where))
    .orderBy(desc(contentPages.pinned), desc(contentPages.publishedAt), desc(contentPages.id))
    .limit(q.limit);
}

export async function findPage(db: DbOrTx, id: string): Promise<ContentRow | undefined> {
  const [row] = await db.select().from(contentPages).where(eq(contentPages.id, id));
  return row;
}

export async function pageExists(db: DbOrTx, id: string): Promise<boolean> {
  const [row] = await db.select({ id: contentPages.id }).from(contentPages).where(eq(contentPages.id, id));
  return row !== undefined;
}

export async function insertPage(db: DbOrTx, row: typeof contentPages.$inferInsert): Promise<void> {
  await db.insert(contentPages).values(row);
}

export async function updatePage(
  db: DbOrTx,
  id: string,
  patch: Partial<typeof contentPages.$inferInsert>,
): Promise<void> {
  await db.update(contentPages).set(patch).where(eq(contentPages.id, id));
}

export async function deletePage(db: DbOrTx, id: string): Promise<void> {
  await db.delete(contentPages).where(eq(contentPages.id, id));
}
