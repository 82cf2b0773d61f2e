import { index, pgTable, smallint, text } from 'drizzle-orm/pg-core';

/** Districts (level 2) and township-level units (level 3) by official code; the city is level 1. */
export const regions = pgTable(
  'regions',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    level: smallint('level').notNull(),
    type: text('type').notNull(),
    parentCode: text('parent_code'),
  },
  (t) => [index('regions_parent_idx').on(t.parentCode)],
);
