CREATE TABLE "departments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"parent_id" uuid,
	"name" text NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "departments_name" UNIQUE("enterprise_id","name")
);
--> statement-breakpoint
CREATE TABLE "enterprise_roles" (
	"id" uuid PRIMARY KEY NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"name" text NOT NULL,
	"permissions" text[] DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "enterprise_roles_name" UNIQUE("enterprise_id","name")
);
--> statement-breakpoint
CREATE TABLE "hazard_grades" (
	"id" uuid PRIMARY KEY NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"level" text NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "hazard_grades_code" UNIQUE("enterprise_id","code")
);
--> statement-breakpoint
CREATE TABLE "post_checklist_items" (
	"post_id" uuid NOT NULL,
	"item_no" text NOT NULL,
	CONSTRAINT "post_checklist_items_post_id_item_no_pk" PRIMARY KEY("post_id","item_no")
);
--> statement-breakpoint
CREATE TABLE "posts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"name" text NOT NULL,
	"frequency" text NOT NULL,
	"responsibility_file_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "posts_name" UNIQUE("enterprise_id","name")
);
--> statement-breakpoint
ALTER TABLE "catalog_items" ADD COLUMN "source_version_id" uuid;--> statement-breakpoint
ALTER TABLE "catalog_items" ADD COLUMN "source_no" text;--> statement-breakpoint
ALTER TABLE "catalogs" ADD COLUMN "enterprise_id" uuid;--> statement-breakpoint
ALTER TABLE "hazards" ADD COLUMN "grade_code" text;--> statement-breakpoint
ALTER TABLE "inspections" ADD COLUMN "post_id" uuid;--> statement-breakpoint
ALTER TABLE "inspections" ADD COLUMN "period" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "post_id" uuid;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "enterprise_role_id" uuid;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "permissions" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "departments" ADD CONSTRAINT "departments_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_roles" ADD CONSTRAINT "enterprise_roles_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hazard_grades" ADD CONSTRAINT "hazard_grades_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_checklist_items" ADD CONSTRAINT "post_checklist_items_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."posts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_responsibility_file_id_files_id_fk" FOREIGN KEY ("responsibility_file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "posts_department_idx" ON "posts" USING btree ("department_id");--> statement-breakpoint
ALTER TABLE "catalogs" ADD CONSTRAINT "catalogs_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."posts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."posts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_enterprise_role_id_enterprise_roles_id_fk" FOREIGN KEY ("enterprise_role_id") REFERENCES "public"."enterprise_roles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "catalogs_one_standard" ON "catalogs" USING btree ("enterprise_id") WHERE enterprise_id is not null;--> statement-breakpoint
CREATE INDEX "inspections_post_period_idx" ON "inspections" USING btree ("post_id","period");