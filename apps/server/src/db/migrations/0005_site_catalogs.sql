CREATE TABLE "site_catalogs" (
	"site_id" uuid NOT NULL,
	"catalog_id" uuid NOT NULL,
	"sort" integer NOT NULL,
	CONSTRAINT "site_catalogs_site_id_catalog_id_pk" PRIMARY KEY("site_id","catalog_id")
);
--> statement-breakpoint
ALTER TABLE "sites" ADD COLUMN "created_by" uuid;--> statement-breakpoint
ALTER TABLE "site_catalogs" ADD CONSTRAINT "site_catalogs_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "site_catalogs" ADD CONSTRAINT "site_catalogs_catalog_id_catalogs_id_fk" FOREIGN KEY ("catalog_id") REFERENCES "public"."catalogs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sites_inspector_idx" ON "sites" USING btree ("inspector_user_id");