import type { ReadAllResult, ReminderListQuery, ReminderView, UnreadCount } from '@ancha/contracts';
import { and, count, desc, eq, gte, ilike, isNotNull, isNull, lt, type SQL } from 'drizzle-orm';
import { reminders } from '../../db/schema/index.ts';
import { type Actor, requireAccess } from '../../lib/access.ts';
import type { Deps } from '../../lib/context.ts';
import { notFound } from '../../lib/errors.ts';
import { assertCursor, containsPattern } from '../../lib/paging.ts';
import { addDays } from './reminder-rules.ts';

type Row = typeof reminders.$inferSelect;

const toView = (r: Row): ReminderView => ({
  id: r.id,
  kind: r.kind,
  title: r.title,
  body: r.body,
  link: r.link,
  createdAt: r.createdAt.toISOString(),
  readAt: r.readAt?.toISOString() ?? null,
});

/** The first instant of a Beijing date. */
const beijingStart = (date: string) => new Date(`${date}T00:00:00+08:00`);

/**
 * A user's own 系统提醒 (G7): only ever the caller's rows, so another user's id reads as absent.
 * A read mark is the reader's own inbox state, which nobody else sees or relies on, so it is
 * not an audited change (the audit trail records the reminders' creation by the job).
 */
export function createRemindersService({ database, now }: Deps) {
  const db = database.db;
  return {
    async list(
      caller: Actor | null,
      q: ReminderListQuery,
    ): Promise<{ items: ReminderView[]; nextCursor: string | null }> {
      const actor = requireAccess(caller, 'reminder.read');
      assertCursor(q.cursor);
      const where: (SQL | undefined)[] = [eq(reminders.userId, actor.id)];
      if (q.status === 'unread') where.push(isNull(reminders.readAt));
      if (q.status === 'read') where.push(isNotNull(reminders.readAt));
      if (q.keyword) where.push(ilike(reminders.title, containsPattern(q.keyword)));
      if (q.from) where.push(gte(reminders.createdAt, beijingStart(q.from)));
      if (q.to) where.push(lt(reminders.createdAt, beijingStart(addDays(q.to, 1))));
      if (q.cursor) where.push(lt(reminders.id, q.cursor));
      // Ids are UUIDv7, so newest first by id is newest first by creation.
      const rows = await db
        .select()
        .from(reminders)
        .where(and(...where))
        .orderBy(desc(reminders.id))
        .limit(q.limit + 1);
      const page = rows.slice(0, q.limit);
      return { items: page.map(toView), nextCursor: rows.length > q.limit ? page.at(-1)!.id : null };
    },

    async unreadCount(caller: Actor | null): Promise<UnreadCount> {
      const actor = requireAccess(caller, 'reminder.read');
      const [row] = await db
        .select({ n: count() })
        .from(reminders)
        .where(and(eq(reminders.userId, actor.id), isNull(reminders.readAt)));
      return { unread: row?.n ?? 0 };
    },

    /** Opening a reminder marks it read; opening it again keeps the first time. */
    async read(caller: Actor | null, id: string): Promise<ReminderView> {
      const actor = requireAccess(caller, 'reminder.read');
      const mine = and(eq(reminders.id, id), eq(reminders.userId, actor.id));
      await db
        .update(reminders)
        .set({ readAt: now() })
        .where(and(mine, isNull(reminders.readAt)));
      const [row] = await db.select().from(reminders).where(mine);
      if (!row) throw notFound('提醒');
      return toView(row);
    },

    async readAll(caller: Actor | null): Promise<ReadAllResult> {
      const actor = requireAccess(caller, 'reminder.read');
      const done = await db
        .update(reminders)
        .set({ readAt: now() })
        .where(and(eq(reminders.userId, actor.id), isNull(reminders.readAt)))
        .returning({ id: reminders.id });
      return { updated: done.length };
    },
  };
}

export type RemindersService = ReturnType<typeof createRemindersService>;
