import { Card, Typography } from 'antd';
import { registerMap } from 'echarts/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegionTree } from '../../api/enterprise.ts';
import { CITY_MAP, useBoundaryMap } from '../../api/maps.ts';
import { useMajorMap } from '../../api/stats.ts';
import { LoadError } from '../../shared/status-pages.tsx';
import { districtTiles } from './district-tiles.ts';
import { EChart } from './EChart.tsx';
import { boundaryMapOption, majorMapOption } from './map-charts.ts';

/**
 * 重大隐患分布: each district coloured by its count of major hazards, on the boundary map the
 * deployment uploaded, or on tiles laid out as the city lies when there is none.
 */
export function MajorMapCard({ year }: { year: number | undefined }) {
  const { t } = useTranslation('stats');
  const regions = useRegionTree();
  const boundaries = useBoundaryMap(CITY_MAP);
  const map = useMajorMap(year);
  const option = useMemo(() => {
    if (!regions.data || boundaries.isPending) return undefined;
    const tooltip = (name: string, major: number, open: number) => t('map.tooltip', { name, major, open });
    const uploaded = boundaries.data;
    if (!uploaded) return majorMapOption(districtTiles(regions.data), map.data, tooltip);
    // A new upload gets a new name, so ECharts never draws from shapes it cached before.
    const name = `ancha-${uploaded.regionCode}-${uploaded.uploadedAt}`;
    registerMap(name, uploaded.geojson as Parameters<typeof registerMap>[1]);
    return boundaryMapOption(name, regions.data.districts, map.data, tooltip);
  }, [regions.data, boundaries.isPending, boundaries.data, map.data, t]);
  const error = regions.error ?? map.error ?? boundaries.error;

  return (
    <Card
      title={t('map.title')}
      style={{ marginBottom: 16, height: 'calc(100% - 16px)' }}
      data-testid="stats-map"
    >
      <Typography.Paragraph type="secondary">
        {boundaries.data ? t('map.explainBoundaries') : t('map.explain')}
      </Typography.Paragraph>
      {error ? (
        <LoadError
          message={error.message}
          onRetry={() => {
            void regions.refetch();
            void map.refetch();
            void boundaries.refetch();
          }}
        />
      ) : (
        option && (
          <EChart
            option={option}
            height={360}
            label={t('map.title')}
            data-testid={boundaries.data ? 'stats-map-boundaries' : 'stats-map-chart'}
          />
        )
      )}
    </Card>
  );
}
