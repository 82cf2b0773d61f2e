import type { RegionTree } from '@ancha/contracts';

// Beijing's 16 districts as tiles on a 6 × 5 grid, placed roughly where each lies: the two core
// districts in the middle, 延庆、怀柔、密云 along the top, 房山 and 大兴 at the bottom. No map
// geometry is shipped; the names come from /regions, so a renamed district needs no release.

export const GRID_COLUMNS = 6;
export const GRID_ROWS = 5;

/** district code → [column, row], row 0 the northernmost. */
const PLACES: Record<string, [number, number]> = {
  '110119': [1, 0], // 延庆
  '110116': [3, 0], // 怀柔
  '110118': [4, 0], // 密云
  '110114': [2, 1], // 昌平
  '110113': [4, 1], // 顺义
  '110117': [5, 1], // 平谷
  '110109': [0, 2], // 门头沟
  '110108': [1, 2], // 海淀
  '110102': [2, 2], // 西城
  '110101': [3, 2], // 东城
  '110105': [4, 2], // 朝阳
  '110112': [5, 2], // 通州
  '110111': [0, 3], // 房山
  '110107': [1, 3], // 石景山
  '110106': [2, 3], // 丰台
  '110115': [3, 4], // 大兴
};

export interface DistrictTile {
  code: string;
  name: string;
  col: number;
  row: number;
}

/** The tiles of the districts the region tree names; one it does not place is left out. */
export function districtTiles(tree: RegionTree | undefined): DistrictTile[] {
  return (tree?.districts ?? []).flatMap((d) => {
    const place = PLACES[d.code];
    return place ? [{ code: d.code, name: d.name, col: place[0], row: place[1] }] : [];
  });
}
