CREATE TABLE "files" (
	"id" uuid PRIMARY KEY NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"purpose" text NOT NULL,
	"mime" text NOT NULL,
	"name" text DEFAULT '' NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"attached_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "enterprise_images" (
	"id" uuid PRIMARY KEY NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "safety_personnel" (
	"id" uuid PRIMARY KEY NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"role" text NOT NULL,
	"name" text NOT NULL,
	"position" text DEFAULT '' NOT NULL,
	"phone" text NOT NULL,
	"certificate_no" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "enterprises" ADD COLUMN "legal_representative" text;--> statement-breakpoint
ALTER TABLE "enterprises" ADD COLUMN "legal_representative_phone" text;--> statement-breakpoint
ALTER TABLE "enterprises" ADD COLUMN "principal_name" text;--> statement-breakpoint
ALTER TABLE "enterprises" ADD COLUMN "principal_phone" text;--> statement-breakpoint
ALTER TABLE "enterprises" ADD COLUMN "phone" text;--> statement-breakpoint
ALTER TABLE "enterprises" ADD COLUMN "staff_count" integer;--> statement-breakpoint
ALTER TABLE "enterprises" ADD COLUMN "nature" text;--> statement-breakpoint
ALTER TABLE "enterprises" ADD COLUMN "scale" text;--> statement-breakpoint
ALTER TABLE "enterprises" ADD COLUMN "parent_group" text;--> statement-breakpoint
ALTER TABLE "enterprises" ADD COLUMN "district_department" text;--> statement-breakpoint
ALTER TABLE "enterprises" ADD COLUMN "city_department" text;--> statement-breakpoint
ALTER TABLE "enterprises" ADD COLUMN "standardization_level" text;--> statement-breakpoint
ALTER TABLE "enterprises" ADD COLUMN "established_on" date;--> statement-breakpoint
ALTER TABLE "enterprises" ADD COLUMN "registered_capital_fen" bigint;--> statement-breakpoint
ALTER TABLE "enterprises" ADD COLUMN "business_scope" text;--> statement-breakpoint
ALTER TABLE "enterprises" ADD COLUMN "has_safety_org" boolean;--> statement-breakpoint
ALTER TABLE "enterprises" ADD COLUMN "safety_org_name" text;--> statement-breakpoint
ALTER TABLE "enterprises" ADD COLUMN "full_time_safety_staff" integer;--> statement-breakpoint
ALTER TABLE "enterprises" ADD COLUMN "has_major_hazard_source" boolean;--> statement-breakpoint
ALTER TABLE "enterprises" ADD COLUMN "major_hazard_source_count" integer;--> statement-breakpoint
ALTER TABLE "hazards" ADD COLUMN "photo_ids" uuid[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "hazards" ADD COLUMN "rectification_photo_ids" uuid[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "files" ADD CONSTRAINT "files_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_images" ADD CONSTRAINT "enterprise_images_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_images" ADD CONSTRAINT "enterprise_images_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_personnel" ADD CONSTRAINT "safety_personnel_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "files_enterprise_idx" ON "files" USING btree ("enterprise_id","id");--> statement-breakpoint
CREATE INDEX "enterprise_images_enterprise_idx" ON "enterprise_images" USING btree ("enterprise_id","id");--> statement-breakpoint
CREATE INDEX "safety_personnel_enterprise_idx" ON "safety_personnel" USING btree ("enterprise_id","id");