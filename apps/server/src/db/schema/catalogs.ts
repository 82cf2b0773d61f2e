import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { enterprises } from './enterprises.ts';

/** The industries of the site-creation tree; exactly one is the general one (其他行业). */
export const industries = pgTable('industries', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  isGeneral: boolean('is_general').notNull().default(false),
  sort: integer('sort').notNull(),
});

/** A major-hazard standard (重大事故隐患判定标准) and its clauses, which catalog items cite (X3). */
export const majorCriteria = pgTable('major_criteria', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  issuedBy: text('issued_by').notNull(),
  effectiveFrom: date('effective_from').notNull(),
});

export const majorClauses = pgTable(
  'major_clauses',
  {
    code: text('code').primaryKey(),
    criteriaCode: text('criteria_code')
      .notNull()
      .references(() => majorCriteria.code),
    article: text('article').notNull(),
    text: text('text').notNull(),
    sort: integer('sort').notNull(),
  },
  (t) => [index('major_clauses_criteria_idx').on(t.criteriaCode, t.sort)],
);

/**
 * A catalog: an industry's official one, or an enterprise's own standard (一企一标准, E9) made
 * from them, which `enterpriseId` names. A standard is versioned and inspected like any catalog,
 * but only its enterprise and that enterprise's regulators see it.
 */
export const catalogs = pgTable(
  'catalogs',
  {
    id: uuid('id').primaryKey(),
    code: text('code').notNull().unique(),
    industryCode: text('industry_code')
      .notNull()
      .references(() => industries.code),
    enterpriseId: uuid('enterprise_id').references((): AnyPgColumn => enterprises.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('catalogs_one_standard').on(t.enterpriseId).where(sql`enterprise_id is not null`)],
);

export type CatalogStatus = 'draft' | 'published' | 'retired';

/**
 * One version of a catalog. A published version never changes (a trigger refuses edits to its
 * categories and items); inspections will record the version they used.
 */
export const catalogVersions = pgTable(
  'catalog_versions',
  {
    id: uuid('id').primaryKey(),
    catalogId: uuid('catalog_id')
      .notNull()
      .references(() => catalogs.id),
    version: integer('version').notNull(),
    status: text('status').$type<CatalogStatus>().notNull(),
    name: text('name').notNull(),
    source: text('source').notNull(),
    /** Hash of the shipped file a version was loaded from; a changed file becomes a new version. */
    fileHash: text('file_hash'),
    basedOnId: uuid('based_on_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedBy: uuid('published_by'),
  },
  (t) => [
    unique('catalog_versions_number').on(t.catalogId, t.version),
    // One draft per catalog at a time, even when two editors press 新建草稿 together.
    uniqueIndex('catalog_versions_one_draft').on(t.catalogId).where(sql`status = 'draft'`),
  ],
);

export const catalogCategories = pgTable(
  'catalog_categories',
  {
    id: uuid('id').primaryKey(),
    versionId: uuid('version_id')
      .notNull()
      .references(() => catalogVersions.id),
    parentId: uuid('parent_id'),
    name: text('name').notNull(),
    sort: integer('sort').notNull(),
  },
  (t) => [index('catalog_categories_version_idx').on(t.versionId, t.sort)],
);

export const catalogItems = pgTable(
  'catalog_items',
  {
    id: uuid('id').primaryKey(),
    versionId: uuid('version_id')
      .notNull()
      .references(() => catalogVersions.id),
    categoryId: uuid('category_id')
      .notNull()
      .references(() => catalogCategories.id),
    no: text('no').notNull(),
    text: text('text').notNull(),
    basis: text('basis').notNull(),
    majorClauseCode: text('major_clause_code').references(() => majorClauses.code),
    guidance: text('guidance'),
    sort: integer('sort').notNull(),
    /**
     * An enterprise standard's item taken from an official catalog: the version and item number
     * it came from, so a newer version of that catalog can be offered as a diff. Null for the
     * official catalogs' own items and for items the enterprise wrote.
     */
    sourceVersionId: uuid('source_version_id'),
    sourceNo: text('source_no'),
  },
  (t) => [
    unique('catalog_items_number').on(t.versionId, t.no),
    index('catalog_items_version_idx').on(t.versionId, t.sort),
  ],
);
