import type { HazardDetail, LedgerEntryDetail } from '@ancha/contracts';
import { Descriptions, Empty, Skeleton, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useHazard } from '../../api/enterprise.ts';
import { LoadError } from '../../shared/status-pages.tsx';
import { formatDateTime } from '../../shared/user-labels.ts';
import { PhotoGallery } from '../records/AnswerItem.tsx';

const actions = [
  'proposed',
  'listed',
  'rejected',
  'review_passed',
  'review_failed',
  'closed',
  'supervised',
  'drawn_for_verification',
  'verified',
] as const;
type Action = (typeof actions)[number];
const colors: Partial<Record<Action, string>> = {
  proposed: 'gray',
  listed: 'blue',
  rejected: 'orange',
  review_failed: 'red',
  review_passed: 'green',
  closed: 'green',
  supervised: 'red',
};

const actionOf = (name: string): Action | null => {
  const key = name.replace(/^ledger\./, '');
  return (actions as readonly string[]).includes(key) ? (key as Action) : null;
};

/** The reason the server keeps with each step (退回理由, 复查意见, 督办说明); other details stay unshown. */
function reasonOf(detail: unknown): string | null {
  if (typeof detail !== 'object' || detail === null) return null;
  const { reason } = detail as { reason?: unknown };
  return typeof reason === 'string' && reason !== '' ? reason : null;
}

/** 提出 → 挂账 → 复查 → 销账, oldest first: the entry's audit trail, as the server reads it. */
export function LedgerHistory({ history }: { history: LedgerEntryDetail['history'] }) {
  const { t, i18n } = useTranslation('ledger');
  if (history.length === 0) return <Empty description={t('detail.noHistory')} />;
  return (
    <Timeline
      data-testid="ledger-history"
      items={history.map((event, index) => {
        const action = actionOf(event.action);
        const name = action ? t(`detail.actions.${action}`) : event.action;
        const reason = reasonOf(event.detail);
        return {
          key: `${event.at}-${index}`,
          color: (action && colors[action]) ?? 'blue',
          content: (
            <>
              <Typography.Text strong>
                {event.actorName ? t('detail.actionBy', { action: name, actor: event.actorName }) : name}
              </Typography.Text>
              <br />
              <Typography.Text type="secondary">{formatDateTime(i18n.language, event.at)}</Typography.Text>
              {reason && <Typography.Paragraph style={{ marginBottom: 0 }}>{reason}</Typography.Paragraph>}
            </>
          ),
        };
      })}
    />
  );
}

/**
 * What the enterprise reported on its own hazard (E9): the regulator reviews on site against it.
 * Read from the hazard itself, which regulators may read within their scope.
 */
export function HazardRectification({ hazardId }: { hazardId: string }) {
  const { t, i18n } = useTranslation('ledger');
  const hazard = useHazard(hazardId);
  if (hazard.error) return <LoadError message={hazard.error.message} onRetry={() => void hazard.refetch()} />;
  if (!hazard.data) return <Skeleton active paragraph={{ rows: 2 }} />;
  const h: HazardDetail = hazard.data;
  if (!h.rectifiedAt)
    return <Typography.Paragraph type="secondary">{t('detail.notRectified')}</Typography.Paragraph>;
  const value = (v: string | null) => v || t('none');
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      data-testid="ledger-hazard-rectification"
      items={[
        { key: 'at', label: t('detail.rectifiedAt'), children: formatDateTime(i18n.language, h.rectifiedAt) },
        { key: 'note', label: t('detail.rectificationNote'), children: value(h.rectificationNote) },
        { key: 'result', label: t('detail.rectificationResult'), children: value(h.rectificationResult) },
        ...(h.rectificationPhotoIds.length > 0
          ? [
              {
                key: 'photos',
                label: t('detail.rectificationPhotos'),
                children: <PhotoGallery ids={h.rectificationPhotoIds} />,
              },
            ]
          : []),
        {
          key: 'accepted',
          label: t('detail.accepted'),
          children: t(h.acceptedAt ? 'detail.acceptedYes' : 'detail.acceptedNo'),
        },
      ]}
    />
  );
}
