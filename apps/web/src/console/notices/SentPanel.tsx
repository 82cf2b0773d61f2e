import type { NoticeSentView } from '@ancha/contracts';
import { SendOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Progress, Table, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSentNotices } from '../../api/notices.ts';
import { LoadError } from '../../shared/status-pages.tsx';
import { formatDateTime } from '../../shared/user-labels.ts';
import { LoadMore } from '../records/LoadMore.tsx';
import { ReceiptsDrawer } from './ReceiptsDrawer.tsx';
import { SendNoticeModal } from './SendNoticeModal.tsx';

/** The office's sent notices, newest first, each with 已读 x / 共 y and its receipts. */
export function SentPanel() {
  const { t, i18n } = useTranslation('notices', { keyPrefix: 'sent' });
  const [keyword, setKeyword] = useState<string | undefined>();
  const [sending, setSending] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const sent = useSentNotices(keyword);
  const items = sent.data?.pages.flatMap((p) => p.items) ?? [];

  const audience = (n: NoticeSentView) => {
    const a = n.audience;
    if (a.enterpriseIds.length) return t('audienceEnterprises', { count: a.enterpriseIds.length });
    const parts = [
      a.regionCodes.length ? t('audienceRegions', { count: a.regionCodes.length }) : null,
      a.industries.length ? t('audienceIndustries', { count: a.industries.length }) : null,
    ].filter(Boolean);
    return parts.length ? parts.join('，') : t('audienceAll');
  };

  const columns: TableColumnsType<NoticeSentView> = [
    { title: t('columns.title'), dataIndex: 'title', key: 'title', ellipsis: true },
    {
      title: t('columns.sentAt'),
      key: 'sentAt',
      width: 190,
      render: (_, n) => formatDateTime(i18n.language, n.sentAt),
    },
    { title: t('columns.audience'), key: 'audience', width: 170, render: (_, n) => audience(n) },
    { title: t('columns.attachments'), dataIndex: 'attachmentCount', key: 'attachments', width: 70 },
    {
      title: t('columns.read'),
      key: 'read',
      width: 200,
      render: (_, n) => (
        <Flex vertical gap={0}>
          <span data-testid="notice-read-count">
            {t('readOf', { read: n.readCount, total: n.recipientCount })}
          </span>
          <Progress
            percent={n.recipientCount ? Math.round((n.readCount / n.recipientCount) * 100) : 0}
            size="small"
            showInfo={false}
          />
        </Flex>
      ),
    },
    {
      key: 'open',
      width: 100,
      fixed: 'right',
      render: (_, n) => (
        <Button type="link" onClick={() => setOpenId(n.id)} aria-label={`${t('receipts')} ${n.title}`}>
          {t('receipts')}
        </Button>
      ),
    },
  ];

  return (
    <Card>
      <Typography.Paragraph type="secondary">{t('hint')}</Typography.Paragraph>
      <Flex gap={8} justify="space-between" style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          placeholder={t('search')}
          aria-label={t('search')}
          style={{ maxWidth: 320 }}
          onSearch={(v) => setKeyword(v.trim() || undefined)}
        />
        <Button type="primary" icon={<SendOutlined />} onClick={() => setSending(true)}>
          {t('send')}
        </Button>
      </Flex>
      {sent.error ? (
        <LoadError message={sent.error.message} onRetry={() => void sent.refetch()} />
      ) : (
        <>
          <Table<NoticeSentView>
            rowKey="id"
            columns={columns}
            dataSource={items}
            loading={sent.isFetching && !sent.isFetchingNextPage}
            pagination={false}
            scroll={{ x: 900 }}
            locale={{ emptyText: t('empty') }}
          />
          <LoadMore query={sent} />
        </>
      )}
      {sending && <SendNoticeModal onClose={() => setSending(false)} />}
      <ReceiptsDrawer id={openId} onClose={() => setOpenId(null)} />
    </Card>
  );
}
