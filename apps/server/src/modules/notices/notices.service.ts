import type {
  NoticeDetail,
  NoticeInboxItem,
  NoticeInboxQuery,
  NoticeReadFilter,
  NoticeReceipts,
  NoticeSentQuery,
  NoticeSentView,
} from '@ancha/contracts';
import { and, eq, isNull } from 'drizzle-orm';
import { noticeReads, noticeRecipients } from '../../db/schema/index.ts';
import { type Actor, requireAccess } from '../../lib/access.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { Deps, RequestMeta } from '../../lib/context.ts';
import { notFound } from '../../lib/errors.ts';
import { assertCursor, NO_ID } from '../../lib/paging.ts';
import { attachmentRefs } from '../attachments/attachments.service.ts';
import * as repo from './notices.repository.ts';

const iso = (d: Date | null) => d?.toISOString() ?? null;
const isEnterprise = (a: Actor) => a.role === 'ent_admin' || a.role === 'ent_inspector';

function toSent(r: repo.SentRow): NoticeSentView {
  const n = r.notice;
  return {
    id: n.id,
    title: n.title,
    senderName: n.senderName,
    sentAt: n.sentAt.toISOString(),
    audience: n.audience,
    attachmentCount: n.attachmentIds.length,
    recipientCount: Number(r.recipientCount),
    readCount: Number(r.readCount),
  };
}

function toInbox(n: repo.NoticeRow, readAt: Date | null): NoticeInboxItem {
  return {
    id: n.id,
    title: n.title,
    senderName: n.senderName,
    sentAt: n.sentAt.toISOString(),
    attachmentCount: n.attachmentIds.length,
    readAt: iso(readAt),
  };
}

/**
 * Reading notices: the sender's list and receipts, and the recipients' inbox. A notice is the
 * sender's (same account) or its recipient enterprises' users'; to anyone else it is absent.
 */
export function createNoticesService({ database, now }: Deps) {
  const db = database.db;
  const inboxOf = (a: Actor) => ({ enterpriseId: a.enterpriseId ?? NO_ID, userId: a.id });

  async function sentOrAbsent(actor: Actor, id: string) {
    const row = await repo.findSent(db, actor.id, id);
    if (!row) throw notFound('通知');
    return row;
  }

  /**
   * The caller's first opening marks it read for the caller and, if first of its enterprise,
   * sets the enterprise's receipt. Conditional writes make repeats and races change nothing.
   */
  async function markRead(actor: Actor, id: string, meta: RequestMeta): Promise<Date> {
    const at = now();
    return db.transaction(async (tx) => {
      const [mine] = await tx
        .insert(noticeReads)
        .values({ noticeId: id, userId: actor.id, readAt: at })
        .onConflictDoNothing()
        .returning({ readAt: noticeReads.readAt });
      if (!mine) {
        const [had] = await tx
          .select({ readAt: noticeReads.readAt })
          .from(noticeReads)
          .where(and(eq(noticeReads.noticeId, id), eq(noticeReads.userId, actor.id)));
        return had!.readAt;
      }
      const first = await tx
        .update(noticeRecipients)
        .set({ readAt: at, readBy: actor.id })
        .where(
          and(
            eq(noticeRecipients.noticeId, id),
            eq(noticeRecipients.enterpriseId, actor.enterpriseId!),
            isNull(noticeRecipients.readAt),
          ),
        )
        .returning({ id: noticeRecipients.noticeId });
      await recordAudit(tx, { ...meta, actor }, at, {
        action: 'notice.read',
        entityType: 'notice',
        entityId: id,
        enterpriseId: actor.enterpriseId,
        after: { readAt: at, firstOfEnterprise: first.length > 0 },
      });
      return at;
    });
  }

  return {
    async sentOne(caller: Actor | null, id: string): Promise<NoticeSentView> {
      const actor = requireAccess(caller, 'notice.send');
      return toSent(await sentOrAbsent(actor, id));
    },

    async listSent(caller: Actor | null, q: NoticeSentQuery) {
      const actor = requireAccess(caller, 'notice.send');
      assertCursor(q.cursor);
      const rows = await repo.listSent(db, {
        senderId: actor.id,
        keyword: q.keyword,
        after: q.cursor,
        limit: q.limit + 1,
      });
      const page = rows.slice(0, q.limit);
      return { items: page.map(toSent), nextCursor: rows.length > q.limit ? page.at(-1)!.notice.id : null };
    },

    async receipts(caller: Actor | null, id: string, status: NoticeReadFilter): Promise<NoticeReceipts> {
      const actor = requireAccess(caller, 'notice.send');
      const sent = await sentOrAbsent(actor, id);
      const rows = await repo.receipts(db, id, status);
      return {
        noticeId: id,
        title: sent.notice.title,
        recipientCount: Number(sent.recipientCount),
        readCount: Number(sent.readCount),
        items: rows.map((r) => ({ ...r, readAt: iso(r.readAt) })),
      };
    },

    async inbox(caller: Actor | null, q: NoticeInboxQuery) {
      const actor = requireAccess(caller, 'notice.receive');
      assertCursor(q.cursor);
      const rows = await repo.listInbox(db, {
        ...inboxOf(actor),
        status: q.status,
        keyword: q.keyword,
        from: q.from,
        to: q.to,
        after: q.cursor,
        limit: q.limit + 1,
      });
      const page = rows.slice(0, q.limit);
      return {
        items: page.map((r) => toInbox(r.notice, r.readAt)),
        nextCursor: rows.length > q.limit ? page.at(-1)!.notice.id : null,
      };
    },

    async unreadCount(caller: Actor | null) {
      const actor = requireAccess(caller, 'notice.receive');
      return { unread: await repo.unreadCount(db, actor.enterpriseId ?? NO_ID, actor.id) };
    },

    /** The sender reads its own notice as sent; a recipient's user reads it and so marks it read. */
    async detail(caller: Actor | null, id: string, meta: RequestMeta): Promise<NoticeDetail> {
      const actor = requireAccess(caller, 'notice.read');
      let notice: repo.NoticeRow;
      let readAt: Date | null = null;
      if (isEnterprise(actor)) {
        const row = await repo.findReceived(db, inboxOf(actor), id);
        if (!row) throw notFound('通知');
        notice = row.notice;
        readAt = row.readAt ?? (await markRead(actor, id, meta));
      } else {
        notice = (await sentOrAbsent(actor, id)).notice;
      }
      return {
        ...toInbox(notice, readAt),
        bodyHtml: notice.bodyHtml,
        attachments: await attachmentRefs(db, notice.attachmentIds),
      };
    },
  };
}

export type NoticesService = ReturnType<typeof createNoticesService>;
