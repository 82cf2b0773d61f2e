import type { NoticeReadFilter, NoticeReceipt } from '@ancha/contracts';
import { DownloadOutlined } from '@ant-design/icons';
import {
  Button,
  Drawer,
  Flex,
  Segmented,
  Skeleton,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { noticesApi, useReceipts } from '../../api/notices.ts';
import { LoadError } from '../../shared/status-pages.tsx';
import { formatDateTime } from '../../shared/user-labels.ts';

const filters: readonly NoticeReadFilter[] = ['all', 'read', 'unread'];

/** 阅读回执: each recipient enterprise, 已读 or 未读, when and by whom; filtered and exportable. */
export function ReceiptsDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t, i18n } = useTranslation('notices', { keyPrefix: 'receipts' });
  const [status, setStatus] = useState<NoticeReadFilter>('all');
  const receipts = useReceipts(id, status);
  const r = receipts.data;

  const columns: TableColumnsType<NoticeReceipt> = [
    { title: t('columns.enterprise'), dataIndex: 'enterpriseName', key: 'enterprise' },
    { title: t('columns.street'), dataIndex: 'streetName', key: 'street', width: 150 },
    {
      title: t('columns.status'),
      key: 'status',
      width: 100,
      render: (_, x) =>
        x.readAt ? <Tag color="green">{t('read')}</Tag> : <Tag color="orange">{t('unread')}</Tag>,
    },
    {
      title: t('columns.readAt'),
      key: 'readAt',
      width: 190,
      render: (_, x) => (x.readAt ? formatDateTime(i18n.language, x.readAt) : '—'),
    },
    { title: t('columns.readBy'), key: 'readBy', width: 100, render: (_, x) => x.readByName ?? '—' },
  ];

  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size={860}
      title={r ? t('title', { title: r.title }) : t('title', { title: '' })}
      destroyOnHidden
      afterOpenChange={(open) => !open && setStatus('all')}
      extra={
        id && (
          <Button icon={<DownloadOutlined />} href={noticesApi.receiptsXlsx(id, status)} download>
            {t('export')}
          </Button>
        )
      }
    >
      {receipts.error ? (
        <LoadError message={receipts.error.message} onRetry={() => void receipts.refetch()} />
      ) : !r ? (
        <Skeleton active />
      ) : (
        <div data-testid="notice-receipts">
          <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
            <Segmented<NoticeReadFilter>
              aria-label={t('filter')}
              value={status}
              onChange={setStatus}
              options={filters.map((value) => ({ value, label: t(value) }))}
            />
            <Typography.Text type="secondary">
              {t('summary', { total: r.recipientCount, read: r.readCount })}
            </Typography.Text>
          </Flex>
          <Table<NoticeReceipt>
            rowKey="enterpriseId"
            size="small"
            columns={columns}
            dataSource={r.items}
            loading={receipts.isFetching}
            pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
            locale={{ emptyText: t('empty') }}
          />
        </div>
      )}
    </Drawer>
  );
}
