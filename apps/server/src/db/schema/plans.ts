import { index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';

/**
 * 年度监督检查计划 (G5, seed 003 attachment 3): one per office and year, with its targets.
 * An office is a government account's scope: its role, region and (for industry departments)
 * industries, written as `office_key` (e.g. `gov_district:110102`, `gov_industry:110000:power`).
 */
export const supervisionPlans = pgTable(
  'supervision_plans',
  {
    id: uuid('id').primaryKey(),
    year: integer('year').notNull(),
    officeKey: text('office_key').notNull(),
    regionCode: text('region_code').notNull(),
    unitName: text('unit_name').notNull(),
    /** 年度监督检查目标（家次） */
    targetInspections: integer('target_inspections').notNull(),
    /** 挂账隐患核查比例（%） */
    verificationPercent: integer('verification_percent').notNull(),
    note: text('note').notNull().default(''),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    unique('supervision_plans_office_year').on(t.officeKey, t.year),
    index('supervision_plans_region_idx').on(t.regionCode, t.year),
  ],
);

/** 工作安排: the schedule rows of a plan, in their order. */
export const supervisionPlanRows = pgTable(
  'supervision_plan_rows',
  {
    id: uuid('id').primaryKey(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => supervisionPlans.id),
    sort: integer('sort').notNull(),
    /** 检查时间安排 */
    schedule: text('schedule').notNull(),
    /** 参加检查部门及人员 */
    people: text('people').notNull(),
    /** 检查地区或单位名称 */
    targets: text('targets').notNull(),
    /** 检查重点内容 */
    focus: text('focus').notNull(),
  },
  (t) => [index('supervision_plan_rows_plan_idx').on(t.planId, t.sort)],
);
