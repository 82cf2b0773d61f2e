import type { NoticeAudience, NoticeReadFilter } from '@ancha/contracts';
import {
  and,
  arrayOverlaps,
  asc,
  desc,
  eq,
  gte,
  ilike,
  inArray,
  isNotNull,
  isNull,
  lt,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import {
  enterprises,
  noticeReads,
  noticeRecipients,
  notices,
  regions,
  users,
} from '../../db/schema/index.ts';
import { containsPattern } from '../../lib/paging.ts';

export type NoticeRow = typeof notices.$inferSelect;

/**
 * The enterprises a notice reaches: those of the sender's scope (`scope`, access.ts) that match
 * the audience. Chosen enterprises replace the region and industry filters; empty filters mean all.
 */
export function audienceWhere(scope: SQL | undefined, a: NoticeAudience): SQL | undefined {
  if (a.enterpriseIds.length) return and(scope, inArray(enterprises.id, a.enterpriseIds));
  const districts = a.regionCodes.filter((c) => c.length === 6);
  const streets = a.regionCodes.filter((c) => c.length === 9);
  const region = a.regionCodes.length
    ? or(
        districts.length ? inArray(enterprises.districtCode, districts) : undefined,
        streets.length ? inArray(enterprises.streetCode, streets) : undefined,
      )
    : undefined;
  const industry = a.industries.length ? arrayOverlaps(enterprises.industries, a.industries) : undefined;
  return and(scope, region, industry);
}

export async function recipientIds(db: DbOrTx, where: SQL | undefined): Promise<string[]> {
  const rows = await db.select({ id: enterprises.id }).from(enterprises).where(where).orderBy(enterprises.id);
  return rows.map((r) => r.id);
}

/** The enterprise users an email copy goes to: active, with an address. */
export function emailRecipients(db: DbOrTx, enterpriseIds: string[]) {
  return db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(
      and(
        inArray(users.enterpriseId, enterpriseIds),
        eq(users.disabled, false),
        isNotNull(users.email),
        sql`trim(${users.email}) <> ''`,
      ),
    )
    .orderBy(users.id);
}

const recipientCount = sql<number>`(select count(*)::int from ${noticeRecipients} where ${noticeRecipients.noticeId} = ${notices.id})`;
const readCount = sql<number>`(select count(${noticeRecipients.readAt})::int from ${noticeRecipients} where ${noticeRecipients.noticeId} = ${notices.id})`;

export function sentRows(db: DbOrTx) {
  return db.select({ notice: notices, recipientCount, readCount }).from(notices);
}
export type SentRow = Awaited<ReturnType<typeof findSent>> & {};

export function listSent(
  db: DbOrTx,
  f: { senderId: string; keyword?: string | undefined; after?: string | undefined; limit: number },
) {
  return (
    sentRows(db)
      .where(
        and(
          eq(notices.senderId, f.senderId),
          f.keyword ? ilike(notices.title, containsPattern(f.keyword)) : undefined,
          f.after ? lt(notices.id, f.after) : undefined,
        ),
      )
      // Newest first; ids are UUIDv7, so id order is sending order and stable for the cursor.
      .orderBy(desc(notices.id))
      .limit(f.limit)
  );
}

/** The sender's own notice; any other office's reads as absent. */
export async function findSent(db: DbOrTx, senderId: string, id: string) {
  const [row] = await sentRows(db)
    .where(and(eq(notices.id, id), eq(notices.senderId, senderId)))
    .limit(1);
  return row;
}

const dayStart = (d: string) => new Date(`${d}T00:00:00+08:00`);
const nextDay = (d: string) => new Date(dayStart(d).getTime() + 86_400_000);

export interface InboxFilter {
  enterpriseId: string;
  userId: string;
  status?: NoticeReadFilter | undefined;
  keyword?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  after?: string | undefined;
  limit?: number | undefined;
}

/** The notices addressed to the enterprise, each with the calling user's own read mark. */
function inboxRows(db: DbOrTx, f: InboxFilter, extra?: SQL) {
  return db
    .select({ notice: notices, readAt: noticeReads.readAt })
    .from(noticeRecipients)
    .innerJoin(notices, eq(notices.id, noticeRecipients.noticeId))
    .leftJoin(noticeReads, and(eq(noticeReads.noticeId, notices.id), eq(noticeReads.userId, f.userId)))
    .where(
      and(
        eq(noticeRecipients.enterpriseId, f.enterpriseId),
        f.status === 'unread' ? isNull(noticeReads.readAt) : undefined,
        f.status === 'read' ? isNotNull(noticeReads.readAt) : undefined,
        f.keyword ? ilike(notices.title, containsPattern(f.keyword)) : undefined,
        f.from ? gte(notices.sentAt, dayStart(f.from)) : undefined,
        f.to ? lt(notices.sentAt, nextDay(f.to)) : undefined,
        f.after ? lt(notices.id, f.after) : undefined,
        extra,
      ),
    );
}

export function listInbox(db: DbOrTx, f: InboxFilter) {
  return inboxRows(db, f)
    .orderBy(desc(notices.id))
    .limit(f.limit ?? 20);
}

export async function findReceived(db: DbOrTx, f: InboxFilter, id: string) {
  const [row] = await inboxRows(db, f, eq(notices.id, id)).limit(1);
  return row;
}

export async function unreadCount(db: DbOrTx, enterpriseId: string, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(noticeRecipients)
    .leftJoin(
      noticeReads,
      and(eq(noticeReads.noticeId, noticeRecipients.noticeId), eq(noticeReads.userId, userId)),
    )
    .where(and(eq(noticeRecipients.enterpriseId, enterpriseId), isNull(noticeReads.readAt)));
  return Number(row?.n ?? 0);
}

/** Each recipient enterprise's receipt: its street, and who of it first read the notice, when. */
export function receipts(db: DbOrTx, noticeId: string, status: NoticeReadFilter) {
  return db
    .select({
      enterpriseId: enterprises.id,
      enterpriseName: enterprises.name,
      streetName: sql<string>`coalesce(${regions.name}, ${enterprises.streetCode})`,
      readAt: noticeRecipients.readAt,
      readByName: users.displayName,
    })
    .from(noticeRecipients)
    .innerJoin(enterprises, eq(enterprises.id, noticeRecipients.enterpriseId))
    .leftJoin(regions, eq(regions.code, enterprises.streetCode))
    .leftJoin(users, eq(users.id, noticeRecipients.readBy))
    .where(
      and(
        eq(noticeRecipients.noticeId, noticeId),
        status === 'read' ? isNotNull(noticeRecipients.readAt) : undefined,
        status === 'unread' ? isNull(noticeRecipients.readAt) : undefined,
      ),
    )
    .orderBy(asc(enterprises.name), asc(enterprises.id));
}

/** Whether the enterprise is among the notice's recipients (attachment reading). */
export async function isRecipient(db: DbOrTx, noticeId: string, enterpriseId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: noticeRecipients.noticeId })
    .from(noticeRecipients)
    .where(and(eq(noticeRecipients.noticeId, noticeId), eq(noticeRecipients.enterpriseId, enterpriseId)))
    .limit(1);
  return Boolean(row);
}
