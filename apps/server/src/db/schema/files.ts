import { customType, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { enterprises } from './enterprises.ts';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

export type FilePurpose = 'hazard' | 'rectification' | 'enterprise' | 'responsibility';

/**
 * A photo uploaded from a phone or the console. The bytes live in the database, not on disk:
 * an upload then commits or vanishes with its transaction, every app process behind a load
 * balancer sees it, and a backup carries it (docs/adr/0001-files-in-the-database.md).
 * The id is chosen by the client (UUIDv7), so a retried upload is the same file.
 */
export const files = pgTable(
  'files',
  {
    id: uuid('id').primaryKey(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    uploadedBy: uuid('uploaded_by').notNull(),
    purpose: text('purpose').$type<FilePurpose>().notNull(),
    mime: text('mime').notNull(),
    name: text('name').notNull().default(''),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    /**
     * Set when a submitted record or the saved profile refers to the file. Until then only its
     * uploader (and the enterprise admin) may read it: a draft's photos are the drafter's.
     */
    attachedAt: timestamp('attached_at', { withTimezone: true }),
  },
  (t) => [index('files_enterprise_idx').on(t.enterpriseId, t.id)],
);
