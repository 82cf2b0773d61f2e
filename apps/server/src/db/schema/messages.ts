import {
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { enterprises } from './enterprises.ts';
import { users } from './users.ts';

/** Whom a notice is for: enterprises by region, by industry, or by name (all within the sender's scope). */
export interface NoticeAudience {
  /** District or street codes; empty means the whole of the sender's region. */
  regionCodes: string[];
  /** Industry codes; empty means every industry. */
  industries: string[];
  /** Enterprises chosen by name; when given, regions and industries are ignored. */
  enterpriseIds: string[];
}

/**
 * 公告通知 (G7, seed 002): a government office's message to enterprises. The body is HTML,
 * sanitized on the server before it is stored. Recipients are fixed when it is sent, so an
 * enterprise that moves later does not change who was told.
 */
export const notices = pgTable(
  'notices',
  {
    id: uuid('id').primaryKey(),
    senderId: uuid('sender_id')
      .notNull()
      .references(() => users.id),
    /** The sending office's name as shown to enterprises (e.g. 西城区应急管理局). */
    senderName: text('sender_name').notNull(),
    title: text('title').notNull(),
    bodyHtml: text('body_html').notNull(),
    audience: jsonb('audience').$type<NoticeAudience>().notNull(),
    /** Attachments (table `attachments`, purpose 'notice'). */
    attachmentIds: uuid('attachment_ids').array().notNull().default([]),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('notices_sender_idx').on(t.senderId, t.sentAt)],
);

/** One row per enterprise a notice reached: the read receipt the sender sees (已读 / 未读). */
export const noticeRecipients = pgTable(
  'notice_recipients',
  {
    noticeId: uuid('notice_id')
      .notNull()
      .references(() => notices.id),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    /** The first time anyone of the enterprise opened it, and who. */
    readAt: timestamp('read_at', { withTimezone: true }),
    readBy: uuid('read_by').references(() => users.id),
  },
  (t) => [
    primaryKey({ columns: [t.noticeId, t.enterpriseId] }),
    index('notice_recipients_enterprise_idx').on(t.enterpriseId, t.noticeId),
  ],
);

/** Each user's own read mark, for the unread badge: one admin reading does not clear a colleague's. */
export const noticeReads = pgTable(
  'notice_reads',
  {
    noticeId: uuid('notice_id')
      .notNull()
      .references(() => notices.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    readAt: timestamp('read_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.noticeId, t.userId] })],
);

export type ReminderKind =
  | 'inspection_due'
  | 'deadline_near'
  | 'deadline_passed'
  | 'major_hazard'
  | 'ledger_stale'
  | 'report_day';

/**
 * 系统提醒 (G7): a message the scheduled jobs write to one user. The unique key makes each
 * reminder idempotent per kind, subject, period and recipient, so a job may run any number of times.
 */
export const reminders = pgTable(
  'reminders',
  {
    id: uuid('id').primaryKey(),
    kind: text('kind').$type<ReminderKind>().notNull(),
    /** What it is about: an enterprise, a hazard or a ledger entry. */
    subjectType: text('subject_type').notNull(),
    subjectId: uuid('subject_id').notNull(),
    /** The period it belongs to (a month, a week, a date): once per subject and period. */
    period: text('period').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** The enterprise concerned, if any: lets its regulators' scope and the sweeps find it. */
    enterpriseId: uuid('enterprise_id').references(() => enterprises.id),
    title: text('title').notNull(),
    body: text('body').notNull(),
    /** The page that deals with it, relative to the web app (e.g. /console/hazards?id=...). */
    link: text('link'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    unique('reminders_once').on(t.kind, t.subjectId, t.period, t.userId),
    index('reminders_user_idx').on(t.userId, t.createdAt),
  ],
);

export type DeliveryStatus = 'pending' | 'sent' | 'failed';

/**
 * The outbox for channels beyond the app (email, ...): written in the same transaction as the
 * notice or reminder, sent afterwards by a job, so a mail server being down loses nothing.
 */
export const deliveries = pgTable(
  'deliveries',
  {
    id: uuid('id').primaryKey(),
    channel: text('channel').notNull(),
    /** 'notice' or 'reminder', and its id. */
    sourceType: text('source_type').notNull(),
    sourceId: uuid('source_id').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** The address at the time of writing (an email address for 'email'). */
    address: text('address').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    status: text('status').$type<DeliveryStatus>().notNull(),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    unique('deliveries_once').on(t.channel, t.sourceType, t.sourceId, t.userId),
    index('deliveries_pending_idx').on(t.status, t.createdAt),
  ],
);
