import type { CatalogDetail } from '@ancha/contracts';
import { CheckOutlined, DeleteOutlined, RollbackOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Popconfirm, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { catalogKeys, catalogsApi, useRefreshCatalogs } from '../../../api/catalogs.ts';
import { catalogPath, publishedOf } from '../catalog-rules.ts';

/**
 * Publishing is final: the version can never change again and the published one it replaces is
 * retired, so the confirmation says both before the editor commits.
 */
export function DraftActions({ detail }: { detail: CatalogDetail }) {
  const { t } = useTranslation('catalogs');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const refresh = useRefreshCatalogs();
  const client = useQueryClient();
  const draft = detail.version.version;
  const published = publishedOf(detail);
  // After a discard the catalog page shows the published version; a catalog never published has none.
  const afterDiscard = published
    ? catalogPath(detail.id)
    : `/console/catalogs?industry=${detail.industryCode}`;

  const publish = useMutation({
    mutationFn: () => catalogsApi.publish(detail.id, draft),
    onSuccess: async (result) => {
      // The catalog page opens on the new version at once; this page's own query would otherwise
      // refetch first and flash "not a draft" before the navigation.
      client.setQueryData(catalogKeys.detail(detail.id, undefined), result);
      navigate(catalogPath(detail.id));
      await refresh();
      void message.success(t('editor.published', { version: result.version.version }));
    },
    onError: (error) => {
      void message.error(error.message);
      void refresh();
    },
  });
  const discard = useMutation({
    mutationFn: () => catalogsApi.discard(detail.id, draft),
    onSuccess: async () => {
      navigate(afterDiscard);
      await refresh();
      void message.success(t('editor.discarded'));
    },
    onError: (error) => {
      void message.error(error.message);
      void refresh();
    },
  });
  const busy = publish.isPending || discard.isPending;

  return (
    <Flex wrap gap={8}>
      <Button icon={<RollbackOutlined aria-hidden />} onClick={() => navigate(catalogPath(detail.id, draft))}>
        {t('editor.backToCatalog')}
      </Button>
      <Popconfirm
        title={t('editor.discardTitle', { version: draft })}
        description={t('editor.discardHint')}
        okText={t('editor.discardConfirm')}
        okButtonProps={{ danger: true }}
        onConfirm={() => discard.mutate()}
      >
        <Button danger icon={<DeleteOutlined aria-hidden />} loading={discard.isPending} disabled={busy}>
          {t('editor.discard')}
        </Button>
      </Popconfirm>
      <Popconfirm
        title={t('editor.publishTitle', { version: draft })}
        description={
          <Typography.Paragraph style={{ maxWidth: 320, marginBottom: 0 }}>
            {published && t('editor.publishReplaces', { version: published.version })}
            {t('editor.publishFinal')}
          </Typography.Paragraph>
        }
        okText={t('editor.publishConfirm')}
        onConfirm={() => publish.mutate()}
      >
        <Button
          type="primary"
          icon={<CheckOutlined aria-hidden />}
          loading={publish.isPending}
          disabled={busy}
        >
          {t('editor.publish')}
        </Button>
      </Popconfirm>
    </Flex>
  );
}
