-- Statistics at city scale (G6, X4): covering, partial indexes so the aggregates read index
-- pages only. Written by hand: drizzle-kit's index builder has no INCLUDE.
-- The ledger's numbered entries by district and listing time, with what the figures group on.
CREATE INDEX IF NOT EXISTS "ledger_entries_stats_idx" ON "ledger_entries" ("district_code", "listed_at")
  INCLUDE ("street_code", "status", "level", "deadline", "hazard_type") WHERE "ledger_no" IS NOT NULL;
--> statement-breakpoint
-- 使用率: does an enterprise have a reported self-inspection in a half-month?
CREATE INDEX IF NOT EXISTS "inspections_reported_idx" ON "inspections" ("enterprise_id", "reported_at")
  WHERE "kind" = 'self' AND "status" = 'reported';
