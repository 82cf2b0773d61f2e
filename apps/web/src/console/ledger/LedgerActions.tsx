import type { LedgerEntryDetail } from '@ancha/contracts';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ledgerApi, useRefreshLedger } from '../../api/ledger.ts';
import { useCurrentUser } from '../../auth/session.ts';
import { RejectModal, ReviewModal, VerifyModal } from './ActionForms.tsx';
import { ListFormModal } from './ListFormModal.tsx';
import { allowedActions, type LedgerAction } from './ledger-rules.ts';

type Modal = Extract<LedgerAction, 'list' | 'reject' | 'review' | 'verify'>;

/**
 * The buttons this user may press on this entry now (ledger-rules.ts). 销账 and 挂牌督办 need
 * nothing typed, so they ask in a Popconfirm; the others open their form.
 */
export function LedgerActions({
  entry,
  hazardResolved,
}: {
  entry: LedgerEntryDetail;
  hazardResolved: boolean;
}) {
  const { t } = useTranslation('ledger');
  const { message } = App.useApp();
  const me = useCurrentUser();
  const refresh = useRefreshLedger();
  const [open, setOpen] = useState<Modal | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const actions = allowedActions(me.role, entry, hazardResolved);

  const quick = useMutation({
    mutationFn: (action: 'close' | 'supervise') =>
      action === 'close' ? ledgerApi.close(entry.id, '') : ledgerApi.supervise(entry.id, ''),
    onSuccess: async (saved, action) => {
      setAlert(null);
      await refresh(saved);
      void message.success(t(`actions.done.${action}`));
    },
    onError: (error) => setAlert(error.message),
  });

  // A street office waiting for the enterprise sees why there is nothing to press yet.
  const reviewer = me.role === 'gov_street' || me.role === 'gov_district';
  const waiting = reviewer && entry.status === 'listed' && entry.hazardId !== null && !hazardResolved;
  if (actions.length === 0 && !waiting) return null;

  const button = (action: Modal, primary = false) =>
    actions.includes(action) && (
      <Button key={action} type={primary ? 'primary' : 'default'} onClick={() => setOpen(action)}>
        {t(`actions.${action}`)}
      </Button>
    );
  const confirm = (action: 'close' | 'supervise') =>
    actions.includes(action) && (
      <Popconfirm
        key={action}
        title={t(`actions.${action}Confirm`)}
        okText={t(`actions.${action}`)}
        onConfirm={() => quick.mutateAsync(action).catch(() => undefined)}
      >
        <Button
          type={action === 'close' ? 'primary' : 'default'}
          danger={action === 'supervise'}
          loading={quick.isPending}
        >
          {t(`actions.${action}`)}
        </Button>
      </Popconfirm>
    );

  return (
    <div data-testid="ledger-actions">
      {waiting && <Alert type="info" showIcon title={t('detail.awaitingFix')} style={{ marginBottom: 12 }} />}
      <Flex gap={8} wrap>
        {button('list', true)}
        {button('reject')}
        {button('review', true)}
        {confirm('close')}
        {confirm('supervise')}
        {button('verify', true)}
      </Flex>
      {alert && <Alert type="error" showIcon title={alert} style={{ marginTop: 12 }} />}
      {open === 'list' && <ListFormModal entry={entry} onClose={() => setOpen(null)} />}
      {open === 'reject' && <RejectModal entry={entry} onClose={() => setOpen(null)} />}
      {open === 'review' && <ReviewModal entry={entry} onClose={() => setOpen(null)} />}
      {open === 'verify' && <VerifyModal entry={entry} onClose={() => setOpen(null)} />}
    </div>
  );
}
