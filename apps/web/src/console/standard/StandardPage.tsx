import type { IndustryNode } from '@ancha/contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import { App, Button, Card, Checkbox, Flex, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogsApi } from '../../api/catalogs.ts';
import { standardsApi, useRefreshStandard, useStandard } from '../../api/standards.ts';
import { LoadError } from '../../shared/status-pages.tsx';
import { PageTitle } from '../modules.tsx';
import { HazardGradesTab } from './HazardGradesTab.tsx';
import { PostChecklistTab } from './PostChecklistTab.tsx';
import { StandardItems } from './StandardItems.tsx';
import { StandardUpdatesTab } from './StandardUpdatesTab.tsx';

/** 企业标准 (E9): the enterprise's own standard, its source updates, post checklists and grades. */
export function StandardPage() {
  const { t } = useTranslation('standard');
  const standard = useStandard();
  return (
    <>
      <PageTitle module="standard" />
      {standard.error ? (
        <LoadError message={standard.error.message} onRetry={() => void standard.refetch()} />
      ) : standard.data === undefined ? (
        <Card loading />
      ) : (
        <Card>
          <Tabs
            items={[
              {
                key: 'items',
                label: t('tabs.items'),
                children: standard.data ? <StandardItems standard={standard.data} /> : <CreateStandard />,
              },
              ...(standard.data
                ? [
                    {
                      key: 'updates',
                      label: t('tabs.updates'),
                      children: <StandardUpdatesTab standard={standard.data} />,
                    },
                  ]
                : []),
              {
                key: 'checklist',
                label: t('tabs.checklist'),
                children: <PostChecklistTab standard={standard.data} />,
              },
              { key: 'grades', label: t('tabs.grades'), children: <HazardGradesTab /> },
            ]}
          />
        </Card>
      )}
    </>
  );
}

/** 制定企业标准: choose the published official catalogs to start from. */
function CreateStandard() {
  const { t } = useTranslation('standard');
  const { message } = App.useApp();
  const refresh = useRefreshStandard();
  const [chosen, setChosen] = useState<string[]>([]);
  const industries = useQuery({
    queryKey: ['catalogs', 'industries'],
    queryFn: ({ signal }) => catalogsApi.industries(signal),
  });
  const create = useMutation({
    mutationFn: () => standardsApi.create(chosen),
    onSuccess: () => void refresh(),
    onError: (error) => void message.error(error.message),
  });
  const official = (industries.data?.items ?? []).flatMap((i: IndustryNode) =>
    i.catalogs
      .filter((c) => c.published && !c.code.startsWith('std-'))
      .map((c) => ({ ...c, industry: i.name })),
  );
  return (
    <Flex vertical gap="middle" style={{ maxWidth: 720 }}>
      <Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>
        {t('create.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('create.hint')}</Typography.Paragraph>
      <Checkbox.Group
        value={chosen}
        onChange={(v) => setChosen(v as string[])}
        aria-label={t('create.sources')}
        style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
        options={official.map((c) => ({ value: c.id, label: `${c.name}（${c.industry}）` }))}
      />
      <div>
        <Button
          type="primary"
          disabled={chosen.length === 0}
          loading={create.isPending}
          onClick={() => create.mutate()}
        >
          {t('create.submit')}
        </Button>
      </div>
    </Flex>
  );
}
