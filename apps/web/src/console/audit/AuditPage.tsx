import type { AuditVerifyResult } from '@ancha/contracts';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { auditApi } from '../../api/client.ts';
import { formatDateTime } from '../../shared/user-labels.ts';
import { PageTitle } from '../modules.tsx';

/**
 * The tamper check of the whole audit trail (X2). It is an action rather than a query: a check
 * is only meaningful at the moment the administrator asks for it.
 */
export function AuditPage() {
  const { t } = useTranslation('console');
  const verify = useMutation({ mutationFn: auditApi.verify });

  return (
    <>
      <PageTitle module="audit" />
      <Flex vertical gap="middle">
        <Card title={t('audit.verifyTitle')}>
          <Typography.Paragraph type="secondary">{t('audit.verifyIntro')}</Typography.Paragraph>
          <Button
            type="primary"
            icon={<SafetyCertificateOutlined />}
            loading={verify.isPending}
            onClick={() => verify.mutate()}
          >
            {t('audit.verify')}
          </Button>
          {!verify.isPending && (verify.data || verify.error) && (
            <div style={{ marginTop: 16 }}>
              <VerifyOutcome result={verify.data} error={verify.error} />
            </div>
          )}
        </Card>
        <Card title={t('audit.browseTitle')}>
          <Empty description={t('audit.browseNotOpen')} />
        </Card>
      </Flex>
    </>
  );
}

function VerifyOutcome({ result, error }: { result: AuditVerifyResult | undefined; error: Error | null }) {
  const { t, i18n } = useTranslation('console');

  if (error || !result) {
    return <Alert type="error" showIcon title={t('audit.failed')} description={error?.message} />;
  }
  if (result.ok || !result.firstBroken) {
    return (
      <Alert
        type="success"
        showIcon
        title={t('audit.okTitle')}
        description={t('audit.okDetail', { count: result.checked })}
        data-testid="audit-verify-result"
      />
    );
  }
  const broken = result.firstBroken;
  return (
    <Alert
      type="error"
      showIcon
      title={t('audit.brokenTitle')}
      description={t('audit.brokenDetail', {
        count: result.checked,
        seq: broken.seq,
        at: formatDateTime(i18n.language, broken.at),
        reason: t(`audit.reasons.${broken.reason}`),
      })}
      data-testid="audit-verify-result"
    />
  );
}
