import type { HazardView, InspectionSummary, SiteView } from '@ancha/contracts';
import { Divider, Flex, Image, Spin, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useEnterpriseImages, usePersonnel } from '../../api/profile.ts';
import { useRegistryHazards, useRegistryRecords, useRegistrySites } from '../../api/registry.ts';
import { LoadError } from '../../shared/status-pages.tsx';

const at = (iso: string | null) => (iso ? new Date(iso).toLocaleString('zh-CN') : '—');

/** A list part of the enterprise's page: loading, error with retry, or the table. */
function PartTable<T extends { id: string }>(props: {
  query: {
    data?: { items: T[] } | undefined;
    error: Error | null;
    refetch: () => unknown;
    isPending: boolean;
  };
  columns: TableColumnsType<T>;
  empty: string;
  testId: string;
}) {
  const { query } = props;
  if (query.error) return <LoadError message={query.error.message} onRetry={() => void query.refetch()} />;
  return (
    <Table<T>
      rowKey="id"
      size="small"
      data-testid={props.testId}
      loading={query.isPending}
      columns={props.columns}
      dataSource={query.data?.items ?? []}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: props.empty }}
    />
  );
}

export function SitesTab({ enterpriseId }: { enterpriseId: string }) {
  const { t } = useTranslation('registry');
  const columns: TableColumnsType<SiteView> = [
    { title: t('sites.name'), dataIndex: 'name', key: 'name' },
    { title: t('sites.region'), dataIndex: 'regionName', key: 'region' },
    { title: t('sites.address'), key: 'address', render: (_, s) => s.address || t('none') },
    {
      title: t('sites.inspector'),
      key: 'inspector',
      render: (_, s) => `${s.inspectorName} ${s.inspectorPhone}`,
    },
    {
      title: t('sites.catalogs'),
      key: 'catalogs',
      render: (_, s) => s.catalogs.map((c) => <Tag key={c.id}>{c.name}</Tag>),
    },
  ];
  return (
    <PartTable
      query={useRegistrySites(enterpriseId)}
      columns={columns}
      empty={t('sites.empty')}
      testId="registry-sites"
    />
  );
}

/** 自查记录 a regulator may see: the reported ones (and those with a major hazard). */
export function RecordsTab({ enterpriseId }: { enterpriseId: string }) {
  const { t } = useTranslation('registry');
  const columns: TableColumnsType<InspectionSummary> = [
    { title: t('records.catalog'), dataIndex: 'catalogName', key: 'catalog' },
    { title: t('records.site'), dataIndex: 'siteName', key: 'site' },
    { title: t('records.inspector'), dataIndex: 'inspectorName', key: 'inspector', width: 100 },
    { title: t('records.submittedAt'), key: 'submittedAt', width: 170, render: (_, r) => at(r.submittedAt) },
    {
      title: t('records.hasHazards'),
      key: 'hasHazards',
      width: 90,
      render: (_, r) => (r.hasHazards ? <Tag color="red">{t('records.yes')}</Tag> : t('records.no')),
    },
  ];
  return (
    <PartTable
      query={useRegistryRecords(enterpriseId)}
      columns={columns}
      empty={t('records.empty')}
      testId="registry-records"
    />
  );
}

export function HazardsTab({ enterpriseId }: { enterpriseId: string }) {
  const { t } = useTranslation('registry');
  const columns: TableColumnsType<HazardView> = [
    { title: t('hazards.description'), dataIndex: 'description', key: 'description' },
    { title: t('hazards.site'), dataIndex: 'siteName', key: 'site', width: 120 },
    {
      title: t('hazards.level'),
      key: 'level',
      width: 70,
      render: (_, h) =>
        h.level === 'major' ? <Tag color="red">{t('hazards.major')}</Tag> : t('hazards.general'),
    },
    {
      title: t('hazards.status'),
      key: 'status',
      width: 90,
      render: (_, h) => t(`hazards.statuses.${h.status}`),
    },
    { title: t('hazards.deadline'), key: 'deadline', width: 110, render: (_, h) => h.deadline ?? t('none') },
    { title: t('hazards.foundAt'), key: 'foundAt', width: 170, render: (_, h) => at(h.foundAt) },
  ];
  return (
    <PartTable
      query={useRegistryHazards(enterpriseId)}
      columns={columns}
      empty={t('hazards.empty')}
      testId="registry-hazards"
    />
  );
}

/** 图片/人员, read-only: the enterprise keeps them, the regulator looks. */
export function MediaTab({ enterpriseId }: { enterpriseId: string }) {
  const { t } = useTranslation('registry');
  const { t: tp } = useTranslation('profile');
  const images = useEnterpriseImages(enterpriseId);
  const personnel = usePersonnel(enterpriseId);
  return (
    <>
      <Typography.Title level={5}>{t('media.images')}</Typography.Title>
      {images.error ? (
        <LoadError message={images.error.message} onRetry={() => void images.refetch()} />
      ) : images.isPending ? (
        <Spin />
      ) : images.data.items.length === 0 ? (
        <Typography.Text type="secondary">{t('media.noImages')}</Typography.Text>
      ) : (
        <Flex wrap gap="middle">
          {images.data.items.map((image) => (
            <Flex key={image.id} vertical gap={4} style={{ width: 160 }}>
              <Image src={image.url} alt={image.title} height={110} style={{ objectFit: 'cover' }} />
              <Typography.Text ellipsis>{image.title}</Typography.Text>
            </Flex>
          ))}
        </Flex>
      )}
      <Divider />
      <Typography.Title level={5}>{t('media.personnel')}</Typography.Title>
      <PartTable
        query={personnel}
        empty={t('none')}
        testId="registry-personnel"
        columns={[
          {
            title: t('media.role'),
            key: 'role',
            width: 160,
            render: (_, p) => tp(`personnel.roles.${p.role}`),
          },
          { title: t('media.name'), dataIndex: 'name', key: 'name' },
          { title: t('media.position'), key: 'position', render: (_, p) => p.position || t('none') },
          { title: t('media.phone'), dataIndex: 'phone', key: 'phone' },
        ]}
      />
    </>
  );
}
