import type { InspectionView } from '@ancha/contracts';
import { Descriptions, Drawer, Empty, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCatalog } from '../../api/catalogs.ts';
import { useInspection } from '../../api/enterprise.ts';
import { LoadError } from '../../shared/status-pages.tsx';
import { formatDateTime } from '../../shared/user-labels.ts';
import { AnswerItem } from './AnswerItem.tsx';
import { groupAnswers } from './answer-groups.ts';

/** One submitted record: who checked what and when, then every answer under its catalog heading. */
export function RecordDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation('enterprise');
  const record = useInspection(id);

  return (
    <Drawer open={id !== null} onClose={onClose} size={720} title={t('records.detailTitle')} destroyOnHidden>
      {record.error ? (
        <LoadError message={record.error.message} onRetry={() => void record.refetch()} />
      ) : !record.data ? (
        <Skeleton active />
      ) : (
        <RecordBody record={record.data} />
      )}
    </Drawer>
  );
}

function RecordBody({ record }: { record: InspectionView }) {
  const { t, i18n } = useTranslation('enterprise');
  // The version answered, not today's: items may have been reworded or renumbered since.
  const catalog = useCatalog(record.catalogId, record.catalogVersion);
  const groups = groupAnswers(record.answers, catalog.data);

  return (
    <div data-testid="record-detail">
      <Descriptions
        size="small"
        column={2}
        bordered
        items={[
          { key: 'catalog', label: t('records.columns.catalog'), children: record.catalogName, span: 2 },
          { key: 'site', label: t('records.columns.site'), children: record.siteName },
          { key: 'industry', label: t('records.columns.industry'), children: record.industryName },
          { key: 'inspector', label: t('records.columns.inspector'), children: record.inspectorName },
          { key: 'post', label: t('records.post'), children: record.post ?? t('none') },
          {
            key: 'submittedAt',
            label: t('records.columns.submittedAt'),
            children: formatDateTime(i18n.language, record.submittedAt ?? record.savedAt),
          },
          {
            key: 'acknowledged',
            label: t('records.acknowledged'),
            children: t(record.acknowledged ? 'records.acknowledgedYes' : 'records.acknowledgedNo'),
          },
          {
            key: 'hasHazards',
            label: t('records.columns.hasHazards'),
            children: record.hasHazards ? (
              <Typography.Text type="danger" strong>
                {t('records.yes')}
              </Typography.Text>
            ) : (
              t('records.no')
            ),
          },
          {
            key: 'progress',
            label: t('records.progress'),
            children: t('records.progressValue', { answered: record.answeredCount, total: record.itemCount }),
          },
        ]}
      />
      <Typography.Title level={3} style={{ fontSize: 16, marginTop: 24 }}>
        {t('records.answersTitle')}
      </Typography.Title>
      {groups.length === 0 && <Empty description={t('records.noAnswers')} />}
      {groups.map((group) => (
        <section key={group.key} style={{ marginBottom: 16 }}>
          {group.title && (
            <Typography.Title level={4} style={{ fontSize: 14, marginBottom: 4 }}>
              {group.title}
            </Typography.Title>
          )}
          {group.answers.map((answer) => (
            <AnswerItem key={answer.itemId} answer={answer} />
          ))}
        </section>
      ))}
    </div>
  );
}
