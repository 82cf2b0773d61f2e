import type { HazardGrade } from '@ancha/contracts';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Input, Select, Table } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { standardsApi, useHazardGrades, useRefreshStandard } from '../../api/standards.ts';

/** 隐患分级: the enterprise's own grades, each mapped to 一般 or 重大 (seed 004, question 14). */
export function HazardGradesTab() {
  const { t } = useTranslation('standard');
  const { message } = App.useApp();
  const grades = useHazardGrades();
  const refresh = useRefreshStandard();
  const [rows, setRows] = useState<HazardGrade[]>([]);
  useEffect(() => setRows(grades.data?.items ?? []), [grades.data]);
  const save = useMutation({
    mutationFn: () => standardsApi.setGrades({ items: rows }),
    onSuccess: async () => {
      await refresh();
      void message.success(t('saved'));
    },
    onError: (error) => void message.error(error.message),
  });
  const set = (i: number, patch: Partial<HazardGrade>) =>
    setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <Flex vertical gap="middle" style={{ maxWidth: 720 }}>
      <Alert type="info" showIcon title={t('grades.hint')} />
      <Table<HazardGrade & { i: number }>
        rowKey="i"
        size="small"
        pagination={false}
        loading={!grades.data}
        dataSource={rows.map((r, i) => ({ ...r, i }))}
        columns={[
          {
            title: t('grades.code'),
            key: 'code',
            width: 120,
            render: (_, r) => (
              <Input
                value={r.code}
                aria-label={t('grades.code')}
                onChange={(e) => set(r.i, { code: e.target.value })}
              />
            ),
          },
          {
            title: t('grades.name'),
            key: 'name',
            render: (_, r) => (
              <Input
                value={r.name}
                aria-label={t('grades.name')}
                onChange={(e) => set(r.i, { name: e.target.value })}
              />
            ),
          },
          {
            title: t('grades.level'),
            key: 'level',
            width: 160,
            render: (_, r) => (
              <Select
                value={r.level}
                style={{ width: '100%' }}
                onChange={(level) => set(r.i, { level })}
                options={[
                  { value: 'general', label: t('grades.general') },
                  { value: 'major', label: t('grades.major') },
                ]}
              />
            ),
          },
          {
            title: '',
            key: 'remove',
            width: 80,
            render: (_, r) => (
              <Button type="link" danger onClick={() => setRows(rows.filter((_x, j) => j !== r.i))}>
                {t('remove')}
              </Button>
            ),
          },
        ]}
      />
      <Flex gap="middle">
        <Button onClick={() => setRows([...rows, { code: '', name: '', level: 'general' }])}>
          {t('grades.add')}
        </Button>
        <Button type="primary" loading={save.isPending} onClick={() => save.mutate()}>
          {t('grades.save')}
        </Button>
      </Flex>
    </Flex>
  );
}
