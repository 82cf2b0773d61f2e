import type { SiteView } from '@ancha/contracts';
import { Button, Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { siteIndustries } from './site-form.ts';

/** The enterprise's sites as the seed lists them; phone numbers arrive masked and stay so. */
export function SiteTable(props: {
  sites: SiteView[];
  loading: boolean;
  keyword: string;
  onEdit: (site: SiteView) => void;
}) {
  const { sites, loading, keyword, onEdit } = props;
  const { t } = useTranslation('enterprise');

  const columns: TableColumnsType<SiteView> = [
    { title: t('sites.columns.name'), dataIndex: 'name', key: 'name' },
    {
      title: t('sites.columns.type'),
      key: 'type',
      render: (_, site) => siteIndustries(site).join(t('listSeparator')) || t('none'),
    },
    {
      title: t('sites.columns.address'),
      key: 'address',
      render: (_, site) => `${site.regionName}${site.address}`,
    },
    {
      title: t('sites.columns.inspector'),
      key: 'inspector',
      width: 110,
      render: (_, site) => site.inspectorName || t('none'),
    },
    { title: t('sites.columns.phone'), dataIndex: 'inspectorPhone', key: 'phone', width: 140 },
    {
      title: t('sites.columns.catalogs'),
      key: 'catalogs',
      width: 100,
      align: 'right',
      render: (_, site) => (
        <Typography.Text title={site.catalogs.map((catalog) => catalog.name).join('\n')}>
          {t('sites.catalogCount', { count: site.catalogs.length })}
        </Typography.Text>
      ),
    },
    {
      title: t('sites.columns.actions'),
      key: 'actions',
      width: 90,
      render: (_, site) => (
        <Button
          type="link"
          size="small"
          onClick={() => onEdit(site)}
          aria-label={`${t('sites.edit')} ${site.name}`}
        >
          {t('sites.edit')}
        </Button>
      ),
    },
  ];

  return (
    <Table<SiteView>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={sites}
      loading={loading}
      pagination={sites.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      locale={{ emptyText: keyword ? t('sites.emptySearch', { keyword }) : t('sites.empty') }}
      data-testid="site-table"
    />
  );
}
