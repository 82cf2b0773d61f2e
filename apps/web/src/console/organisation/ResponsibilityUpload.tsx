import type { PostView } from '@ancha/contracts';
import { UploadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Space, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { uploadPhoto } from '../../api/files.ts';
import { organisationApi, useRefreshOrganisation } from '../../api/organisation.ts';

const accept =
  '.pdf,.docx,.jpg,.jpeg,.png,.webp,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,image/jpeg,image/png,image/webp';

/**
 * 岗位责任制 (seed 004, question 16: required for the 信息完备率): the file is uploaded under
 * its own id with purpose 'responsibility', then set as the post's document.
 */
export function ResponsibilityUpload({ post }: { post: PostView }) {
  const { t } = useTranslation('organisation');
  const { message } = App.useApp();
  const refresh = useRefreshOrganisation();
  const upload = useMutation({
    mutationFn: async (file: File) => {
      const stored = await uploadPhoto(file, 'responsibility');
      return organisationApi.setResponsibility(post.id, stored.id);
    },
    onSuccess: async () => {
      await refresh();
      void message.success(t('posts.uploaded'));
    },
    onError: (error) => void message.error(error.message),
  });
  const doc = post.responsibility;

  return (
    <Space size="small" wrap>
      {doc ? (
        <Typography.Link href={doc.url} target="_blank" rel="noreferrer" data-testid="responsibility-link">
          {doc.name || t('posts.responsibility')}
        </Typography.Link>
      ) : (
        <Typography.Text type="warning">{t('posts.notUploaded')}</Typography.Text>
      )}
      <Upload
        accept={accept}
        showUploadList={false}
        maxCount={1}
        beforeUpload={(file) => {
          upload.mutate(file);
          // The request is ours: antd's own upload would skip the CSRF header.
          return Upload.LIST_IGNORE;
        }}
      >
        <Button
          size="small"
          icon={<UploadOutlined aria-hidden />}
          loading={upload.isPending}
          title={t('posts.uploadHint')}
          aria-label={`${doc ? t('posts.replace') : t('posts.upload')}${t('posts.responsibility')} ${post.name}`}
        >
          {doc ? t('posts.replace') : t('posts.upload')}
        </Button>
      </Upload>
    </Space>
  );
}
