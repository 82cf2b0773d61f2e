import type { ContentCategory } from '@ancha/contracts';
import { PaperClipOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Flex, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useContentList } from '../../api/content.ts';
import { formatDate } from '../../shared/user-labels.ts';
import { ContentFormModal } from './ContentFormModal.tsx';

/** One category's pages, pinned first then newest, with 新增 for the platform admin. */
export function ContentList({
  category,
  q,
  editor,
  onOpen,
}: {
  category: ContentCategory;
  q: string;
  editor: boolean;
  onOpen: (id: string) => void;
}) {
  const { t, i18n } = useTranslation('help');
  const list = useContentList({ category, q });
  const [adding, setAdding] = useState(false);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];

  if (list.isError) return <Alert type="error" showIcon title={list.error.message} />;
  return (
    <>
      {editor && (
        <Flex justify="end" style={{ marginTop: -48, marginBottom: 16 }}>
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
            {t('add')}
          </Button>
        </Flex>
      )}
      <List
        loading={list.isPending}
        dataSource={items}
        locale={{ emptyText: <Empty description={q ? t('emptySearch', { q }) : t('empty')} /> }}
        renderItem={(item) => (
          <List.Item
            key={item.id}
            extra={
              <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
                {formatDate(i18n.language, category === 'help' ? item.updatedAt : item.publishedAt)}
              </Typography.Text>
            }
          >
            <List.Item.Meta
              title={
                <Flex gap={8} align="center" wrap>
                  {item.pinned && <Tag color="red">{t('pinned')}</Tag>}
                  <Typography.Link
                    href={`/console/help?category=${category}&page=${item.id}`}
                    onClick={(e) => {
                      e.preventDefault();
                      onOpen(item.id);
                    }}
                  >
                    {item.title}
                  </Typography.Link>
                  {item.attachmentCount > 0 && <PaperClipOutlined aria-label={t('attachments.title')} />}
                </Flex>
              }
              description={
                <>
                  {item.source && <div>{t('source', { source: item.source })}</div>}
                  <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
                    {item.excerpt}
                  </Typography.Paragraph>
                </>
              }
            />
          </List.Item>
        )}
      />
      {list.hasNextPage && (
        <Flex justify="center" style={{ marginTop: 12 }}>
          <Button loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
            {t('more')}
          </Button>
        </Flex>
      )}
      {adding && <ContentFormModal category={category} onClose={() => setAdding(false)} />}
    </>
  );
}
