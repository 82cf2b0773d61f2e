import type { BoundaryMapInput, BoundaryMapView } from '@ancha/contracts';
import { eq } from 'drizzle-orm';
import { mapBoundaries, regions } from '../../db/schema/index.ts';
import { type Actor, requireAccess } from '../../lib/access.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { Deps, RequestMeta } from '../../lib/context.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { matchBoundaries } from './boundary-match.ts';

type Row = typeof mapBoundaries.$inferSelect;

function toView(row: Row): BoundaryMapView {
  return {
    regionCode: row.regionCode,
    name: row.name,
    uploadedAt: row.uploadedAt.toISOString(),
    geojson: row.geojson as BoundaryMapView['geojson'],
  };
}

/**
 * Boundary maps are reference data like the regions: every regulator may read them, since the
 * shapes say nothing about any enterprise; only the platform admin replaces them.
 */
export function createMapsService({ database, now }: Deps) {
  const db = database.db;

  async function find(regionCode: string) {
    const [row] = await db.select().from(mapBoundaries).where(eq(mapBoundaries.regionCode, regionCode));
    return row;
  }

  return {
    async get(caller: Actor | null, regionCode: string): Promise<BoundaryMapView> {
      requireAccess(caller, 'map.read');
      const row = await find(regionCode);
      if (!row) throw notFound('这个区域还没有上传边界图，统计页用方块图显示');
      return toView(row);
    },

    async save(
      caller: Actor | null,
      regionCode: string,
      input: BoundaryMapInput,
      meta: RequestMeta,
    ): Promise<BoundaryMapView> {
      const actor = requireAccess(caller, 'map.manage');
      const children = await db
        .select({ code: regions.code, name: regions.name })
        .from(regions)
        .where(eq(regions.parentCode, regionCode))
        .orderBy(regions.code);
      if (children.length === 0) throw notFound('没有这个区域，或它没有下级区划');
      const matched = matchBoundaries(input.geojson, children);
      if (!matched.ok) {
        throw new AppError('VALIDATION_FAILED', matched.problems.join('；'), {
          fields: matched.problems.map((message) => ({ path: 'geojson', message })),
        });
      }
      const row: Row = {
        regionCode,
        name: input.name,
        geojson: matched.geojson,
        uploadedBy: actor.id,
        uploadedAt: now(),
      };
      await db.transaction(async (tx) => {
        const [before] = await tx
          .select({ name: mapBoundaries.name, uploadedAt: mapBoundaries.uploadedAt })
          .from(mapBoundaries)
          .where(eq(mapBoundaries.regionCode, regionCode))
          .for('update');
        await tx
          .insert(mapBoundaries)
          .values(row)
          .onConflictDoUpdate({ target: mapBoundaries.regionCode, set: row });
        // The shapes themselves are not copied into the audit trail: only which file, when.
        await recordAudit(tx, { ...meta, actor }, row.uploadedAt, {
          action: before ? 'map.replaced' : 'map.uploaded',
          entityType: 'map_boundary',
          entityId: regionCode,
          regionCode,
          before: before ?? null,
          after: { name: row.name, features: children.length },
        });
      });
      return toView(row);
    },

    async remove(caller: Actor | null, regionCode: string, meta: RequestMeta): Promise<void> {
      const actor = requireAccess(caller, 'map.manage');
      await db.transaction(async (tx) => {
        const [gone] = await tx
          .delete(mapBoundaries)
          .where(eq(mapBoundaries.regionCode, regionCode))
          .returning({ name: mapBoundaries.name });
        if (!gone) throw notFound('这个区域没有上传过边界图');
        await recordAudit(tx, { ...meta, actor }, now(), {
          action: 'map.removed',
          entityType: 'map_boundary',
          entityId: regionCode,
          regionCode,
          before: gone,
        });
      });
    },
  };
}

export type MapsService = ReturnType<typeof createMapsService>;
