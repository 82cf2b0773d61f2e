import type { StandardItem, StandardView } from '@ancha/contracts';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { standardsApi, useRefreshStandard } from '../../api/standards.ts';
import { ItemModal } from './ItemModal.tsx';

/** A row of the tree: a category, a subcategory, or an item (the only rows with an item). */
interface Row {
  key: string;
  name: string;
  item?: StandardItem & { place: string };
  children?: Row[];
}

/** The standard's items by category: remove, add, reword in a draft; new draft and publish. */
export function StandardItems({ standard }: { standard: StandardView }) {
  const { t } = useTranslation('standard');
  const { message } = App.useApp();
  const refresh = useRefreshStandard();
  const [editing, setEditing] = useState<{ item: StandardItem | null } | null>(null);
  const draft = standard.status === 'draft';
  const count = standard.categories.reduce(
    (n, c) => n + c.children.reduce((m, s) => m + s.items.length, 0),
    0,
  );
  const tree: Row[] = standard.categories.map((top) => ({
    key: top.id,
    name: top.name,
    children: top.children.map((sub) => ({
      key: sub.id,
      name: sub.name,
      children: sub.items.map((i) => ({
        key: i.id,
        name: i.no,
        item: { ...i, place: `${top.name} / ${sub.name}` },
      })),
    })),
  }));
  const act = (fn: () => Promise<unknown>, done: string) => ({
    mutationFn: fn,
    onSuccess: async () => {
      await refresh();
      void message.success(done);
    },
    onError: (error: Error) => void message.error(error.message),
  });
  const newDraft = useMutation(act(() => standardsApi.newDraft(), t('saved')));
  const publish = useMutation(act(() => standardsApi.publish(), t('published')));
  const remove = useMutation({
    mutationFn: (id: string) => standardsApi.removeItem(id),
    onSuccess: async () => {
      await refresh();
      void message.success(t('removed'));
    },
    onError: (error: Error) => void message.error(error.message),
  });

  return (
    <Flex vertical gap="middle">
      <Flex wrap gap="middle" justify="space-between" align="center">
        <Space>
          <Typography.Text strong>{standard.name}</Typography.Text>
          <Tag>{t('version', { version: standard.version })}</Tag>
          <Tag color={draft ? 'orange' : 'green'}>{t(`status.${standard.status}`)}</Tag>
          <Typography.Text type="secondary">{t('itemCount', { count })}</Typography.Text>
        </Space>
        <Space>
          {draft ? (
            <>
              <Button onClick={() => setEditing({ item: null })}>{t('addItem')}</Button>
              <Popconfirm title={t('publishConfirm')} onConfirm={() => publish.mutate()}>
                <Button type="primary" loading={publish.isPending}>
                  {t('publish')}
                </Button>
              </Popconfirm>
            </>
          ) : (
            <Button type="primary" loading={newDraft.isPending} onClick={() => newDraft.mutate()}>
              {t('newDraft')}
            </Button>
          )}
        </Space>
      </Flex>
      {!draft && <Alert type="info" showIcon title={t('readOnly')} />}
      <Table<Row>
        rowKey="key"
        size="small"
        dataSource={tree}
        pagination={false}
        expandable={{ defaultExpandAllRows: true }}
        columns={[
          {
            title: t('no'),
            key: 'no',
            width: 280,
            render: (_, r) => (r.item ? r.item.no : <Typography.Text strong>{r.name}</Typography.Text>),
          },
          { title: t('text'), key: 'text', render: (_, r) => r.item?.text },
          { title: t('basis'), key: 'basis', width: 260, render: (_, r) => r.item?.basis },
          {
            title: t('source'),
            key: 'source',
            width: 170,
            render: (_, { item }) =>
              !item ? null : item.sourceNo ? (
                `${item.sourceCatalog ?? ''} ${item.sourceNo}`
              ) : (
                <Tag color="purple">{t('own')}</Tag>
              ),
          },
          ...(draft
            ? [
                {
                  title: '',
                  key: 'actions',
                  width: 120,
                  render: (_: unknown, { item: r }: Row) =>
                    r && (
                      <Space size={0}>
                        <Button type="link" size="small" onClick={() => setEditing({ item: r })}>
                          {t('reword')}
                        </Button>
                        <Button
                          type="link"
                          size="small"
                          danger
                          aria-label={`${t('remove')} ${r.no}`}
                          onClick={() => remove.mutate(r.id)}
                        >
                          {t('remove')}
                        </Button>
                      </Space>
                    ),
                },
              ]
            : []),
        ]}
      />
      {editing && <ItemModal standard={standard} item={editing.item} onClose={() => setEditing(null)} />}
    </Flex>
  );
}
