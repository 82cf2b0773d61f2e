import type { CatalogDetail } from '@ancha/contracts';
import { Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/user-labels.ts';
import { CatalogActions } from './CatalogActions.tsx';
import { statusColor } from './catalog-rules.ts';

/** What the catalog is, which version is shown and where its content comes from. */
export function CatalogHeader({ detail }: { detail: CatalogDetail }) {
  const { t, i18n } = useTranslation('catalogs');
  const { version } = detail;

  return (
    <Card data-testid="catalog-header">
      <Flex wrap gap="middle" justify="space-between" align="flex-start">
        <Flex wrap gap={8} align="center" style={{ minWidth: 0 }}>
          <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>
            {version.name}
          </Typography.Title>
          <Tag color="blue" style={{ marginInlineEnd: 0 }}>
            {t('versionNo', { version: version.version })}
          </Tag>
          <Tag color={statusColor[version.status]} data-testid="catalog-status">
            {t(`status.${version.status}`)}
          </Tag>
        </Flex>
        <CatalogActions detail={detail} />
      </Flex>
      <Descriptions
        size="small"
        style={{ marginTop: 16 }}
        column={{ xs: 1, sm: 2, lg: 4 }}
        items={[
          { key: 'industry', label: t('detail.industry'), children: detail.industryName },
          {
            key: 'version',
            label: t('detail.version'),
            children: t('versionNo', { version: version.version }),
          },
          {
            key: 'publishedAt',
            label: t('detail.publishedAt'),
            children: version.publishedAt
              ? formatDateTime(i18n.language, version.publishedAt)
              : t('detail.notPublished'),
          },
          {
            key: 'itemCount',
            label: t('detail.itemCount'),
            children: t('detail.itemCountValue', { count: version.itemCount }),
          },
          { key: 'source', label: t('detail.source'), children: version.source, span: 'filled' },
        ]}
      />
    </Card>
  );
}
