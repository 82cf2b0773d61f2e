import type { PublicReportDetail } from '@ancha/contracts';
import { Alert, Descriptions, Drawer, Flex, Image, Skeleton, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useReport } from '../../api/public-reports.ts';
import { useCurrentUser } from '../../auth/session.ts';
import { LoadError } from '../../shared/status-pages.tsx';
import { formatDateTime } from '../../shared/user-labels.ts';
import { ReportActions } from './ReportActions.tsx';

/** One report with the reporter's identity (the handling office only), photos and findings. */
export function ReportDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation('reports', { keyPrefix: 'console' });
  const report = useReport(id);
  return (
    <Drawer open={id !== null} onClose={onClose} size={760} title={t('detailTitle')} destroyOnHidden>
      {report.error ? (
        <LoadError message={report.error.message} onRetry={() => void report.refetch()} />
      ) : !report.data ? (
        <Skeleton active />
      ) : (
        <ReportBody report={report.data} />
      )}
    </Drawer>
  );
}

function ReportBody({ report: r }: { report: PublicReportDetail }) {
  const { t, i18n } = useTranslation('reports', { keyPrefix: 'console' });
  const me = useCurrentUser();
  const at = (iso: string | null) => (iso ? formatDateTime(i18n.language, iso) : '—');
  return (
    <div data-testid="report-detail">
      {me.role !== 'admin' && <ReportActions report={r} />}
      <Descriptions column={1} bordered size="small" style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('columns.submittedAt')}>{at(r.submittedAt)}</Descriptions.Item>
        <Descriptions.Item
          label={t('columns.region')}
        >{`${r.districtName} ${r.streetName}`}</Descriptions.Item>
        <Descriptions.Item label={t('columns.place')}>{r.place}</Descriptions.Item>
        <Descriptions.Item label={t('columns.unitName')}>{r.unitName ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('columns.description')}>{r.description}</Descriptions.Item>
        <Descriptions.Item label={t('columns.reporter')}>
          {r.anonymous ? <Tag>{t('anonymous')}</Tag> : <Tag color="blue">{t('realName')}</Tag>}
        </Descriptions.Item>
        {!r.anonymous && (
          <>
            <Descriptions.Item label={t('reporterName')}>{r.reporterName}</Descriptions.Item>
            <Descriptions.Item label={t('reporterPhone')}>{r.reporterPhone}</Descriptions.Item>
          </>
        )}
        <Descriptions.Item label={t('columns.photos')}>
          {r.photos.length === 0 ? (
            '—'
          ) : (
            <Image.PreviewGroup>
              <Flex gap={8} wrap>
                {r.photos.map((p, i) => (
                  <Image
                    key={p.id}
                    src={p.url}
                    width={96}
                    height={96}
                    style={{ objectFit: 'cover' }}
                    alt={`${t('columns.photos')} ${i + 1}`}
                  />
                ))}
              </Flex>
            </Image.PreviewGroup>
          )}
        </Descriptions.Item>
        {r.status !== 'submitted' && (
          <>
            <Descriptions.Item label={t('handledAt')}>{at(r.handledAt)}</Descriptions.Item>
            <Descriptions.Item label={t('handlingNote')}>{r.handlingNote ?? '—'}</Descriptions.Item>
          </>
        )}
        {r.status === 'verified' && (
          <>
            <Descriptions.Item label={t('enterprise')}>{r.enterpriseName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('ledgerNo')}>{r.ledgerNo ?? t('ledgerProposed')}</Descriptions.Item>
          </>
        )}
        {r.rewardFen !== null && (
          <Descriptions.Item label={t('reward')}>
            {`${(r.rewardFen / 100).toFixed(2)} 元`}
            {r.rewardNote ? `（${r.rewardNote}）` : ''} {at(r.rewardedAt)}
          </Descriptions.Item>
        )}
      </Descriptions>
      {!r.anonymous && <Alert type="info" showIcon title={t('identityNote')} />}
    </div>
  );
}
