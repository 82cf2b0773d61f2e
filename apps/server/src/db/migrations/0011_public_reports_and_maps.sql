CREATE TABLE "map_boundaries" (
	"region_code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"geojson" jsonb NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "public_report_photos" (
	"id" uuid PRIMARY KEY NOT NULL,
	"report_id" uuid NOT NULL,
	"mime" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "public_reports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"district_code" text NOT NULL,
	"street_code" text NOT NULL,
	"place" text NOT NULL,
	"unit_name" text,
	"description" text NOT NULL,
	"anonymous" boolean NOT NULL,
	"reporter_name" text,
	"reporter_phone" text,
	"status" text NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"handled_at" timestamp with time zone,
	"handled_by" uuid,
	"handling_note" text,
	"enterprise_id" uuid,
	"ledger_entry_id" uuid,
	"reward_fen" bigint,
	"reward_note" text,
	"rewarded_at" timestamp with time zone,
	"rewarded_by" uuid,
	CONSTRAINT "public_reports_code_unique" UNIQUE("code")
);
--> statement-breakpoint
ALTER TABLE "public_report_photos" ADD CONSTRAINT "public_report_photos_report_id_public_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."public_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_reports" ADD CONSTRAINT "public_reports_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_reports" ADD CONSTRAINT "public_reports_ledger_entry_id_ledger_entries_id_fk" FOREIGN KEY ("ledger_entry_id") REFERENCES "public"."ledger_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "public_report_photos_report_idx" ON "public_report_photos" USING btree ("report_id");--> statement-breakpoint
CREATE INDEX "public_reports_region_idx" ON "public_reports" USING btree ("district_code","street_code","status","id");