import { Card, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { type HazardStatus, useHazards } from '../../api/enterprise.ts';
import { LoadError } from '../../shared/status-pages.tsx';
import { PageTitle } from '../modules.tsx';
import { LoadMore } from '../records/LoadMore.tsx';
import { HazardDrawer } from './HazardDrawer.tsx';
import { HazardTable } from './HazardTable.tsx';

/**
 * 隐患记录 in the seed's two lists, 待处置 and 已处置 (seed 000 §1.2.3). Both tab counts come with
 * every page the server sends, so the inactive tab's count is right without loading its list.
 */
export function HazardsPage() {
  const { t } = useTranslation('enterprise');
  const [status, setStatus] = useState<HazardStatus>('pending');
  // A reminder's link names the record (?id=…): it opens at once.
  const [search] = useSearchParams();
  const [openId, setOpenId] = useState<string | null>(search.get('id'));
  const hazards = useHazards(status);
  // Every page carries both counts; the first page's are as fresh as the list shown.
  const counts = hazards.data?.pages[0]?.counts;

  const content = hazards.error ? (
    <LoadError message={hazards.error.message} onRetry={() => void hazards.refetch()} />
  ) : (
    <>
      <HazardTable
        hazards={hazards.data?.pages.flatMap((page) => page.items) ?? []}
        loading={hazards.isFetching && !hazards.isFetchingNextPage}
        emptyText={t(status === 'pending' ? 'hazards.emptyPending' : 'hazards.emptyResolved')}
        onOpen={setOpenId}
      />
      <LoadMore query={hazards} />
    </>
  );

  return (
    <>
      <PageTitle module="hazards" />
      <Card>
        <Typography.Paragraph type="secondary">{t('hazards.hint')}</Typography.Paragraph>
        <Tabs
          activeKey={status}
          onChange={(key) => setStatus(key === 'resolved' ? 'resolved' : 'pending')}
          items={[
            {
              key: 'pending',
              label: t('hazards.pendingTab', { count: counts?.pending ?? 0 }),
              children: status === 'pending' ? content : null,
            },
            {
              key: 'resolved',
              label: t('hazards.resolvedTab', { count: counts?.resolved ?? 0 }),
              children: status === 'resolved' ? content : null,
            },
          ]}
        />
      </Card>
      <HazardDrawer id={openId} onClose={() => setOpenId(null)} />
    </>
  );
}
