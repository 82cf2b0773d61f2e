import { Breadcrumb, Button, Card, Flex, Result, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useCatalog } from '../../../api/catalogs.ts';
import { isApiError } from '../../../api/errors.ts';
import { useCurrentUser } from '../../../auth/session.ts';
import { Forbidden, LoadError, NotFound } from '../../../shared/status-pages.tsx';
import { canEdit, catalogPath, parseVersion, statusColor } from '../catalog-rules.ts';
import { DraftActions } from './DraftActions.tsx';
import { DraftItems } from './DraftItems.tsx';
import { DraftMetaForm } from './DraftMetaForm.tsx';

/**
 * The editor of one draft version. Only a draft can change; a published or retired version shows
 * why it cannot be edited instead of a form the server would refuse.
 */
export function DraftEditorPage() {
  const { t } = useTranslation('catalogs');
  const { t: tc } = useTranslation('console');
  const { id = '', version: rawVersion } = useParams();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const version = parseVersion(rawVersion);
  const catalog = useCatalog(id, version);

  if (version === undefined) return <NotFound home="/console/catalogs" />;
  if (isApiError(catalog.error) && (catalog.error.status === 404 || catalog.error.status === 422)) {
    return <NotFound home="/console/catalogs" />;
  }
  if (isApiError(catalog.error) && catalog.error.status === 403)
    return <Forbidden home="/console/catalogs" />;
  const detail = catalog.data;
  if (detail && !canEdit(me, detail.industryCode)) return <Forbidden home={catalogPath(id)} />;

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 16 }}
        items={[
          { key: 'catalogs', title: <Link to="/console/catalogs">{tc('modules.catalogs.name')}</Link> },
          { key: 'catalog', title: <Link to={catalogPath(id)}>{detail?.version.name ?? '…'}</Link> },
          { key: 'edit', title: t('editor.title') },
        ]}
      />
      {catalog.error ? (
        <Card>
          <LoadError message={catalog.error.message} onRetry={() => void catalog.refetch()} />
        </Card>
      ) : !detail ? (
        <Card>
          <Skeleton active paragraph={{ rows: 8 }} />
        </Card>
      ) : detail.version.status !== 'draft' ? (
        <Card>
          <Result
            status="warning"
            title={t('editor.notDraftTitle')}
            subTitle={t('editor.notDraftHint', {
              version: detail.version.version,
              status: t(`status.${detail.version.status}`),
            })}
            extra={
              <Button type="primary" onClick={() => navigate(catalogPath(id, detail.version.version))}>
                {t('editor.backToCatalog')}
              </Button>
            }
          />
        </Card>
      ) : (
        <Flex vertical gap="middle" data-testid="draft-editor">
          <Card>
            <Flex wrap gap="middle" justify="space-between" align="center">
              <Flex wrap gap={8} align="center">
                <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>
                  {t('editor.title')}
                </Typography.Title>
                <Typography.Text type="secondary">
                  {t('editor.subtitle', { name: detail.version.name, version: detail.version.version })}
                </Typography.Text>
                <Tag color={statusColor.draft}>{t('status.draft')}</Tag>
              </Flex>
              <DraftActions detail={detail} />
            </Flex>
          </Card>
          <DraftMetaForm detail={detail} />
          <DraftItems detail={detail} />
        </Flex>
      )}
    </>
  );
}
