import { governmentRoles } from '@ancha/contracts';
import { useCurrentUser } from '../../auth/session.ts';
import { PageTitle } from '../modules.tsx';
import { InboxPanel } from './InboxPanel.tsx';
import { SentPanel } from './SentPanel.tsx';

/**
 * 公告通知 (G7): an office sends notices and follows their receipts; an enterprise reads what it
 * received. The menu gives the module to both, so the role picks the panel.
 */
export function NoticesPage() {
  const me = useCurrentUser();
  return (
    <>
      <PageTitle module="notices" />
      {governmentRoles.includes(me.role) ? <SentPanel /> : <InboxPanel />}
    </>
  );
}
