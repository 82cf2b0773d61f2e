import type { HazardDetail } from '@ancha/contracts';
import { Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/user-labels.ts';
import { historyAction } from './hazard-format.ts';

const colors = { found: 'red', rectified: 'blue', accepted: 'green', acceptance_failed: 'orange' } as const;

/** A note the server may attach to an event (an acceptance's reason); other details stay unshown. */
function noteOf(detail: unknown): string | null {
  if (typeof detail !== 'object' || detail === null || !('note' in detail)) return null;
  const note = (detail as { note: unknown }).note;
  return typeof note === 'string' && note !== '' ? note : null;
}

/** 发现 → 整改 → 验收, oldest first, as the server records them. */
export function HazardHistory({ history }: { history: HazardDetail['history'] }) {
  const { t, i18n } = useTranslation('enterprise');
  if (history.length === 0) return <Empty description={t('hazardDetail.noHistory')} />;

  return (
    <Timeline
      data-testid="hazard-history"
      items={history.map((event, index) => {
        const action = historyAction(event.action);
        const name = action ? t(`hazardDetail.actions.${action}`) : event.action;
        const note = noteOf(event.detail);
        return {
          key: `${event.at}-${index}`,
          color: action ? colors[action] : 'gray',
          content: (
            <>
              <Typography.Text strong>
                {event.actorName
                  ? t('hazardDetail.actionBy', { action: name, actor: event.actorName })
                  : name}
              </Typography.Text>
              <br />
              <Typography.Text type="secondary">{formatDateTime(i18n.language, event.at)}</Typography.Text>
              {note && <Typography.Paragraph style={{ marginBottom: 0 }}>{note}</Typography.Paragraph>}
            </>
          ),
        };
      })}
    />
  );
}
