import type { LedgerStatus } from '@ancha/contracts';
import { Card, Flex, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useLedger } from '../../api/ledger.ts';
import { useCurrentUser } from '../../auth/session.ts';
import { LoadError } from '../../shared/status-pages.tsx';
import { PageTitle } from '../modules.tsx';
import { LoadMore } from '../records/LoadMore.tsx';
import { DrawButton } from './DrawButton.tsx';
import { LedgerDrawer } from './LedgerDrawer.tsx';
import { type FilterValues, LedgerFilters } from './LedgerFilters.tsx';
import { LedgerTable } from './LedgerTable.tsx';
import { canDraw } from './ledger-rules.ts';
import { OverdueCard } from './OverdueCard.tsx';

// The workflow's order (G4), with 已退回 last as the branch off it.
const statuses: readonly LedgerStatus[] = ['proposed', 'listed', 'reviewed', 'closed', 'rejected'];

/**
 * 隐患台账 (G3, G4): the overdue counts on top, then one tab per workflow state with the filters
 * shared across tabs. The list answers with no per-state totals, so the tabs carry no counts
 * rather than ones that would only count what happens to be loaded.
 */
export function LedgerPage() {
  const { t } = useTranslation('ledger');
  const me = useCurrentUser();
  const [status, setStatus] = useState<LedgerStatus>('proposed');
  const [filters, setFilters] = useState<FilterValues>({});
  // A reminder's link names the record (?id=…): it opens at once.
  const [search] = useSearchParams();
  const [openId, setOpenId] = useState<string | null>(search.get('id'));
  const ledger = useLedger({ ...filters, status });
  const entries = ledger.data?.pages.flatMap((page) => page.items) ?? [];

  const content = ledger.error ? (
    <LoadError message={ledger.error.message} onRetry={() => void ledger.refetch()} />
  ) : (
    <>
      <LedgerTable
        entries={entries}
        loading={ledger.isFetching && !ledger.isFetchingNextPage}
        emptyText={t(`empty.${status}`)}
        onOpen={setOpenId}
      />
      <LoadMore query={ledger} />
    </>
  );

  return (
    <>
      <Flex justify="space-between" align="flex-start">
        <PageTitle module="ledger" />
        {canDraw(me.role) && <DrawButton onOpen={setOpenId} />}
      </Flex>
      <OverdueCard />
      <Card>
        <Typography.Paragraph type="secondary">{t('hint')}</Typography.Paragraph>
        <LedgerFilters value={filters} onChange={setFilters} />
        <Tabs
          activeKey={status}
          onChange={(key) => setStatus(statuses.find((s) => s === key) ?? 'proposed')}
          items={statuses.map((key) => ({
            key,
            label: t(`tabs.${key}`),
            children: key === status ? content : null,
          }))}
        />
      </Card>
      <LedgerDrawer id={openId} onClose={() => setOpenId(null)} />
    </>
  );
}
