CREATE TABLE "supervision_plan_rows" (
	"id" uuid PRIMARY KEY NOT NULL,
	"plan_id" uuid NOT NULL,
	"sort" integer NOT NULL,
	"schedule" text NOT NULL,
	"people" text NOT NULL,
	"targets" text NOT NULL,
	"focus" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supervision_plans" (
	"id" uuid PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"office_key" text NOT NULL,
	"region_code" text NOT NULL,
	"unit_name" text NOT NULL,
	"target_inspections" integer NOT NULL,
	"verification_percent" integer NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "supervision_plans_office_year" UNIQUE("office_key","year")
);
--> statement-breakpoint
ALTER TABLE "inspections" ADD COLUMN "kind" text DEFAULT 'self' NOT NULL;--> statement-breakpoint
ALTER TABLE "inspections" ADD COLUMN "check_type" text;--> statement-breakpoint
ALTER TABLE "inspections" ADD COLUMN "check_unit" text;--> statement-breakpoint
ALTER TABLE "inspections" ADD COLUMN "check_people" integer;--> statement-breakpoint
ALTER TABLE "inspections" ADD COLUMN "findings" text;--> statement-breakpoint
ALTER TABLE "inspections" ADD COLUMN "penalty_type" text;--> statement-breakpoint
ALTER TABLE "inspections" ADD COLUMN "fine_fen" bigint;--> statement-breakpoint
ALTER TABLE "supervision_plan_rows" ADD CONSTRAINT "supervision_plan_rows_plan_id_supervision_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."supervision_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "supervision_plan_rows_plan_idx" ON "supervision_plan_rows" USING btree ("plan_id","sort");--> statement-breakpoint
CREATE INDEX "supervision_plans_region_idx" ON "supervision_plans" USING btree ("region_code","year");--> statement-breakpoint
CREATE INDEX "inspections_kind_region_idx" ON "inspections" USING btree ("kind","district_code","street_code","id");