import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { enterprises } from './enterprises.ts';
import { files } from './files.ts';

/** 单位图片信息 (E2, seed 002): an image with its type and title. */
export const enterpriseImages = pgTable(
  'enterprise_images',
  {
    id: uuid('id').primaryKey(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    fileId: uuid('file_id')
      .notNull()
      .references(() => files.id),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('enterprise_images_enterprise_idx').on(t.enterpriseId, t.id)],
);

/** 单位人员信息 (E2, seed 002): the safety head and the other safety managers. */
export const safetyPersonnel = pgTable(
  'safety_personnel',
  {
    id: uuid('id').primaryKey(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    role: text('role').$type<'safety_head' | 'full_time' | 'part_time'>().notNull(),
    name: text('name').notNull(),
    position: text('position').notNull().default(''),
    phone: text('phone').notNull(),
    certificateNo: text('certificate_no').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('safety_personnel_enterprise_idx').on(t.enterpriseId, t.id)],
);
