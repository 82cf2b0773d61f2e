import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { catalogItems, catalogs, catalogVersions } from './catalogs.ts';
import { enterprises, sites } from './enterprises.ts';
import { posts } from './organisation.ts';
import { users } from './users.ts';

export type InspectionStatus = 'draft' | 'submitted' | 'reported';
/** self: the enterprise's own (E4); supervision: a regulator's, with the same catalogs (G2). */
export type InspectionKind = 'self' | 'supervision';

/**
 * A self-inspection. Its id is chosen by the phone that starts it (UUIDv7), so a draft made
 * offline is saved and submitted later under the same id, exactly once (X1). It records the
 * catalog version it used. Region codes are copied in so regulators' queries need no join.
 */
export const inspections = pgTable(
  'inspections',
  {
    id: uuid('id').primaryKey(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    districtCode: text('district_code').notNull(),
    streetCode: text('street_code').notNull(),
    siteId: uuid('site_id')
      .notNull()
      .references(() => sites.id),
    catalogId: uuid('catalog_id')
      .notNull()
      .references(() => catalogs.id),
    catalogVersionId: uuid('catalog_version_id')
      .notNull()
      .references(() => catalogVersions.id),
    inspectorId: uuid('inspector_id')
      .notNull()
      .references(() => users.id),
    status: text('status').$type<InspectionStatus>().notNull(),
    kind: text('kind').$type<InspectionKind>().notNull().default('self'),
    post: text('post'),
    /**
     * 岗位清单 inspections (E9): the post and the period it covers ('2026-11-23', '2026-W48',
     * '2026-11', '2026-Q4' by the post's 上报频次, Beijing calendar). Null for site inspections.
     */
    postId: uuid('post_id').references(() => posts.id),
    period: text('period'),
    inspectorPhone: text('inspector_phone'),
    acknowledged: boolean('acknowledged').notNull().default(false),
    hasHazards: boolean('has_hazards').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    savedAt: timestamp('saved_at', { withTimezone: true }).notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    reportedAt: timestamp('reported_at', { withTimezone: true }),
    // 监督检查 (G2, seed 003 attachment 1); null for self-inspections.
    /** 检查类型: routine 日常检查, review 复查, verification 核查, spot 抽查, revisit 回头看检查, other 其他 */
    checkType: text('check_type'),
    /** 检查单位 */
    checkUnit: text('check_unit'),
    /** 检查人数 */
    checkPeople: integer('check_people'),
    findings: text('findings'),
    /** 处罚类型: order 责令整改, fine 罚款, suspend 停产停业, close 关闭取缔, other 其他 (none: 无) */
    penaltyType: text('penalty_type'),
    /** 罚款金额 in fen (the attachment prints 万元) */
    fineFen: bigint('fine_fen', { mode: 'number' }),
  },
  (t) => [
    index('inspections_enterprise_idx').on(t.enterpriseId, t.id),
    index('inspections_region_idx').on(t.districtCode, t.streetCode, t.id),
    index('inspections_inspector_idx').on(t.inspectorId, t.id),
    index('inspections_kind_region_idx').on(t.kind, t.districtCode, t.streetCode, t.id),
    index('inspections_post_period_idx').on(t.postId, t.period),
  ],
);

export const inspectionAnswers = pgTable(
  'inspection_answers',
  {
    inspectionId: uuid('inspection_id')
      .notNull()
      .references(() => inspections.id),
    itemId: uuid('item_id')
      .notNull()
      .references(() => catalogItems.id),
    answer: text('answer').$type<'hazard' | 'clear' | 'na'>().notNull(),
    /** The rest of the answer (description, level, rectification), as the contract's AnswerInput. */
    detail: jsonb('detail').$type<Record<string, unknown>>(),
  },
  (t) => [primaryKey({ columns: [t.inspectionId, t.itemId] })],
);

/** A hazard found by an inspection: one per 有隐患 answer, made when the inspection is submitted. */
export const hazards = pgTable(
  'hazards',
  {
    id: uuid('id').primaryKey(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    districtCode: text('district_code').notNull(),
    streetCode: text('street_code').notNull(),
    siteId: uuid('site_id')
      .notNull()
      .references(() => sites.id),
    inspectionId: uuid('inspection_id')
      .notNull()
      .references(() => inspections.id),
    itemId: uuid('item_id')
      .notNull()
      .references(() => catalogItems.id),
    status: text('status').$type<'pending' | 'resolved' | 'withdrawn'>().notNull(),
    level: text('level').$type<'general' | 'major'>().notNull(),
    description: text('description').notNull(),
    mode: text('mode').$type<'immediate' | 'scheduled'>().notNull(),
    immediateAction: text('immediate_action'),
    owner: text('owner'),
    measures: text('measures'),
    fundsFen: bigint('funds_fen', { mode: 'number' }),
    deadline: date('deadline'),
    contingency: text('contingency'),
    majorReason: text('major_reason'),
    /** The enterprise's own grade (A/B/C/D) chosen by its user; `level` is the legal level it maps to. */
    gradeCode: text('grade_code'),
    /** 重大隐患专项报告: 现状及产生原因, 危害程度和整改难易程度分析, 治理方案 (E7). */
    specialReport: jsonb('special_report').$type<{ situation: string; severity: string; plan: string }>(),
    /** Photos taken when it was found, and of the fix (files.id). */
    photoIds: uuid('photo_ids').array().notNull().default([]),
    rectificationPhotoIds: uuid('rectification_photo_ids').array().notNull().default([]),
    foundAt: timestamp('found_at', { withTimezone: true }).notNull(),
    foundBy: uuid('found_by').notNull(),
    /** 去处置: what was done, the result, the money spent; the history is in the audit trail. */
    rectificationNote: text('rectification_note'),
    rectificationResult: text('rectification_result'),
    spentFen: bigint('spent_fen', { mode: 'number' }),
    rectifiedAt: timestamp('rectified_at', { withTimezone: true }),
    rectifiedBy: uuid('rectified_by'),
    /** 验收: the enterprise's own check that the fix holds. */
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    acceptedBy: uuid('accepted_by'),
    acceptanceNote: text('acceptance_note'),
  },
  (t) => [
    index('hazards_enterprise_idx').on(t.enterpriseId, t.status, t.id),
    index('hazards_region_idx').on(t.districtCode, t.streetCode, t.id),
    index('hazards_inspection_idx').on(t.inspectionId),
  ],
);
