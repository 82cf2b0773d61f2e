import { CHECK_TYPE_LABELS, PENALTY_TYPE_LABELS, type SupervisionView } from '@ancha/contracts';
import { Descriptions, Drawer, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSupervision } from '../../api/supervision.ts';
import { LoadError } from '../../shared/status-pages.tsx';
import { formatDate } from '../../shared/user-labels.ts';
import { PhotoGallery } from '../records/AnswerItem.tsx';
import { fenToWan } from './SupervisionPage.tsx';

/** One record: the attachment's columns, then what was found. */
export function SupervisionDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t, i18n } = useTranslation('supervision');
  const record = useSupervision(id);
  const r = record.data;
  const none = t('none');
  return (
    <Drawer open={id !== null} onClose={onClose} title={t('detail')} size="large">
      {record.error && <LoadError message={record.error.message} onRetry={() => void record.refetch()} />}
      {r && (
        <Descriptions column={1} bordered size="small">
          <Descriptions.Item label={t('columns.checkedAt')}>
            {r.submittedAt ? formatDate(i18n.language, r.submittedAt) : t('draft')}
          </Descriptions.Item>
          <Descriptions.Item label={t('columns.checkUnit')}>{r.checkUnit ?? none}</Descriptions.Item>
          <Descriptions.Item label={t('columns.checkType')}>
            {r.checkType ? CHECK_TYPE_LABELS[r.checkType] : none}
          </Descriptions.Item>
          <Descriptions.Item label={t('columns.checkPeople')}>{r.checkPeople ?? none}</Descriptions.Item>
          <Descriptions.Item label={t('columns.inspector')}>{r.inspectorName}</Descriptions.Item>
          <Descriptions.Item label={t('columns.unitName')}>
            {r.enterpriseName}（{r.siteName}）
          </Descriptions.Item>
          <Descriptions.Item label={t('columns.district')}>{r.districtName}</Descriptions.Item>
          <Descriptions.Item label={t('columns.street')}>{r.streetName}</Descriptions.Item>
          <Descriptions.Item label={t('columns.address')}>{r.enterpriseAddress ?? none}</Descriptions.Item>
          <Descriptions.Item label={t('columns.catalog')}>{r.catalogName}</Descriptions.Item>
          <Descriptions.Item label={t('columns.hazards')}>
            {t('hazardCount', { count: r.hazardCount })}
          </Descriptions.Item>
          <Descriptions.Item label={t('columns.ledgerNos')}>
            {r.ledgerNos.length ? r.ledgerNos.join('、') : t('noLedgerNo')}
          </Descriptions.Item>
          <Descriptions.Item label={t('columns.penaltyType')}>
            {r.penaltyType ? PENALTY_TYPE_LABELS[r.penaltyType] : none}
          </Descriptions.Item>
          <Descriptions.Item label={t('columns.fine')}>{fenToWan(r.fineFen) ?? none}</Descriptions.Item>
          <Descriptions.Item label={t('columns.findings')}>{r.findings ?? none}</Descriptions.Item>
        </Descriptions>
      )}
      {r && <AnswersTable answers={r.answers} />}
    </Drawer>
  );
}

/** Item by item: the answer, and for a hazard what was found, its photos and its rectification. */
function AnswersTable({ answers }: { answers: SupervisionView['answers'] }) {
  const { t } = useTranslation('supervision');
  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('answers.title')}
      </Typography.Title>
      <Table
        data-testid="supervision-answers"
        rowKey="itemId"
        size="small"
        pagination={false}
        dataSource={answers}
        columns={[
          { title: t('answers.itemNo'), dataIndex: 'itemNo', width: 70 },
          { title: t('answers.item'), dataIndex: 'itemText' },
          {
            title: t('answers.result'),
            width: 90,
            render: (_, a) =>
              a.answer === 'hazard' ? (
                <Tag color="red">{t('answers.results.hazard')}</Tag>
              ) : (
                t(`answers.results.${a.answer}`)
              ),
          },
          {
            title: t('answers.hazard'),
            render: (_, a) =>
              a.answer === 'hazard' ? (
                <>
                  {[
                    a.description,
                    a.level && t(`answers.levels.${a.level}`),
                    a.mode && t(`answers.modes.${a.mode}`),
                    a.owner && t('answers.owner', { owner: a.owner }),
                    a.deadline && t('answers.deadline', { deadline: a.deadline }),
                  ]
                    .filter(Boolean)
                    .join('；')}
                  {a.photoIds && a.photoIds.length > 0 && (
                    <div style={{ marginTop: 8 }}>
                      <PhotoGallery ids={a.photoIds} />
                    </div>
                  )}
                </>
              ) : null,
          },
        ]}
      />
    </>
  );
}
