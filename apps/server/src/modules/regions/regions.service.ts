import type { DistrictNode, RegionTree } from '@ancha/contracts';
import type { Deps } from '../../lib/context.ts';
import { allRegions } from './regions.repository.ts';

/** Public reference data: anyone may read it (the public report page needs the picker too). */
export function createRegionsService({ database }: Deps) {
  let cached: Promise<RegionTree> | undefined;

  async function build(): Promise<RegionTree> {
    const rows = await allRegions(database.db);
    const city = rows.find((r) => r.level === 1);
    const districts = new Map<string, DistrictNode>();
    for (const r of rows.filter((r) => r.level === 2))
      districts.set(r.code, { code: r.code, name: r.name, streets: [] });
    for (const r of rows.filter((r) => r.level === 3)) {
      districts.get(r.parentCode ?? '')?.streets.push({ code: r.code, name: r.name, type: r.type });
    }
    return { code: city?.code ?? '110000', name: city?.name ?? '北京市', districts: [...districts.values()] };
  }

  return {
    // Regions change only with a new release of the reference data, so one read per process will do.
    tree(): Promise<RegionTree> {
      cached ??= build().catch((error) => {
        cached = undefined;
        throw error;
      });
      return cached;
    },
  };
}

export type RegionsService = ReturnType<typeof createRegionsService>;
