import { boolean, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const enterprises = pgTable(
  'enterprises',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    uscc: text('uscc').notNull().unique(),
    districtCode: text('district_code').notNull(),
    streetCode: text('street_code').notNull(),
    address: text('address').notNull().default(''),
    industries: text('industries').array().notNull().default([]),
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  // Government lists filter by region first (ARCHITECTURE.md: indexes lead with the scope columns).
  (t) => [index('enterprises_region_idx').on(t.districtCode, t.streetCode, t.id)],
);

/** A place of an enterprise that is inspected; the catalogs chosen for it arrive with the catalogs. */
export const sites = pgTable(
  'sites',
  {
    id: uuid('id').primaryKey(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    name: text('name').notNull(),
    districtCode: text('district_code').notNull(),
    streetCode: text('street_code').notNull(),
    address: text('address').notNull().default(''),
    inspectorUserId: uuid('inspector_user_id'),
    inspectorName: text('inspector_name').notNull(),
    inspectorPhone: text('inspector_phone').notNull(),
    inspectorIdNumber: text('inspector_id_number').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sites_enterprise_idx').on(t.enterpriseId, t.id)],
);
