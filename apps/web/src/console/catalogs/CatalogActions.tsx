import type { CatalogDetail } from '@ancha/contracts';
import { DownloadOutlined, EditOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { catalogsApi, useRefreshCatalogs } from '../../api/catalogs.ts';
import { useCurrentUser } from '../../auth/session.ts';
import { canEdit, draftEditorPath, draftOf, printPath } from './catalog-rules.ts';
import { ImportButton } from './ImportButton.tsx';

/**
 * Everyone prints and exports the version on screen. Editors start a draft (from the version on
 * screen, so an old version can be restored), import one, or continue the draft that exists:
 * a catalog has at most one draft, so the buttons offer exactly one of these paths.
 */
export function CatalogActions({ detail }: { detail: CatalogDetail }) {
  const { t } = useTranslation('catalogs');
  const { message } = App.useApp();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const refresh = useRefreshCatalogs();
  const shown = detail.version.version;
  const draft = draftOf(detail);

  const createDraft = useMutation({
    mutationFn: () =>
      catalogsApi.createDraft(detail.id, detail.version.status === 'draft' ? undefined : shown),
    onSuccess: async (created) => {
      await refresh();
      void message.success(t('actions.draftCreated', { version: created.version.version }));
      navigate(draftEditorPath(detail.id, created.version.version));
    },
    onError: (error) => {
      void message.error(error.message);
      // A 409 means someone else opened a draft meanwhile; show it rather than a stale page.
      void refresh();
    },
  });

  return (
    <Flex wrap gap={8}>
      <Button
        icon={<PrinterOutlined aria-hidden />}
        href={printPath(detail.id, shown)}
        target="_blank"
        rel="noopener"
      >
        {t('actions.print')}
      </Button>
      <Button icon={<DownloadOutlined aria-hidden />} href={catalogsApi.exportUrl(detail.id, shown)} download>
        {t('actions.export')}
      </Button>
      {canEdit(me, detail.industryCode) &&
        (draft ? (
          <Button
            type="primary"
            icon={<EditOutlined aria-hidden />}
            onClick={() => navigate(draftEditorPath(detail.id, draft.version))}
          >
            {t('actions.editDraft')}
          </Button>
        ) : (
          <>
            <ImportButton catalogId={detail.id} />
            <Button
              type="primary"
              icon={<PlusOutlined aria-hidden />}
              loading={createDraft.isPending}
              onClick={() => createDraft.mutate()}
            >
              {t('actions.newDraft')}
            </Button>
          </>
        ))}
    </Flex>
  );
}
