import { Card, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegionTree } from '../../api/enterprise.ts';
import { useMajorMap } from '../../api/stats.ts';
import { LoadError } from '../../shared/status-pages.tsx';
import { districtTiles } from './district-tiles.ts';
import { EChart } from './EChart.tsx';
import { majorMapOption } from './stats-charts.ts';

/** 重大隐患分布: Beijing's districts as tiles, each coloured by its count of major hazards. */
export function MajorMapCard({ year }: { year: number | undefined }) {
  const { t } = useTranslation('stats');
  const regions = useRegionTree();
  const map = useMajorMap(year);
  const option = useMemo(
    () =>
      regions.data &&
      majorMapOption(districtTiles(regions.data), map.data, (name, major, open) =>
        t('map.tooltip', { name, major, open }),
      ),
    [regions.data, map.data, t],
  );
  const error = regions.error ?? map.error;

  return (
    <Card
      title={t('map.title')}
      style={{ marginBottom: 16, height: 'calc(100% - 16px)' }}
      data-testid="stats-map"
    >
      <Typography.Paragraph type="secondary">{t('map.explain')}</Typography.Paragraph>
      {error ? (
        <LoadError
          message={error.message}
          onRetry={() => {
            void regions.refetch();
            void map.refetch();
          }}
        />
      ) : (
        option && <EChart option={option} height={360} label={t('map.title')} data-testid="stats-map-chart" />
      )}
    </Card>
  );
}
