import {
  bigint,
  boolean,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
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
    // 企业基本信息 (E2, seed 002). Nullable: an enterprise registered by a regulator fills them in.
    legalRepresentative: text('legal_representative'),
    legalRepresentativePhone: text('legal_representative_phone'),
    principalName: text('principal_name'),
    principalPhone: text('principal_phone'),
    phone: text('phone'),
    staffCount: integer('staff_count'),
    nature: text('nature'),
    scale: text('scale'),
    parentGroup: text('parent_group'),
    districtDepartment: text('district_department'),
    cityDepartment: text('city_department'),
    standardizationLevel: text('standardization_level'),
    establishedOn: date('established_on'),
    registeredCapitalFen: bigint('registered_capital_fen', { mode: 'number' }),
    businessScope: text('business_scope'),
    hasSafetyOrg: boolean('has_safety_org'),
    safetyOrgName: text('safety_org_name'),
    fullTimeSafetyStaff: integer('full_time_safety_staff'),
    hasMajorHazardSource: boolean('has_major_hazard_source'),
    majorHazardSourceCount: integer('major_hazard_source_count'),
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
