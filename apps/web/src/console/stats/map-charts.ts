import type { MajorMap } from '@ancha/contracts';
import type { EChartsCoreOption } from 'echarts/core';
import { type DistrictTile, GRID_COLUMNS, GRID_ROWS } from './district-tiles.ts';

// The major-hazard map in its two forms: the tile grid (the default) and an uploaded boundary map.

type Tooltip = (name: string, major: number, open: number) => string;

/** One colour scale for both forms, so a deployment that uploads a map reads it the same way. */
function scale(map: MajorMap | undefined) {
  return {
    min: 0,
    max: Math.max(1, ...(map?.items.map((i) => i.major) ?? [])),
    calculable: false,
    orient: 'horizontal',
    left: 'center',
    bottom: 0,
    inRange: { color: ['#f6ffed', '#ffe58f', '#fa8c16', '#cf1322'] },
  };
}

/**
 * The tile map: one square per district on a small grid laid out roughly as the city lies
 * (no map data shipped), coloured by its count of major hazards. A heatmap on two category
 * axes draws exactly that; the axes themselves are hidden.
 */
export function majorMapOption(
  tiles: DistrictTile[],
  map: MajorMap | undefined,
  tooltip: Tooltip,
): EChartsCoreOption {
  const counts = new Map(map?.items.map((i) => [i.districtCode, i]));
  const data = tiles.map((t) => ({
    name: t.name,
    value: [t.col, t.row, counts.get(t.code)?.major ?? 0],
    open: counts.get(t.code)?.open ?? 0,
  }));
  const axis = (n: number) => ({
    type: 'category',
    data: Array.from({ length: n }, (_, i) => i),
    show: false,
  });
  return {
    tooltip: {
      formatter: (p: { data: (typeof data)[number] }) =>
        tooltip(p.data.name, p.data.value[2] ?? 0, p.data.open),
    },
    grid: { left: 8, right: 8, top: 8, bottom: 48 },
    xAxis: axis(GRID_COLUMNS),
    yAxis: { ...axis(GRID_ROWS), inverse: true },
    visualMap: scale(map),
    series: [
      {
        type: 'heatmap',
        data,
        itemStyle: { borderColor: '#fff', borderWidth: 4, borderRadius: 6 },
        label: {
          show: true,
          formatter: (p: { data: (typeof data)[number] }) => `${p.data.name}\n${p.data.value[2]}`,
        },
      },
    ],
  };
}

/**
 * The same figures on a boundary map the deployment uploaded, registered with ECharts under
 * `mapName`. The server stored each feature's name as the district's, so names match the data.
 */
export function boundaryMapOption(
  mapName: string,
  districts: { code: string; name: string }[],
  map: MajorMap | undefined,
  tooltip: Tooltip,
): EChartsCoreOption {
  const counts = new Map(map?.items.map((i) => [i.districtCode, i]));
  const data = districts.map((d) => ({
    name: d.name,
    value: counts.get(d.code)?.major ?? 0,
    open: counts.get(d.code)?.open ?? 0,
  }));
  return {
    tooltip: {
      formatter: (p: { data?: (typeof data)[number]; name: string }) =>
        tooltip(p.name, p.data?.value ?? 0, p.data?.open ?? 0),
    },
    visualMap: scale(map),
    series: [
      {
        type: 'map',
        map: mapName,
        roam: false,
        top: 8,
        bottom: 48,
        data,
        label: { show: true, fontSize: 11 },
        itemStyle: { borderColor: '#fff', borderWidth: 1 },
      },
    ],
  };
}
