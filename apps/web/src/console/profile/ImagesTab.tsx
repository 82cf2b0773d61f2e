import type { EnterpriseImage } from '@ancha/contracts';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Card, Empty, Flex, Image, Popconfirm, Spin, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { profileApi, useEnterpriseImages, useRefreshProfile } from '../../api/profile.ts';
import { LoadError } from '../../shared/status-pages.tsx';
import { ImageFormModal } from './ImageFormModal.tsx';

/** 单位图片信息: each image a card with its type and title. */
export function ImagesTab({ enterpriseId }: { enterpriseId: string }) {
  const { t } = useTranslation('profile');
  const { message } = App.useApp();
  const images = useEnterpriseImages(enterpriseId);
  const refresh = useRefreshProfile(enterpriseId);
  const [adding, setAdding] = useState(false);
  const remove = useMutation({
    mutationFn: (image: EnterpriseImage) => profileApi.removeImage(enterpriseId, image.id),
    onSuccess: async () => {
      await refresh('images');
      void message.success(t('images.deleted'));
    },
    onError: (error) => void message.error(error.message),
  });

  const items = images.data?.items ?? [];
  return (
    <>
      <Flex justify="flex-end" style={{ marginBottom: 16 }}>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
          {t('images.add')}
        </Button>
      </Flex>
      {images.error ? (
        <LoadError message={images.error.message} onRetry={() => void images.refetch()} />
      ) : images.isPending ? (
        <Spin />
      ) : items.length === 0 ? (
        <Empty description={t('images.empty')} />
      ) : (
        <Flex wrap gap="middle" data-testid="image-list">
          {items.map((image) => (
            <Card
              key={image.id}
              size="small"
              style={{ width: 220 }}
              cover={
                <Image
                  src={image.url}
                  alt={image.title}
                  height={150}
                  style={{ objectFit: 'cover' }}
                  preview={{ src: image.url }}
                />
              }
              actions={[
                <Popconfirm
                  key="delete"
                  title={t('images.deleteConfirm', { title: image.title })}
                  onConfirm={() => remove.mutate(image)}
                >
                  <Button type="link" danger size="small" icon={<DeleteOutlined />}>
                    {t('images.delete')}
                  </Button>
                </Popconfirm>,
              ]}
            >
              <Card.Meta title={image.title} description={<Tag>{t(`images.kinds.${image.kind}`)}</Tag>} />
            </Card>
          ))}
        </Flex>
      )}
      {adding && <ImageFormModal enterpriseId={enterpriseId} onClose={() => setAdding(false)} />}
    </>
  );
}
