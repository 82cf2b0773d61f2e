import { pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * One row per scheduled job and period it has run for: a job asked to run again for a period
 * it has done finds the row and does nothing, whichever app process asks.
 */
export const jobRuns = pgTable(
  'job_runs',
  {
    job: text('job').notNull(),
    period: text('period').notNull(),
    ranAt: timestamp('ran_at', { withTimezone: true }).notNull(),
    summary: text('summary').notNull(),
  },
  (t) => [primaryKey({ columns: [t.job, t.period] })],
);
