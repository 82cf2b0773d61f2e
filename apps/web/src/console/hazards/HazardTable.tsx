import type { HazardView } from '@ancha/contracts';
import { Button, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/user-labels.ts';

/** One tab's hazards; a major hazard and an overdue deadline are marked so they are seen first. */
export function HazardTable(props: {
  hazards: HazardView[];
  loading: boolean;
  emptyText: string;
  onOpen: (id: string) => void;
}) {
  const { hazards, loading, emptyText, onOpen } = props;
  const { t, i18n } = useTranslation('enterprise');

  const columns: TableColumnsType<HazardView> = [
    {
      title: t('hazards.columns.level'),
      key: 'level',
      width: 80,
      render: (_, hazard) =>
        hazard.level === 'major' ? <Tag color="red">{t('level.major')}</Tag> : t('level.general'),
    },
    {
      title: t('hazards.columns.item'),
      key: 'item',
      render: (_, hazard) => (
        <Typography.Text>
          <Typography.Text type="secondary">{hazard.itemNo}</Typography.Text> {hazard.itemText}
        </Typography.Text>
      ),
    },
    { title: t('hazards.columns.site'), dataIndex: 'siteName', key: 'site', width: 140 },
    {
      title: t('hazards.columns.foundAt'),
      key: 'foundAt',
      width: 190,
      render: (_, hazard) => formatDateTime(i18n.language, hazard.foundAt),
    },
    { title: t('hazards.columns.foundBy'), dataIndex: 'foundBy', key: 'foundBy', width: 100 },
    {
      title: t('hazards.columns.mode'),
      key: 'mode',
      width: 100,
      render: (_, hazard) => t(`mode.${hazard.mode}`),
    },
    {
      title: t('hazards.columns.deadline'),
      key: 'deadline',
      width: 150,
      render: (_, hazard) => (
        <>
          {hazard.deadline ?? t('none')}
          {hazard.overdue && (
            <Tag color="red" style={{ marginInlineStart: 8 }}>
              {t('hazards.overdue')}
            </Tag>
          )}
        </>
      ),
    },
    {
      title: t('hazards.columns.actions'),
      key: 'actions',
      width: 80,
      render: (_, hazard) => (
        <Button type="link" size="small" onClick={() => onOpen(hazard.id)}>
          {t('hazards.view')}
        </Button>
      ),
    },
  ];

  return (
    <Table<HazardView>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={hazards}
      loading={loading}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
      locale={{ emptyText }}
      data-testid="hazard-table"
    />
  );
}
