import {
  bigint,
  boolean,
  customType,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { enterprises } from './enterprises.ts';
import { ledgerEntries } from './ledger.ts';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

export type PublicReportStatus = 'submitted' | 'verified' | 'unfounded';

/**
 * 群众举报 (P1, seed 001 measure 10): a hazard reported by anyone, without an account. The
 * reporter follows it by its code; their name and phone are shown only to the handling office
 * (the street, its district, the city). A verified report is proposed to the ledger as 举报.
 */
export const publicReports = pgTable(
  'public_reports',
  {
    id: uuid('id').primaryKey(),
    /** 查询码: what the reporter keeps to follow the report; unguessable, shown once. */
    code: text('code').notNull().unique(),
    districtCode: text('district_code').notNull(),
    streetCode: text('street_code').notNull(),
    /** 隐患地点: where the hazard is, in the reporter's words. */
    place: text('place').notNull(),
    /** 被举报单位: the unit the reporter names, if any. */
    unitName: text('unit_name'),
    description: text('description').notNull(),
    anonymous: boolean('anonymous').notNull(),
    reporterName: text('reporter_name'),
    reporterPhone: text('reporter_phone'),
    status: text('status').$type<PublicReportStatus>().notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    /** 核实: the handling office's finding, and the registered enterprise it concerns, if any. */
    handledAt: timestamp('handled_at', { withTimezone: true }),
    handledBy: uuid('handled_by'),
    handlingNote: text('handling_note'),
    enterpriseId: uuid('enterprise_id').references(() => enterprises.id),
    ledgerEntryId: uuid('ledger_entry_id').references(() => ledgerEntries.id),
    /** 奖励: recorded after verification (amount in fen, as all money in the database). */
    rewardFen: bigint('reward_fen', { mode: 'number' }),
    rewardNote: text('reward_note'),
    rewardedAt: timestamp('rewarded_at', { withTimezone: true }),
    rewardedBy: uuid('rewarded_by'),
  },
  (t) => [index('public_reports_region_idx').on(t.districtCode, t.streetCode, t.status, t.id)],
);

/**
 * A reporter's photo. Kept apart from `files`, which belong to an enterprise and an account: a
 * report has neither, and its photos are readable only by the handling office.
 */
export const publicReportPhotos = pgTable(
  'public_report_photos',
  {
    /** Chosen by the phone (UUIDv7), so a retried upload is the same photo. */
    id: uuid('id').primaryKey(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => publicReports.id),
    mime: text('mime').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('public_report_photos_report_idx').on(t.reportId)],
);
