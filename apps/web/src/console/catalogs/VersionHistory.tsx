import type { CatalogDetail, VersionSummary } from '@ancha/contracts';
import { Button, Drawer, Flex, Table, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../shared/user-labels.ts';
import { catalogPath, previousVersion, statusColor } from './catalog-rules.ts';
import { VersionDiff } from './VersionDiff.tsx';

interface Comparison {
  from: number;
  to: number;
}

/** Every version, newest first; any of them can be viewed or compared with the one before it. */
export function VersionHistory({ detail }: { detail: CatalogDetail }) {
  const { t, i18n } = useTranslation('catalogs');
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const versions = [...detail.versions].sort((a, b) => b.version - a.version);

  const columns: TableColumnsType<VersionSummary> = [
    {
      title: t('history.version'),
      key: 'version',
      render: (_, v) => (
        <Flex gap={8} align="center">
          {t('versionNo', { version: v.version })}
          {v.version === detail.version.version && <Tag>{t('history.current')}</Tag>}
        </Flex>
      ),
    },
    {
      title: t('history.status'),
      key: 'status',
      render: (_, v) => <Tag color={statusColor[v.status]}>{t(`status.${v.status}`)}</Tag>,
    },
    {
      title: t('history.publishedAt'),
      key: 'publishedAt',
      render: (_, v) => (v.publishedAt ? formatDateTime(i18n.language, v.publishedAt) : '—'),
    },
    { title: t('history.itemCount'), dataIndex: 'itemCount', key: 'itemCount', align: 'right' },
    {
      title: t('history.actions'),
      key: 'actions',
      render: (_, v) => {
        const previous = previousVersion(detail.versions, v.version);
        return (
          <Flex gap={8} wrap>
            <Link to={catalogPath(detail.id, v.version)}>{t('actions.view')}</Link>
            {previous !== undefined && (
              <Button
                type="link"
                size="small"
                style={{ padding: 0, height: 'auto' }}
                onClick={() => setComparison({ from: previous, to: v.version })}
              >
                {t('actions.compare')}
              </Button>
            )}
          </Flex>
        );
      },
    },
  ];

  return (
    <>
      <Table<VersionSummary>
        rowKey="version"
        size="middle"
        columns={columns}
        dataSource={versions}
        pagination={false}
        data-testid="version-history"
      />
      <Drawer
        open={comparison !== null}
        onClose={() => setComparison(null)}
        size={720}
        title={comparison ? t('diff.title', { from: comparison.from, to: comparison.to }) : ''}
        destroyOnHidden
      >
        {comparison && <VersionDiff catalogId={detail.id} from={comparison.from} to={comparison.to} />}
      </Drawer>
    </>
  );
}
