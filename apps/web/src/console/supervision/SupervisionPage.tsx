import { CHECK_TYPE_LABELS, PENALTY_TYPE_LABELS, type SupervisionSummary } from '@ancha/contracts';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import {
  type SupervisionFilters as Filters,
  supervisionExportUrl,
  useSupervisionList,
} from '../../api/supervision.ts';
import { useCurrentUser } from '../../auth/session.ts';
import { LoadError } from '../../shared/status-pages.tsx';
import { formatDate } from '../../shared/user-labels.ts';
import { PageTitle } from '../modules.tsx';
import { LoadMore } from '../records/LoadMore.tsx';
import { SupervisionDrawer } from './SupervisionDrawer.tsx';
import { SupervisionFilters } from './SupervisionFilters.tsx';

const SupervisionWork = lazy(() => import('./SupervisionWork.tsx'));

/** 罚款金额 in 万元, as attachment 1 prints it; the API keeps fen. */
export const fenToWan = (fen: number | null) => (fen ? String(fen / 1_000_000) : null);

/**
 * 监督检查 (G2): the supervision ledger of seed 003 attachment 1, in its columns, with the
 * filters and the Excel export of exactly what is filtered (regulators only).
 */
export function SupervisionPage() {
  const { t, i18n } = useTranslation('supervision');
  const me = useCurrentUser();
  const [filters, setFilters] = useState<Filters>({});
  const [search, setSearch] = useSearchParams();
  const openId = search.get('record');
  const setOpenId = (id: string | null) => setSearch(id ? { record: id } : {});
  const working = search.has('new') || search.has('inspect');
  const list = useSupervisionList(filters);
  const rows = list.data?.pages.flatMap((page) => page.items) ?? [];
  const regulator = me.role.startsWith('gov_') || me.role === 'admin';
  const none = t('none');

  const columns: TableColumnsType<SupervisionSummary> = [
    {
      title: t('columns.checkedAt'),
      key: 'checkedAt',
      width: 120,
      render: (_, r) => (r.submittedAt ? formatDate(i18n.language, r.submittedAt) : <Tag>{t('draft')}</Tag>),
    },
    { title: t('columns.checkUnit'), key: 'checkUnit', width: 160, render: (_, r) => r.checkUnit ?? none },
    {
      title: t('columns.checkType'),
      key: 'checkType',
      width: 110,
      render: (_, r) => (r.checkType ? CHECK_TYPE_LABELS[r.checkType] : none),
    },
    {
      title: t('columns.checkPeople'),
      key: 'checkPeople',
      width: 90,
      render: (_, r) => r.checkPeople ?? none,
    },
    {
      title: t('columns.ledgerNos'),
      key: 'ledgerNos',
      width: 190,
      render: (_, r) => (r.ledgerNos.length ? r.ledgerNos.join('、') : t('noLedgerNo')),
    },
    { title: t('columns.unitName'), dataIndex: 'enterpriseName', key: 'unitName', width: 180 },
    { title: t('columns.street'), dataIndex: 'streetName', key: 'street', width: 130 },
    {
      title: t('columns.hazards'),
      key: 'hazards',
      width: 90,
      render: (_, r) => t('hazardCount', { count: r.hazardCount }),
    },
    {
      title: t('columns.penaltyType'),
      key: 'penaltyType',
      width: 110,
      render: (_, r) => (r.penaltyType ? PENALTY_TYPE_LABELS[r.penaltyType] : none),
    },
    { title: t('columns.fine'), key: 'fine', width: 120, render: (_, r) => fenToWan(r.fineFen) ?? none },
  ];

  if (working)
    return (
      <>
        <PageTitle module="supervision" />
        <Suspense fallback={null}>
          <SupervisionWork />
        </Suspense>
      </>
    );

  return (
    <>
      <Flex justify="space-between" align="flex-start">
        <PageTitle module="supervision" />
        {regulator && me.role !== 'admin' && (
          <Link to="/console/supervision?new=1">
            <Button type="primary" icon={<PlusOutlined />}>
              {t('new')}
            </Button>
          </Link>
        )}
        {regulator && (
          <Button
            icon={<DownloadOutlined />}
            href={supervisionExportUrl(filters)}
            data-testid="supervision-export"
          >
            {t('export')}
          </Button>
        )}
      </Flex>
      <Card>
        <Typography.Paragraph type="secondary">{t('hint')}</Typography.Paragraph>
        <SupervisionFilters value={filters} onChange={setFilters} />
        {list.error ? (
          <LoadError message={list.error.message} onRetry={() => void list.refetch()} />
        ) : (
          <>
            <Table
              rowKey="id"
              size="middle"
              columns={columns}
              dataSource={rows}
              loading={list.isFetching && !list.isFetchingNextPage}
              pagination={false}
              scroll={{ x: 1300 }}
              locale={{ emptyText: t('empty') }}
              onRow={(r) => ({ onClick: () => setOpenId(r.id), style: { cursor: 'pointer' } })}
            />
            <LoadMore query={list} />
          </>
        )}
      </Card>
      <SupervisionDrawer id={openId} onClose={() => setOpenId(null)} />
    </>
  );
}
