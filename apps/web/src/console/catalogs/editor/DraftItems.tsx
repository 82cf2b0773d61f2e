import type { CatalogDetail, CatalogItem } from '@ancha/contracts';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Card, Empty, Flex, Popconfirm, Typography, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogsApi, useRefreshCatalogs } from '../../../api/catalogs.ts';
import { nextItemNo } from '../catalog-rules.ts';
import { MajorTag } from '../MajorTag.tsx';
import { ItemFormModal, type ItemFormTarget } from './ItemFormModal.tsx';

/** The draft's items by category, each editable in place; new items go into a sub-category. */
export function DraftItems({ detail }: { detail: CatalogDetail }) {
  const { t } = useTranslation('catalogs');
  const [target, setTarget] = useState<ItemFormTarget | null>(null);

  return (
    <Card title={t('editor.items')} extra={t('detail.itemCountValue', { count: detail.version.itemCount })}>
      {detail.categories.length === 0 && <Empty description={t('detail.empty')} />}
      <Flex vertical gap="large">
        {detail.categories.map((category, categoryIndex) => (
          <section key={category.id} aria-label={category.name}>
            <Typography.Title level={3} style={{ fontSize: 17 }}>
              {category.name}
            </Typography.Title>
            <Flex vertical gap="middle">
              {category.children.map((sub, subIndex) => (
                <section key={sub.id} aria-label={sub.name}>
                  <Flex justify="space-between" align="center" gap={8} wrap>
                    <Typography.Title level={4} style={{ fontSize: 15, margin: 0 }}>
                      {sub.name}
                    </Typography.Title>
                    <Button
                      size="small"
                      icon={<PlusOutlined aria-hidden />}
                      onClick={() =>
                        setTarget({
                          categoryId: sub.id,
                          categoryName: `${category.name} › ${sub.name}`,
                          item: null,
                          defaultNo: nextItemNo(
                            sub.items.map((item) => item.no),
                            categoryIndex,
                            subIndex,
                          ),
                        })
                      }
                    >
                      {t('editor.addItem')}
                    </Button>
                  </Flex>
                  <ol style={{ listStyle: 'none', margin: '4px 0 0', padding: 0 }}>
                    {sub.items.map((item) => (
                      <DraftItemRow
                        key={item.id}
                        detail={detail}
                        item={item}
                        onEdit={() =>
                          setTarget({
                            categoryId: sub.id,
                            categoryName: `${category.name} › ${sub.name}`,
                            item,
                            defaultNo: item.no,
                          })
                        }
                      />
                    ))}
                  </ol>
                </section>
              ))}
            </Flex>
          </section>
        ))}
      </Flex>
      <ItemFormModal detail={detail} target={target} onClose={() => setTarget(null)} />
    </Card>
  );
}

function DraftItemRow(props: { detail: CatalogDetail; item: CatalogItem; onEdit: () => void }) {
  const { detail, item, onEdit } = props;
  const { t } = useTranslation('catalogs');
  const { message } = App.useApp();
  const { token } = theme.useToken();
  const refresh = useRefreshCatalogs();
  const remove = useMutation({
    mutationFn: () => catalogsApi.deleteItem(detail.id, detail.version.version, item.id),
    onSuccess: async () => {
      await refresh();
      void message.success(t('editor.deleted', { no: item.no }));
    },
    onError: (error) => {
      void message.error(error.message);
      // A 409 means the version is no longer a draft; the page then says so.
      void refresh();
    },
  });

  return (
    <li
      data-testid={`draft-item-${item.no}`}
      style={{
        display: 'flex',
        gap: 12,
        padding: '8px 0',
        borderBottom: `1px dashed ${token.colorBorderSecondary}`,
      }}
    >
      <Typography.Text strong style={{ minWidth: 56, flex: 'none' }}>
        {item.no}
      </Typography.Text>
      <div style={{ minWidth: 0, flex: 1 }}>
        <div>
          {item.text}
          {item.major && <MajorTag clause={item.major} />}
        </div>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {t('detail.basis', { basis: item.basis })}
        </Typography.Text>
      </div>
      <Flex gap={4} style={{ flex: 'none' }}>
        <Button size="small" type="link" icon={<EditOutlined aria-hidden />} onClick={onEdit}>
          {t('editor.edit')}
        </Button>
        <Popconfirm
          title={t('editor.deleteConfirm', { no: item.no })}
          okText={t('editor.delete')}
          okButtonProps={{ danger: true }}
          onConfirm={() => remove.mutate()}
        >
          <Button
            size="small"
            type="link"
            danger
            icon={<DeleteOutlined aria-hidden />}
            loading={remove.isPending}
          >
            {t('editor.delete')}
          </Button>
        </Popconfirm>
      </Flex>
    </li>
  );
}
