CREATE TABLE "catalog_categories" (
	"id" uuid PRIMARY KEY NOT NULL,
	"version_id" uuid NOT NULL,
	"parent_id" uuid,
	"name" text NOT NULL,
	"sort" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalog_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"version_id" uuid NOT NULL,
	"category_id" uuid NOT NULL,
	"no" text NOT NULL,
	"text" text NOT NULL,
	"basis" text NOT NULL,
	"major_clause_code" text,
	"guidance" text,
	"sort" integer NOT NULL,
	CONSTRAINT "catalog_items_number" UNIQUE("version_id","no")
);
--> statement-breakpoint
CREATE TABLE "catalog_versions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"catalog_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"status" text NOT NULL,
	"name" text NOT NULL,
	"source" text NOT NULL,
	"file_hash" text,
	"based_on_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"published_at" timestamp with time zone,
	"published_by" uuid,
	CONSTRAINT "catalog_versions_number" UNIQUE("catalog_id","version")
);
--> statement-breakpoint
CREATE TABLE "catalogs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"industry_code" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "catalogs_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "industries" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"is_general" boolean DEFAULT false NOT NULL,
	"sort" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "major_clauses" (
	"code" text PRIMARY KEY NOT NULL,
	"criteria_code" text NOT NULL,
	"article" text NOT NULL,
	"text" text NOT NULL,
	"sort" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "major_criteria" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"issued_by" text NOT NULL,
	"effective_from" date NOT NULL
);
--> statement-breakpoint
ALTER TABLE "catalog_categories" ADD CONSTRAINT "catalog_categories_version_id_catalog_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."catalog_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_items" ADD CONSTRAINT "catalog_items_version_id_catalog_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."catalog_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_items" ADD CONSTRAINT "catalog_items_category_id_catalog_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."catalog_categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_items" ADD CONSTRAINT "catalog_items_major_clause_code_major_clauses_code_fk" FOREIGN KEY ("major_clause_code") REFERENCES "public"."major_clauses"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_versions" ADD CONSTRAINT "catalog_versions_catalog_id_catalogs_id_fk" FOREIGN KEY ("catalog_id") REFERENCES "public"."catalogs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogs" ADD CONSTRAINT "catalogs_industry_code_industries_code_fk" FOREIGN KEY ("industry_code") REFERENCES "public"."industries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "major_clauses" ADD CONSTRAINT "major_clauses_criteria_code_major_criteria_code_fk" FOREIGN KEY ("criteria_code") REFERENCES "public"."major_criteria"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "catalog_categories_version_idx" ON "catalog_categories" USING btree ("version_id","sort");--> statement-breakpoint
CREATE INDEX "catalog_items_version_idx" ON "catalog_items" USING btree ("version_id","sort");--> statement-breakpoint
CREATE INDEX "major_clauses_criteria_idx" ON "major_clauses" USING btree ("criteria_code","sort");