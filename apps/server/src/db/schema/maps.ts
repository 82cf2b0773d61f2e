import { jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * A boundary map a deployment uploads (G6): GeoJSON whose features are named after the regions
 * below `region_code` (for '110000', the 16 districts). Ancha ships no boundary data of its own,
 * since none of clear licence exists; without an upload the statistics draw a tile grid.
 */
export const mapBoundaries = pgTable('map_boundaries', {
  regionCode: text('region_code').primaryKey(),
  /** The file's name as uploaded, shown to the admin who replaces it. */
  name: text('name').notNull(),
  geojson: jsonb('geojson').$type<Record<string, unknown>>().notNull(),
  uploadedBy: uuid('uploaded_by').notNull(),
  uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull(),
});
