CREATE TABLE "ledger_entries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"ledger_no" text,
	"hazard_id" uuid,
	"enterprise_id" uuid,
	"district_code" text NOT NULL,
	"street_code" text NOT NULL,
	"industries" text[] DEFAULT '{}' NOT NULL,
	"status" text NOT NULL,
	"unit_name" text NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"principal_name" text,
	"principal_phone" text,
	"nature" text,
	"staff_count" integer,
	"parent_group" text,
	"district_department" text,
	"city_department" text,
	"source" text NOT NULL,
	"description" text NOT NULL,
	"hazard_type" text,
	"hazard_subtype" text,
	"level" text NOT NULL,
	"illegal_building" text DEFAULT 'none' NOT NULL,
	"illegal_area_m2" numeric(12, 2),
	"demolished_area_m2" numeric(12, 2),
	"measures" text,
	"deadline" date,
	"proposed_at" timestamp with time zone NOT NULL,
	"proposed_by" uuid,
	"listed_at" timestamp with time zone,
	"listed_by" uuid,
	"rejected_reason" text,
	"review_at" timestamp with time zone,
	"review_result" text DEFAULT 'none' NOT NULL,
	"review_note" text,
	"reviewed_by" uuid,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"supervised_at" timestamp with time zone,
	"supervised_by" uuid,
	"supervision_level" text,
	"verification_id" uuid,
	"verified_at" timestamp with time zone,
	"verified_by" uuid,
	"verification_result" text,
	"verification_note" text,
	CONSTRAINT "ledger_entries_ledger_no_unique" UNIQUE("ledger_no"),
	CONSTRAINT "ledger_entries_hazard_id_unique" UNIQUE("hazard_id")
);
--> statement-breakpoint
CREATE TABLE "ledger_sequences" (
	"street_code" text NOT NULL,
	"day" text NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "ledger_sequences_street_code_day_pk" PRIMARY KEY("street_code","day")
);
--> statement-breakpoint
CREATE TABLE "ledger_verifications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL,
	"drawn_at" timestamp with time zone NOT NULL,
	"drawn_by" uuid NOT NULL,
	"share_percent" integer NOT NULL,
	"candidates" integer NOT NULL,
	"entry_ids" uuid[] NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_hazard_id_hazards_id_fk" FOREIGN KEY ("hazard_id") REFERENCES "public"."hazards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_verification_id_ledger_verifications_id_fk" FOREIGN KEY ("verification_id") REFERENCES "public"."ledger_verifications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ledger_entries_region_idx" ON "ledger_entries" USING btree ("district_code","street_code","id");--> statement-breakpoint
CREATE INDEX "ledger_entries_status_idx" ON "ledger_entries" USING btree ("district_code","status","deadline");--> statement-breakpoint
CREATE INDEX "ledger_verifications_region_idx" ON "ledger_verifications" USING btree ("region_code","id");