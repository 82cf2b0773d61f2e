import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users.ts';

export type InfoReportKind = 'work_info' | 'typical_case' | 'quarterly_summary';

/**
 * 信息报送 (G8, seed 003 "信息管理制度"): every month at least one piece of work information or
 * a typical case, every quarter a summary, from each office to the office above it. An office
 * is identified by its key (lib/offices.ts): its region code, or region and industries for an
 * industry department.
 */
export const infoReports = pgTable(
  'info_reports',
  {
    id: uuid('id').primaryKey(),
    kind: text('kind').$type<InfoReportKind>().notNull(),
    /** '2026-11' for monthly kinds, '2026-Q4' for the quarterly summary. */
    period: text('period').notNull(),
    officeKey: text('office_key').notNull(),
    officeName: text('office_name').notNull(),
    /** The office above, which reads it and chases who has not submitted. */
    toOfficeKey: text('to_office_key').notNull(),
    title: text('title').notNull(),
    bodyHtml: text('body_html').notNull(),
    attachmentIds: uuid('attachment_ids').array().notNull().default([]),
    submittedBy: uuid('submitted_by')
      .notNull()
      .references(() => users.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('info_reports_to_idx').on(t.toOfficeKey, t.period),
    index('info_reports_office_idx').on(t.officeKey, t.period),
  ],
);

/** One line of attachment 4: 主管领导 or 联系人员. */
export interface ContactPerson {
  role: 'leader' | 'contact';
  name: string;
  /** 部门及职务 */
  position: string;
  officePhone: string;
  mobile: string;
}

/** 城市安全隐患治理三年行动工作联系表 (seed 003, attachment 4): one per office, kept current. */
export const officeContacts = pgTable('office_contacts', {
  officeKey: text('office_key').primaryKey(),
  /** 单位名称 */
  unitName: text('unit_name').notNull(),
  people: jsonb('people').$type<ContactPerson[]>().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  updatedBy: uuid('updated_by')
    .notNull()
    .references(() => users.id),
});
