import { index, integer, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { enterprises } from './enterprises.ts';
import { files } from './files.ts';

// 一企一标准、一岗一清单 (E9, seed 004): the enterprise's departments and posts, each post's
// checklist drawn from the enterprise standard, its own hazard grades, and its roles (E10).

/** A department; `parentId` makes the tree (部门管理). Names are unique in an enterprise, as the import matches by name. */
export const departments = pgTable(
  'departments',
  {
    id: uuid('id').primaryKey(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    parentId: uuid('parent_id'),
    name: text('name').notNull(),
    sort: integer('sort').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [unique('departments_name').on(t.enterpriseId, t.name)],
);

export type PostFrequency = 'daily' | 'weekly' | 'monthly' | 'quarterly';

/** A post (岗位) of a department, with its 上报频次 and its 岗位责任制 document. */
export const posts = pgTable(
  'posts',
  {
    id: uuid('id').primaryKey(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    name: text('name').notNull(),
    frequency: text('frequency').$type<PostFrequency>().notNull(),
    /** 岗位责任制: an uploaded document (files.purpose 'responsibility'). */
    responsibilityFileId: uuid('responsibility_file_id').references(() => files.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [unique('posts_name').on(t.enterpriseId, t.name), index('posts_department_idx').on(t.departmentId)],
);

/**
 * 岗位清单: the items of the enterprise standard a post inspects, by item number, which stays
 * the same from one version of the standard to the next.
 */
export const postChecklistItems = pgTable(
  'post_checklist_items',
  {
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id),
    itemNo: text('item_no').notNull(),
  },
  (t) => [primaryKey({ columns: [t.postId, t.itemNo] })],
);

/** A role inside an enterprise (角色管理), granting pages and actions (E10). */
export const enterpriseRoles = pgTable(
  'enterprise_roles',
  {
    id: uuid('id').primaryKey(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    name: text('name').notNull(),
    permissions: text('permissions').array().notNull().default([]),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [unique('enterprise_roles_name').on(t.enterpriseId, t.name)],
);

/** The enterprise's own hazard grades (A/B/C/D), each mapped to the legal level 一般 or 重大 (seed 004, question 14). */
export const hazardGrades = pgTable(
  'hazard_grades',
  {
    id: uuid('id').primaryKey(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    level: text('level').$type<'general' | 'major'>().notNull(),
    sort: integer('sort').notNull().default(0),
  },
  (t) => [unique('hazard_grades_code').on(t.enterpriseId, t.code)],
);
