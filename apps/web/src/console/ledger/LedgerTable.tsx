import type { LedgerEntryView } from '@ancha/contracts';
import { Button, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/user-labels.ts';
import { hazardTypeLabel } from './ledger-rules.ts';

/** 重大 in red, as everywhere the seed asks major hazards to stand out. */
export function LevelTag({ level }: { level: LedgerEntryView['level'] }) {
  const { t } = useTranslation('ledger');
  return level === 'major' ? <Tag color="red">{t('level.major')}</Tag> : t('level.general');
}

/** The deadline, and 逾期 in red once it has passed with the hazard still being rectified. */
export function Deadline({ entry }: { entry: LedgerEntryView }) {
  const { t } = useTranslation('ledger');
  return (
    <>
      {entry.deadline ?? t('none')}
      {entry.overdue && (
        <Tag color="red" style={{ marginInlineStart: 8 }}>
          {t('overdue')}
        </Tag>
      )}
    </>
  );
}

/** One tab of the ledger, in the columns of attachment 2 a regulator scans a list by. */
export function LedgerTable(props: {
  entries: LedgerEntryView[];
  loading: boolean;
  emptyText: string;
  onOpen: (id: string) => void;
}) {
  const { entries, loading, emptyText, onOpen } = props;
  const { t, i18n } = useTranslation('ledger');

  const columns: TableColumnsType<LedgerEntryView> = [
    {
      title: t('columns.ledgerNo'),
      key: 'ledgerNo',
      width: 190,
      render: (_, e) => e.ledgerNo ?? <Typography.Text type="secondary">{t('notListed')}</Typography.Text>,
    },
    {
      title: t('columns.listedAt'),
      key: 'listedAt',
      width: 170,
      render: (_, e) => (e.listedAt ? formatDateTime(i18n.language, e.listedAt) : t('none')),
    },
    { title: t('columns.unitName'), dataIndex: 'unitName', key: 'unitName', width: 180 },
    { title: t('columns.street'), dataIndex: 'streetName', key: 'street', width: 130 },
    {
      title: t('columns.description'),
      dataIndex: 'description',
      key: 'description',
      width: 260,
      ellipsis: true,
    },
    {
      title: t('columns.hazardType'),
      key: 'hazardType',
      width: 170,
      render: (_, e) => hazardTypeLabel(e.hazardType, e.hazardSubtype) ?? t('none'),
    },
    {
      title: t('columns.level'),
      key: 'level',
      width: 130,
      render: (_, e) => (
        <>
          <LevelTag level={e.level} />
          {e.supervisionLevel && <Tag color="volcano">{t('supervised')}</Tag>}
        </>
      ),
    },
    { title: t('columns.deadline'), key: 'deadline', width: 150, render: (_, e) => <Deadline entry={e} /> },
    {
      title: t('columns.reviewResult'),
      key: 'reviewResult',
      width: 100,
      render: (_, e) => t(`reviewResult.${e.reviewResult}`),
    },
    { title: t('columns.closed'), key: 'closed', width: 80, render: (_, e) => t(e.closed ? 'yes' : 'no') },
    {
      title: t('columns.actions'),
      key: 'actions',
      width: 70,
      render: (_, e) => (
        <Button type="link" size="small" onClick={() => onOpen(e.id)}>
          {t('view')}
        </Button>
      ),
    },
  ];

  return (
    <Table<LedgerEntryView>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={entries}
      loading={loading}
      scroll={{ x: 1660 }}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
      locale={{ emptyText }}
      data-testid="ledger-table"
    />
  );
}
