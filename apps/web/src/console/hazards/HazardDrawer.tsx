import type { HazardDetail } from '@ancha/contracts';
import { Descriptions, type DescriptionsProps, Drawer, Skeleton, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useHazard } from '../../api/enterprise.ts';
import { LoadError } from '../../shared/status-pages.tsx';
import { formatDateTime } from '../../shared/user-labels.ts';
import { PhotoGallery } from '../records/AnswerItem.tsx';
import { AcceptanceForm } from './AcceptanceForm.tsx';
import { HazardHistory } from './HazardHistory.tsx';
import { formatYuan } from './hazard-format.ts';
import { RectificationForm } from './RectificationForm.tsx';

/** A hazard with everything reported on it, its rectification, its history, and 去处置 or 验收. */
export function HazardDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation('enterprise');
  const hazard = useHazard(id);

  return (
    <Drawer open={id !== null} onClose={onClose} size={720} title={t('hazardDetail.title')} destroyOnHidden>
      {hazard.error ? (
        <LoadError message={hazard.error.message} onRetry={() => void hazard.refetch()} />
      ) : !hazard.data ? (
        <Skeleton active />
      ) : (
        <HazardBody hazard={hazard.data} />
      )}
    </Drawer>
  );
}

/** No row at all when there are no photos, as for any other empty value. */
const gallery = (ids: string[]) => (ids.length > 0 ? <PhotoGallery key="photos" ids={ids} /> : null);

/** Label–value pairs with the empty ones left out, so a 立即整改 hazard shows no deadline row. */
function described(pairs: [string, ReactNode][]): DescriptionsProps['items'] {
  return pairs
    .filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(([label, children]) => ({ key: label, label, children }));
}

function HazardBody({ hazard }: { hazard: HazardDetail }) {
  const { t, i18n } = useTranslation('enterprise');
  const at = (iso: string | null) => (iso ? formatDateTime(i18n.language, iso) : null);
  const yuan = (fen: number | null) => (fen === null ? null : t('yuan', { amount: formatYuan(fen) }));
  const awaitingAcceptance = hazard.status === 'resolved' && hazard.acceptedAt === null;
  const heading = (text: string) => (
    <Typography.Title level={3} style={{ fontSize: 16, marginTop: 24 }}>
      {text}
    </Typography.Title>
  );

  return (
    <div data-testid="hazard-detail">
      <Descriptions
        size="small"
        column={1}
        bordered
        items={described([
          [t('hazardDetail.status'), t(`hazardDetail.${hazard.status}`)],
          [
            t('hazards.columns.level'),
            hazard.level === 'major' ? (
              <Tag key="level" color="red">
                {t('level.major')}
              </Tag>
            ) : (
              t('level.general')
            ),
          ],
          [t('hazards.columns.item'), `${hazard.itemNo} ${hazard.itemText}`],
          [t('fields.description'), hazard.description],
          [t('fields.photos'), gallery(hazard.photoIds)],
          [t('hazards.columns.site'), hazard.siteName],
          [t('hazards.columns.foundAt'), at(hazard.foundAt)],
          [t('hazards.columns.foundBy'), hazard.foundBy],
          [t('fields.mode'), t(`mode.${hazard.mode}`)],
          [t('fields.immediateAction'), hazard.immediateAction],
          [t('fields.owner'), hazard.owner],
          [t('fields.measures'), hazard.measures],
          [t('fields.funds'), yuan(hazard.fundsFen)],
          [
            t('fields.deadline'),
            hazard.deadline && (
              <span key="deadline">
                {hazard.deadline}
                {hazard.overdue && (
                  <Tag color="red" style={{ marginInlineStart: 8 }}>
                    {t('hazards.overdue')}
                  </Tag>
                )}
              </span>
            ),
          ],
          [t('fields.contingency'), hazard.contingency],
          [t('fields.situation'), hazard.specialReport?.situation],
          [t('fields.severity'), hazard.specialReport?.severity],
          [t('fields.plan'), hazard.specialReport?.plan],
        ])}
      />
      {hazard.rectifiedAt && (
        <>
          {heading(t('hazardDetail.rectification'))}
          <Descriptions
            size="small"
            column={1}
            bordered
            items={described([
              [t('hazardDetail.note'), hazard.rectificationNote],
              [t('hazardDetail.result'), hazard.rectificationResult],
              [t('hazardDetail.photos'), gallery(hazard.rectificationPhotoIds)],
              [t('hazardDetail.spent'), yuan(hazard.spentFen)],
              [t('hazardDetail.rectifiedAt'), at(hazard.rectifiedAt)],
              [
                t('hazardDetail.acceptance'),
                hazard.acceptedAt ? t('hazardDetail.accepted') : t('hazardDetail.notAccepted'),
              ],
              [t('hazardDetail.acceptedAt'), at(hazard.acceptedAt)],
              [t('hazardDetail.acceptanceNote'), hazard.acceptanceNote],
            ])}
          />
        </>
      )}
      {heading(t('hazardDetail.history'))}
      <HazardHistory history={hazard.history} />
      {hazard.status === 'pending' && (
        <>
          {heading(t('rectify.title'))}
          <RectificationForm hazardId={hazard.id} />
        </>
      )}
      {awaitingAcceptance && (
        <>
          {heading(t('acceptance.title'))}
          <AcceptanceForm hazardId={hazard.id} />
        </>
      )}
    </div>
  );
}
