import { ArrowLeftOutlined, DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Popconfirm, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contentApi, useContentPage, useRefreshContent } from '../../api/content.ts';
import { ContentArticle } from './ContentArticle.tsx';
import { ContentFormModal } from './ContentFormModal.tsx';

/** One page, with 编辑 and 删除 for the platform admin. */
export function ContentDetail({ id, editor, onBack }: { id: string; editor: boolean; onBack: () => void }) {
  const { t } = useTranslation('help');
  const { message } = App.useApp();
  const page = useContentPage(id);
  const refresh = useRefreshContent();
  const [editing, setEditing] = useState(false);
  const remove = useMutation({
    mutationFn: () => contentApi.remove(id),
    onSuccess: async () => {
      void message.success(t('deleted'));
      onBack();
      await refresh();
    },
    onError: (error) => void message.error(error.message),
  });

  return (
    <>
      <Flex justify="space-between" wrap gap={8} style={{ marginBottom: 16 }}>
        <Button icon={<ArrowLeftOutlined aria-hidden />} onClick={onBack}>
          {t('back')}
        </Button>
        {editor && page.data && (
          <Flex gap={8}>
            <Button icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
              {t('edit')}
            </Button>
            <Popconfirm
              title={t('deleteConfirm', { title: page.data.title })}
              okText={t('delete')}
              cancelText={t('form.cancel')}
              okButtonProps={{ danger: true }}
              onConfirm={() => remove.mutate()}
            >
              <Button danger icon={<DeleteOutlined aria-hidden />} loading={remove.isPending}>
                {t('delete')}
              </Button>
            </Popconfirm>
          </Flex>
        )}
      </Flex>
      {page.isPending && <Skeleton active />}
      {page.isError && <Alert type="error" showIcon title={page.error.message} />}
      {page.data && (
        <div style={{ maxWidth: 860 }}>
          <ContentArticle page={page.data} />
        </div>
      )}
      {editing && page.data && (
        <ContentFormModal page={page.data} category={page.data.category} onClose={() => setEditing(false)} />
      )}
    </>
  );
}
