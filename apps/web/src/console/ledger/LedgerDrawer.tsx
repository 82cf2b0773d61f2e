import type { LedgerEntryDetail } from '@ancha/contracts';
import { Drawer, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useHazard } from '../../api/enterprise.ts';
import { useLedgerEntry } from '../../api/ledger.ts';
import { LoadError } from '../../shared/status-pages.tsx';
import { LedgerActions } from './LedgerActions.tsx';
import { Heading, LedgerDetails } from './LedgerDetails.tsx';
import { HazardRectification, LedgerHistory } from './LedgerHistory.tsx';

/** One ledger entry: the attachment's columns, the enterprise's fix, the history, and the actions. */
export function LedgerDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation('ledger');
  const entry = useLedgerEntry(id);
  const title = entry.data?.ledgerNo ? `${t('detail.title')} ${entry.data.ledgerNo}` : t('detail.title');

  return (
    <Drawer open={id !== null} onClose={onClose} size={860} title={title} destroyOnHidden>
      {entry.error ? (
        <LoadError message={entry.error.message} onRetry={() => void entry.refetch()} />
      ) : !entry.data ? (
        <Skeleton active />
      ) : (
        <EntryBody entry={entry.data} />
      )}
    </Drawer>
  );
}

function EntryBody({ entry }: { entry: LedgerEntryDetail }) {
  const { t } = useTranslation('ledger');
  // The same query as the rectification section below: one request, and 复查 waits for the fix.
  const hazard = useHazard(entry.hazardId);
  const hazardResolved = hazard.data?.status === 'resolved';

  return (
    <div data-testid="ledger-detail">
      <LedgerActions entry={entry} hazardResolved={hazardResolved} />
      <LedgerDetails entry={entry} />
      {entry.hazardId && (
        <>
          <Heading>{t('detail.groups.hazard')}</Heading>
          <HazardRectification hazardId={entry.hazardId} />
        </>
      )}
      <Heading>{t('detail.groups.history')}</Heading>
      <LedgerHistory history={entry.history} />
    </div>
  );
}
