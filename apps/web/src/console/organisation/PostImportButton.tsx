import type { FieldError } from '@ancha/contracts';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Modal, Space, Table, Tooltip, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/errors.ts';
import { organisationApi, useRefreshOrganisation } from '../../api/organisation.ts';

const xlsxType = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * 导入岗位清单 with its template. A refused file changes nothing; its problems are listed row by
 * row (公司不存在'…'部门, seed 004 question 19) so the file can be fixed and sent again.
 */
export function PostImportButton() {
  const { t } = useTranslation('organisation');
  const { message } = App.useApp();
  const refresh = useRefreshOrganisation();
  const [refusal, setRefusal] = useState<{ message: string; problems: FieldError[] } | null>(null);
  const importSheet = useMutation({
    mutationFn: (file: File) => organisationApi.importSheet(file),
    onSuccess: async (done) => {
      await refresh();
      void message.success(t('import.done', done));
    },
    onError: (error) => {
      if (isApiError(error, 'VALIDATION_FAILED') && error.fields.length > 0)
        setRefusal({ message: error.message, problems: error.fields });
      else void message.error(error.message);
    },
  });

  return (
    <Space wrap>
      <Button icon={<DownloadOutlined aria-hidden />} href={organisationApi.templateUrl}>
        {t('import.template')}
      </Button>
      <Upload
        accept={xlsxType}
        showUploadList={false}
        maxCount={1}
        beforeUpload={(file) => {
          importSheet.mutate(file);
          return Upload.LIST_IGNORE;
        }}
      >
        <Tooltip title={t('import.hint')}>
          <Button icon={<UploadOutlined aria-hidden />} loading={importSheet.isPending}>
            {t('import.button')}
          </Button>
        </Tooltip>
      </Upload>
      <Modal
        open={refusal !== null}
        title={t('import.problemsTitle')}
        width={720}
        onCancel={() => setRefusal(null)}
        footer={
          <Button type="primary" onClick={() => setRefusal(null)}>
            {t('import.close')}
          </Button>
        }
        wrapProps={{ 'data-testid': 'post-import-problems' }}
      >
        <Alert type="error" showIcon title={refusal?.message} style={{ marginBottom: 12 }} />
        <Table<FieldError & { key: number }>
          size="small"
          pagination={refusal && refusal.problems.length > 50 ? { pageSize: 50 } : false}
          dataSource={(refusal?.problems ?? []).map((p, key) => ({ ...p, key }))}
          columns={[
            { title: t('import.where'), dataIndex: 'path', key: 'path', width: 200 },
            { title: t('import.problem'), dataIndex: 'message', key: 'message' },
          ]}
        />
      </Modal>
    </Space>
  );
}
