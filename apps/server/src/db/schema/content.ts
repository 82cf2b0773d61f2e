import { boolean, customType, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users.ts';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

export type AttachmentPurpose = 'notice' | 'content' | 'info_report';

/**
 * A document attached to a notice, a content page or an information report (PDF, Word, Excel,
 * images). Kept apart from `files`, which belong to one enterprise: these belong to an office or
 * to the platform, and whoever may read the record they are attached to may read them.
 */
export const attachments = pgTable(
  'attachments',
  {
    id: uuid('id').primaryKey(),
    purpose: text('purpose').$type<AttachmentPurpose>().notNull(),
    uploadedBy: uuid('uploaded_by')
      .notNull()
      .references(() => users.id),
    name: text('name').notNull(),
    mime: text('mime').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    /** The notice, page or report it belongs to; null until that record is saved. */
    ownerId: uuid('owner_id'),
  },
  (t) => [index('attachments_owner_idx').on(t.ownerId)],
);

export type ContentCategory = 'news' | 'policy' | 'standard' | 'faq' | 'help';

/**
 * 新闻动态 / 政策法规 / 标准规范 / 常见问题 / 在线帮助 (G7, seed 002 "在线帮助"): pages the
 * platform admin keeps, readable by every signed-in user. Built-in help pages ship with the
 * system (slug set) and are refreshed from the repository's files when those change.
 */
export const contentPages = pgTable(
  'content_pages',
  {
    id: uuid('id').primaryKey(),
    category: text('category').$type<ContentCategory>().notNull(),
    /** Set for the pages that ship with the system; unique, so a restart does not duplicate them. */
    slug: text('slug').unique(),
    title: text('title').notNull(),
    /** Sanitized HTML. */
    bodyHtml: text('body_html').notNull(),
    /** Plain text of the body, for search. */
    bodyText: text('body_text').notNull(),
    attachmentIds: uuid('attachment_ids').array().notNull().default([]),
    /** 发布单位 or source, e.g. 北京市应急管理局. */
    source: text('source'),
    pinned: boolean('pinned').notNull().default(false),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    updatedBy: uuid('updated_by').references(() => users.id),
  },
  (t) => [index('content_pages_category_idx').on(t.category, t.publishedAt)],
);
