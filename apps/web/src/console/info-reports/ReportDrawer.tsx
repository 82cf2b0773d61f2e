import { periodLabel } from '@ancha/contracts';
import { Descriptions, Divider, Drawer, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useInfoReport } from '../../api/info-reports.ts';
import { AttachmentLinks } from '../../shared/AttachmentLinks.tsx';
import { RichText } from '../../shared/RichText.tsx';
import { LoadError } from '../../shared/status-pages.tsx';
import { at, KindTag } from './MyReportsTab.tsx';

/** One report as the sender and the office above read it: who, when, for which period, the body. */
export function ReportDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation('infoReports');
  const report = useInfoReport(id);
  const r = report.data;

  return (
    <Drawer open={id !== null} onClose={onClose} size={760} title={t('detail.title')} destroyOnHidden>
      {report.error ? (
        <LoadError message={report.error.message} onRetry={() => void report.refetch()} />
      ) : !r ? (
        <Skeleton active />
      ) : (
        <article data-testid="report-detail">
          <Typography.Title level={3} style={{ fontSize: 18, marginTop: 0 }}>
            {r.title}
          </Typography.Title>
          <Descriptions
            column={2}
            size="small"
            bordered
            items={[
              { key: 'kind', label: t('columns.kind'), children: <KindTag kind={r.kind} /> },
              { key: 'period', label: t('columns.period'), children: periodLabel(r.period) },
              { key: 'from', label: t('detail.from'), children: r.officeName },
              { key: 'to', label: t('detail.to'), children: r.toOfficeName },
              { key: 'by', label: t('columns.submittedBy'), children: r.submittedByName },
              { key: 'at', label: t('columns.submittedAt'), children: at(r.submittedAt) },
            ]}
          />
          <Divider />
          <RichText html={r.bodyHtml} />
          {r.attachments.length > 0 && (
            <>
              <Divider />
              <AttachmentLinks items={r.attachments} />
            </>
          )}
        </article>
      )}
    </Drawer>
  );
}
