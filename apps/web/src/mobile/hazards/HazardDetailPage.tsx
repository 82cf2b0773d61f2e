import type { HazardDetail } from '@ancha/contracts';
import { Steps, Tag } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useHazard } from '../../api/field.ts';
import { useCan } from '../../auth/session.ts';
import { PhotoThumbs } from '../shared/Photos.tsx';
import { card, LoadFailed, Loading, PageBar } from '../shared/page-parts.tsx';
import { fenToYuan, formatStamp } from '../shared/values.ts';
import { RectifyForm } from './RectifyForm.tsx';

const knownActions = [
  'hazard.found',
  'hazard.rectified',
  'hazard.accepted',
  'hazard.acceptance_failed',
] as const;

/** 去处置 for a pending hazard; for a resolved one, what was done and the whole history (E6, E7). */
export function HazardDetailPage() {
  const { t } = useTranslation('field');
  const { hazardId = '' } = useParams();
  const hazard = useHazard(hazardId);
  const canRectify = useCan('hazard.rectify');

  if (hazard.isPending) return <Loading />;
  if (hazard.isError)
    return <LoadFailed message={hazard.error.message} onRetry={() => void hazard.refetch()} />;
  const h = hazard.data;
  const yuan = (fen: number | null) => (fen === null ? null : t('hazards.yuan', { amount: fenToYuan(fen) }));
  const rows: [string, string | null][] = [
    [t('hazards.item'), `${h.itemNo}. ${h.itemText}`],
    [t('hazards.description'), h.description],
    [t('hazards.site'), h.siteName],
    [t('hazards.foundAt'), formatStamp(h.foundAt)],
    [t('hazards.mode'), t(`form.modes.${h.mode}`)],
    [t('hazards.immediateAction'), h.immediateAction],
    [t('hazards.owner'), h.owner],
    [t('hazards.measures'), h.measures],
    [t('hazards.funds'), yuan(h.fundsFen)],
    [t('hazards.deadline'), h.deadline],
    [t('hazards.contingency'), h.contingency],
    [t('form.situation'), h.specialReport?.situation ?? null],
    [t('form.severity'), h.specialReport?.severity ?? null],
    [t('form.plan'), h.specialReport?.plan ?? null],
    [t('hazards.note'), h.rectificationNote],
    [t('hazards.result'), h.rectificationResult],
    [t('hazards.spent'), h.spentFen === null ? null : fenToYuan(h.spentFen)],
    [t('hazards.rectifiedAt'), h.rectifiedAt && formatStamp(h.rectifiedAt)],
    [t('hazards.acceptanceNote'), h.acceptanceNote],
  ];

  return (
    <section aria-label={h.itemText}>
      <PageBar
        title={h.level === 'major' ? t('hazards.major') : t('hazards.general')}
        parent={`/m/hazards?status=${h.status}`}
      />
      <dl style={card} data-testid="hazard-detail">
        {h.level === 'major' && <Tag color="danger">{t('hazards.major')}</Tag>}
        {h.overdue && <Tag color="warning">{t('hazards.overdue')}</Tag>}
        {rows
          .filter((row): row is [string, string] => !!row[1])
          .map(([label, value]) => (
            <div key={label} style={{ display: 'flex', gap: 8, padding: '3px 0' }}>
              <dt style={{ color: 'var(--adm-color-weak)', flex: '0 0 96px' }}>{label}</dt>
              <dd style={{ margin: 0, flex: 1 }}>{value}</dd>
            </div>
          ))}
      </dl>
      {h.photoIds.length + h.rectificationPhotoIds.length > 0 && (
        <div style={card}>
          <PhotoThumbs ids={h.photoIds} label={t('photos.hazard')} />
          <PhotoThumbs ids={h.rectificationPhotoIds} label={t('photos.rectification')} />
        </div>
      )}
      {h.status === 'pending' && canRectify && <RectifyForm hazardId={h.id} />}
      <History hazard={h} />
    </section>
  );
}

function History({ hazard }: { hazard: HazardDetail }) {
  const { t } = useTranslation('field');
  const label = (action: string) =>
    (knownActions as readonly string[]).includes(action)
      ? t(`hazards.actions.${action as (typeof knownActions)[number]}`)
      : t('hazards.unknownAction');
  return (
    <div style={card} data-testid="hazard-history">
      <h3 style={{ fontSize: 15, margin: '0 0 4px' }}>{t('hazards.history')}</h3>
      <Steps direction="vertical" current={hazard.history.length - 1}>
        {hazard.history.map((event) => (
          <Steps.Step
            key={`${event.at}-${event.action}`}
            title={label(event.action)}
            description={`${formatStamp(event.at)}${event.actorName ? ` · ${event.actorName}` : ''}`}
          />
        ))}
      </Steps>
    </div>
  );
}
