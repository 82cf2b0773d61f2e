import type { FieldError } from '@ancha/contracts';
import { UploadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Modal, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { catalogsApi, useRefreshCatalogs } from '../../api/catalogs.ts';
import { isApiError } from '../../api/errors.ts';
import { draftEditorPath } from './catalog-rules.ts';

const xlsxType = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Uploads a spreadsheet as a new draft. A refused file changes nothing on the server; its problems
 * are listed by row and column so whoever keeps the file can fix it and try again.
 */
export function ImportButton({ catalogId }: { catalogId: string }) {
  const { t } = useTranslation('catalogs');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const refresh = useRefreshCatalogs();
  const [refusal, setRefusal] = useState<{ message: string; problems: FieldError[] } | null>(null);
  const problems = refusal?.problems;

  const importSheet = useMutation({
    mutationFn: (file: File) => catalogsApi.importSheet(catalogId, file),
    onSuccess: async (draft) => {
      await refresh();
      void message.success(t('actions.imported', { version: draft.version.version }));
      navigate(draftEditorPath(catalogId, draft.version.version));
    },
    onError: (error) => {
      if (isApiError(error, 'VALIDATION_FAILED') && error.fields.length > 0) {
        setRefusal({ message: error.message, problems: error.fields });
      } else void message.error(error.message);
      void refresh();
    },
  });

  return (
    <>
      <Upload
        accept={xlsxType}
        showUploadList={false}
        maxCount={1}
        beforeUpload={(file) => {
          importSheet.mutate(file);
          // The request is ours: antd's own upload would skip the CSRF header.
          return Upload.LIST_IGNORE;
        }}
      >
        <Button icon={<UploadOutlined aria-hidden />} loading={importSheet.isPending}>
          {t('actions.importSheet')}
        </Button>
      </Upload>
      <Modal
        open={refusal !== null}
        title={t('importProblems.title')}
        width={720}
        onCancel={() => setRefusal(null)}
        footer={
          <Button type="primary" onClick={() => setRefusal(null)}>
            {t('importProblems.close')}
          </Button>
        }
        wrapProps={{ 'data-testid': 'import-problems' }}
      >
        <Alert type="error" showIcon title={refusal?.message} style={{ marginBottom: 12 }} />
        <Typography.Paragraph type="secondary">{t('importProblems.hint')}</Typography.Paragraph>
        <Table<FieldError & { key: number }>
          size="small"
          pagination={problems && problems.length > 50 ? { pageSize: 50 } : false}
          dataSource={(problems ?? []).map((problem, key) => ({ ...problem, key }))}
          columns={[
            { title: t('importProblems.where'), dataIndex: 'path', key: 'path', width: 240 },
            { title: t('importProblems.problem'), dataIndex: 'message', key: 'message' },
          ]}
        />
      </Modal>
    </>
  );
}
