import type { LedgerEntryView } from '@ancha/contracts';
import { Descriptions, type DescriptionsProps, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/user-labels.ts';
import { Deadline, LevelTag } from './LedgerTable.tsx';
import { hazardTypeLabel } from './ledger-rules.ts';

export function Heading({ children }: { children: ReactNode }) {
  return (
    <Typography.Title level={3} style={{ fontSize: 16, marginTop: 24 }}>
      {children}
    </Typography.Title>
  );
}

/**
 * Every column of attachment 2 is shown, empty ones as —: the regulator reads the entry as the
 * paper ledger's row, and a missing 负责人 is itself worth seeing.
 */
function Group({ title, pairs, testId }: { title: string; pairs: [string, ReactNode][]; testId?: string }) {
  const { t } = useTranslation('ledger');
  const items: DescriptionsProps['items'] = pairs.map(([label, value]) => ({
    key: label,
    label,
    children: value === null || value === undefined || value === '' ? t('none') : value,
  }));
  return (
    <>
      <Heading>{title}</Heading>
      <Descriptions size="small" column={2} bordered items={items} data-testid={testId} />
    </>
  );
}

/** The entry in the attachment's groups, then what the workflow adds (督办, 核查). */
export function LedgerDetails({ entry }: { entry: LedgerEntryView }) {
  const { t, i18n } = useTranslation('ledger');
  const at = (iso: string | null) => (iso ? formatDateTime(i18n.language, iso) : null);
  const area = (m2: number | null) => (m2 === null ? null : t('squareMetres', { value: m2.toFixed(2) }));
  const verification = !entry.drawnForVerification
    ? null
    : entry.verificationResult
      ? t(`verification.${entry.verificationResult}`)
      : t('verification.pending');

  return (
    <>
      <Group
        title={t('detail.groups.entry')}
        testId="ledger-entry-info"
        pairs={[
          [t('columns.ledgerNo'), entry.ledgerNo],
          [t('columns.listedAt'), at(entry.listedAt)],
          [t('detail.status'), t(`status.${entry.status}`)],
          [t('detail.proposedAt'), at(entry.proposedAt)],
          ...(entry.status === 'rejected'
            ? [[t('detail.rejectedReason'), entry.rejectedReason] as [string, ReactNode]]
            : []),
        ]}
      />
      <Group
        title={t('detail.groups.unit')}
        pairs={[
          [t('detail.district'), entry.districtName],
          [t('columns.street'), entry.streetName],
          [t('columns.unitName'), entry.unitName],
          [t('detail.address'), entry.address],
          [t('detail.principal'), entry.principalName],
          [t('detail.phone'), entry.principalPhone],
          [t('detail.nature'), entry.nature && t(`nature.${entry.nature}`)],
          [t('detail.staff'), entry.staffCount],
          [t('detail.parentGroup'), entry.parentGroup],
          [t('detail.districtDepartment'), entry.districtDepartment],
          [t('detail.cityDepartment'), entry.cityDepartment],
          [t('detail.source'), t(`source.${entry.source}`)],
          [t('columns.description'), entry.description],
          [t('columns.hazardType'), hazardTypeLabel(entry.hazardType, entry.hazardSubtype)],
          [t('columns.level'), <LevelTag key="level" level={entry.level} />],
        ]}
      />
      <Group
        title={t('detail.groups.building')}
        pairs={[
          [t('detail.illegalBuilding'), t(`illegalBuilding.${entry.illegalBuilding}`)],
          [t('detail.illegalArea'), area(entry.illegalAreaM2)],
          [t('detail.demolishedArea'), area(entry.demolishedAreaM2)],
        ]}
      />
      <Group
        title={t('detail.groups.rectification')}
        pairs={[
          [t('detail.measures'), entry.measures],
          [t('columns.deadline'), <Deadline key="deadline" entry={entry} />],
        ]}
      />
      <Group
        title={t('detail.groups.review')}
        pairs={[
          [t('detail.reviewAt'), at(entry.reviewAt)],
          [t('columns.reviewResult'), t(`reviewResult.${entry.reviewResult}`)],
          [t('detail.reviewNote'), entry.reviewNote],
        ]}
      />
      <Group
        title={t('detail.groups.closing')}
        testId="ledger-closing"
        pairs={[
          [t('columns.closed'), t(entry.closed ? 'yes' : 'no')],
          [t('detail.closedAt'), at(entry.closedAt)],
        ]}
      />
      {(entry.supervisionLevel || entry.drawnForVerification) && (
        <Group
          title={t('detail.groups.oversight')}
          pairs={[
            [
              t('detail.supervision'),
              entry.supervisionLevel && (
                <Tag key="supervision" color="volcano">
                  {t(`supervisionLevel.${entry.supervisionLevel}`)}
                </Tag>
              ),
            ],
            [t('detail.supervisedAt'), at(entry.supervisedAt)],
            [t('detail.verification'), verification],
            [t('detail.verifiedAt'), at(entry.verifiedAt)],
            [t('detail.verificationNote'), entry.verificationNote],
          ]}
        />
      )}
    </>
  );
}
