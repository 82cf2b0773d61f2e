import type { CatalogSummary } from '@ancha/contracts';
import { Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { formatDateTime } from '../../shared/user-labels.ts';
import { catalogPath } from './catalog-rules.ts';

/**
 * The catalogs of one industry. The server sends `draft` only to those who may edit the catalog,
 * so the 草稿 tag needs no role check here.
 */
export function CatalogTable({ catalogs }: { catalogs: CatalogSummary[] }) {
  const { t, i18n } = useTranslation('catalogs');
  const navigate = useNavigate();

  const columns: TableColumnsType<CatalogSummary> = [
    {
      title: t('list.name'),
      key: 'name',
      render: (_, catalog) => (
        <Flex wrap gap={8} align="center">
          <Link to={catalogPath(catalog.id)} onClick={(event) => event.stopPropagation()}>
            {catalog.name}
          </Link>
          {catalog.draft && (
            <Tag color="gold" style={{ marginInlineEnd: 0 }}>
              {t('list.draftTag')} · {t('versionNo', { version: catalog.draft.version })}
            </Tag>
          )}
        </Flex>
      ),
    },
    {
      title: t('list.published'),
      key: 'published',
      width: 120,
      render: (_, catalog) =>
        catalog.published ? (
          <Tag color="green">{t('versionNo', { version: catalog.published.version })}</Tag>
        ) : (
          <Typography.Text type="secondary">{t('list.notPublished')}</Typography.Text>
        ),
    },
    {
      title: t('list.itemCount'),
      key: 'itemCount',
      width: 90,
      align: 'right',
      render: (_, catalog) => catalog.published?.itemCount ?? catalog.draft?.itemCount ?? '—',
    },
    {
      title: t('list.publishedAt'),
      key: 'publishedAt',
      width: 200,
      render: (_, catalog) =>
        catalog.published?.publishedAt ? formatDateTime(i18n.language, catalog.published.publishedAt) : '—',
    },
  ];

  return (
    <Table<CatalogSummary>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={catalogs}
      pagination={false}
      locale={{ emptyText: t('list.empty') }}
      onRow={(catalog) => ({
        onClick: () => navigate(catalogPath(catalog.id)),
        style: { cursor: 'pointer' },
      })}
      data-testid="catalog-table"
    />
  );
}
