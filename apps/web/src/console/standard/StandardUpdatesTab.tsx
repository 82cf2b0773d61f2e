import type { StandardChange, StandardView } from '@ancha/contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { standardKeys, standardsApi, useRefreshStandard } from '../../api/standards.ts';
import { LoadError } from '../../shared/status-pages.tsx';

const kindColor = { added: 'green', changed: 'blue', removed: 'red' } as const;

/** 目录更新: a source catalog's newer version, change by change, taken into the draft by choice. */
export function StandardUpdatesTab({ standard }: { standard: StandardView }) {
  const { t } = useTranslation('standard');
  const { message } = App.useApp();
  const refresh = useRefreshStandard();
  const [chosen, setChosen] = useState<string[]>([]);
  const updates = useQuery({
    queryKey: standardKeys.updates,
    queryFn: ({ signal }) => standardsApi.updates(signal),
  });
  const take = useMutation({
    mutationFn: () => standardsApi.take(chosen),
    onSuccess: async () => {
      void message.success(t('updates.taken', { count: chosen.length }));
      setChosen([]);
      await refresh();
    },
    onError: (error) => void message.error(error.message),
  });
  if (updates.error)
    return <LoadError message={updates.error.message} onRetry={() => void updates.refetch()} />;
  const items = updates.data?.items ?? [];
  if (updates.data && items.length === 0) return <Alert type="success" showIcon title={t('updates.none')} />;
  const draft = standard.status === 'draft';
  return (
    <Flex vertical gap="middle">
      <Alert type="info" showIcon title={draft ? t('updates.hint') : t('updates.needDraft')} />
      <Table<StandardChange>
        rowKey="key"
        size="small"
        loading={!updates.data}
        dataSource={items}
        pagination={false}
        rowSelection={
          draft ? { selectedRowKeys: chosen, onChange: (keys) => setChosen(keys as string[]) } : undefined
        }
        columns={[
          { title: t('source'), key: 'source', render: (_, c) => `${c.sourceCatalog} ${c.sourceNo}` },
          {
            title: '',
            key: 'kind',
            width: 80,
            render: (_, c) => <Tag color={kindColor[c.kind]}>{t(`updates.kind.${c.kind}`)}</Tag>,
          },
          { title: t('updates.before'), key: 'before', render: (_, c) => c.before?.text ?? '—' },
          { title: t('updates.after'), key: 'after', render: (_, c) => c.after?.text ?? '—' },
        ]}
      />
      {draft && (
        <div>
          <Button
            type="primary"
            disabled={chosen.length === 0}
            loading={take.isPending}
            onClick={() => take.mutate()}
          >
            {t('updates.take')}
          </Button>
        </div>
      )}
    </Flex>
  );
}
