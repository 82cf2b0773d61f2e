import { boolean, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { catalogs } from './catalogs.ts';

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
    /** The day of the month (Beijing) open records are reported automatically (E8, seed 002). */
    reportDay: integer('report_day').notNull().default(25),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  // Government lists filter by region first (ARCHITECTURE.md: indexes lead with the scope columns).
  (t) => [index('enterprises_region_idx').on(t.districtCode, t.streetCode, t.id)],
);

/** A place of an enterprise that is inspected, with its assigned inspector (E3). */
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
    /** Who made it: the enterprise admin, or an inspector adding a site of their own. */
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('sites_enterprise_idx').on(t.enterpriseId, t.id),
    index('sites_inspector_idx').on(t.inspectorUserId),
  ],
);

/**
 * The catalogs chosen for a site (行业与检查内容). A catalog, not a version: an inspection
 * uses the version published when it starts, and records it.
 */
export const siteCatalogs = pgTable(
  'site_catalogs',
  {
    siteId: uuid('site_id')
      .notNull()
      .references(() => sites.id),
    catalogId: uuid('catalog_id')
      .notNull()
      .references(() => catalogs.id),
    sort: integer('sort').notNull(),
  },
  (t) => [primaryKey({ columns: [t.siteId, t.catalogId] })],
);
