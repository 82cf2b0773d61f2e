import {
  date,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { enterprises } from './enterprises.ts';
import { hazards } from './inspections.ts';

export type LedgerStatus = 'proposed' | 'rejected' | 'listed' | 'reviewed' | 'closed';

/**
 * A sample audit (核查) of closed entries by a district or city office (G4): which entries were
 * drawn, at random, is recorded so the draw itself can be checked later.
 */
export const ledgerVerifications = pgTable(
  'ledger_verifications',
  {
    id: uuid('id').primaryKey(),
    /** The drawing office's region: '110000' or a 6-digit district. */
    regionCode: text('region_code').notNull(),
    drawnAt: timestamp('drawn_at', { withTimezone: true }).notNull(),
    drawnBy: uuid('drawn_by').notNull(),
    sharePercent: integer('share_percent').notNull(),
    /** How many entries the draw chose from, so the share can be checked against it. */
    candidates: integer('candidates').notNull(),
    entryIds: uuid('entry_ids').array().notNull(),
  },
  (t) => [index('ledger_verifications_region_idx').on(t.regionCode, t.id)],
);

/**
 * One row of the government hazard ledger (G3, seed 003 attachment 2). The unit's columns are
 * copied from the enterprise profile when the entry is proposed, as the attachment records the
 * unit as it was; region and industries are copied too, so scoped lists need no join.
 * Areas are square metres with two decimals (numeric(12,2)), as the attachment states them.
 */
export const ledgerEntries = pgTable(
  'ledger_entries',
  {
    id: uuid('id').primaryKey(),
    /** 台账编号: district + street + 上账日期 + per-street-per-day sequence; set when listed. */
    ledgerNo: text('ledger_no').unique(),
    hazardId: uuid('hazard_id')
      .unique()
      .references(() => hazards.id),
    enterpriseId: uuid('enterprise_id').references(() => enterprises.id),
    districtCode: text('district_code').notNull(),
    streetCode: text('street_code').notNull(),
    industries: text('industries').array().notNull().default([]),
    status: text('status').$type<LedgerStatus>().notNull(),
    unitName: text('unit_name').notNull(),
    address: text('address').notNull().default(''),
    principalName: text('principal_name'),
    principalPhone: text('principal_phone'),
    nature: text('nature'),
    staffCount: integer('staff_count'),
    parentGroup: text('parent_group'),
    districtDepartment: text('district_department'),
    cityDepartment: text('city_department'),
    source: text('source').$type<'inspection' | 'report' | 'other'>().notNull(),
    description: text('description').notNull(),
    hazardType: text('hazard_type'),
    hazardSubtype: text('hazard_subtype'),
    level: text('level').$type<'general' | 'major'>().notNull(),
    illegalBuilding: text('illegal_building')
      .$type<'none' | 'homestead' | 'collective' | 'state' | 'other'>()
      .notNull()
      .default('none'),
    illegalAreaM2: numeric('illegal_area_m2', { precision: 12, scale: 2, mode: 'number' }),
    demolishedAreaM2: numeric('demolished_area_m2', { precision: 12, scale: 2, mode: 'number' }),
    measures: text('measures'),
    deadline: date('deadline'),
    proposedAt: timestamp('proposed_at', { withTimezone: true }).notNull(),
    proposedBy: uuid('proposed_by'),
    listedAt: timestamp('listed_at', { withTimezone: true }),
    listedBy: uuid('listed_by'),
    rejectedReason: text('rejected_reason'),
    reviewAt: timestamp('review_at', { withTimezone: true }),
    reviewResult: text('review_result').$type<'none' | 'passed' | 'failed'>().notNull().default('none'),
    reviewNote: text('review_note'),
    reviewedBy: uuid('reviewed_by'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: uuid('closed_by'),
    /** 挂牌督办: the level of the office that put a major hazard under supervision. */
    supervisedAt: timestamp('supervised_at', { withTimezone: true }),
    supervisedBy: uuid('supervised_by'),
    supervisionLevel: text('supervision_level').$type<'district' | 'city'>(),
    /** The 核查 draw that picked this entry; null until drawn, so no entry is drawn twice. */
    verificationId: uuid('verification_id').references(() => ledgerVerifications.id),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    verifiedBy: uuid('verified_by'),
    verificationResult: text('verification_result').$type<'passed' | 'failed'>(),
    verificationNote: text('verification_note'),
  },
  // Regulators' lists filter by region first, then by state (ARCHITECTURE.md).
  (t) => [
    index('ledger_entries_region_idx').on(t.districtCode, t.streetCode, t.id),
    index('ledger_entries_status_idx').on(t.districtCode, t.status, t.deadline),
  ],
);

/**
 * The last ledger number given per street and Beijing day. Taken with an upsert inside the
 * listing transaction: concurrent listings queue on the row, and a rolled-back one gives its
 * number back, so numbers are unique and without gaps.
 */
export const ledgerSequences = pgTable(
  'ledger_sequences',
  {
    streetCode: text('street_code').notNull(),
    /** YYYYMMDD, Asia/Shanghai. */
    day: text('day').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.streetCode, t.day] })],
);
