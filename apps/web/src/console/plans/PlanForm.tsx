import { PlanInput, PlanRowInput, type PlanView } from '@ancha/contracts';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, InputNumber, Typography } from 'antd';
import type { CSSProperties } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/errors.ts';
import { plansApi, useRefreshPlans } from '../../api/plans.ts';
import { contractRule } from '../../shared/contract-rule.ts';
import { emptyRow, formPath, initialValues, type PlanFormValues, toInput } from './plan-form.ts';

const cell: CSSProperties = { border: '1px solid #d9d9d9', padding: 8, verticalAlign: 'top' };
const head: CSSProperties = {
  ...cell,
  background: '#fafafa',
  fontWeight: 600,
  textAlign: 'center',
  whiteSpace: 'nowrap',
};
const rowColumns = ['schedule', 'people', 'targets', 'focus'] as const;

/**
 * 监督检查计划表 as attachment 3 lays it out: 单位名称, the two 工作目标, the 工作安排 rows and
 * 备注, in one bordered sheet. Saving replaces the whole plan of the year.
 */
export function PlanForm({
  year,
  plan,
  unitName,
}: {
  year: number;
  plan: PlanView | null;
  unitName: string;
}) {
  const { t } = useTranslation('plans');
  const { message } = App.useApp();
  const refresh = useRefreshPlans();
  const [form] = Form.useForm<PlanFormValues>();
  const [alert, setAlert] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (values: PlanFormValues) => plansApi.save(year, toInput(values)),
    onSuccess: async () => {
      await refresh();
      void message.success(t('form.saved', { year }));
    },
    onError: (error) => {
      if (!(error instanceof ApiError) || error.fields.length === 0) return setAlert(error.message);
      const placed = error.fields.filter((f) => f.path !== 'year');
      form.setFields(placed.map((f) => ({ name: formPath(f.path) as never, errors: [f.message] })));
      setAlert(placed.length < error.fields.length ? error.message : null);
    },
  });
  const field = (name: keyof typeof PlanInput.shape, empty: null | '' = '') => [
    contractRule(PlanInput.shape[name], empty),
  ];

  return (
    <Form<PlanFormValues>
      name="plan"
      form={form}
      initialValues={initialValues(plan, unitName)}
      disabled={save.isPending}
      onFinish={(values) => {
        setAlert(null);
        save.mutate(values);
      }}
    >
      <Typography.Title level={4} style={{ textAlign: 'center', fontSize: 16 }}>
        {t('sheetTitle')}
      </Typography.Title>
      {alert && <Alert type="error" showIcon title={alert} style={{ marginBottom: 12 }} />}
      <table style={{ width: '100%', borderCollapse: 'collapse' }} data-testid="plan-sheet">
        <tbody>
          <tr>
            <th style={head}>{t('form.unitName')}</th>
            <td style={cell} colSpan={5}>
              <Form.Item name="unitName" rules={field('unitName')} style={{ margin: 0 }}>
                <Input aria-label={t('form.unitName')} maxLength={100} />
              </Form.Item>
            </td>
          </tr>
          <tr>
            <th style={head} rowSpan={2}>
              {t('form.goals')}
            </th>
            <th style={head} colSpan={2}>
              {t('form.targetInspections')}
            </th>
            <th style={head} colSpan={3}>
              {t('form.verificationPercent')}
            </th>
          </tr>
          <tr>
            <td style={cell} colSpan={2}>
              <Form.Item
                name="targetInspections"
                rules={field('targetInspections', null)}
                style={{ margin: 0 }}
              >
                <InputNumber
                  aria-label={t('form.targetInspections')}
                  min={0}
                  precision={0}
                  style={{ width: '100%' }}
                />
              </Form.Item>
            </td>
            <td style={cell} colSpan={3}>
              <Form.Item
                name="verificationPercent"
                rules={field('verificationPercent', null)}
                style={{ margin: 0 }}
              >
                <InputNumber
                  aria-label={t('form.verificationPercent')}
                  min={0}
                  max={100}
                  precision={0}
                  suffix="%"
                  style={{ width: '100%' }}
                />
              </Form.Item>
            </td>
          </tr>
          <Form.List name="rows">
            {(rows, { add, remove }) => (
              <>
                <tr>
                  <th style={head} rowSpan={rows.length + 2}>
                    {t('form.arrangements')}
                  </th>
                  {rowColumns.map((c) => (
                    <th key={c} style={head}>
                      {t(`form.${c}`)}
                    </th>
                  ))}
                  <th style={{ ...head, width: 56 }} />
                </tr>
                {rows.map((row, index) => (
                  <tr key={row.key} data-testid="plan-row">
                    {rowColumns.map((c) => (
                      <td key={c} style={cell}>
                        <Form.Item
                          name={[row.name, c]}
                          rules={[contractRule(PlanRowInput.shape[c])]}
                          style={{ margin: 0 }}
                        >
                          <Input.TextArea
                            aria-label={`${t(`form.${c}`)} ${index + 1}`}
                            autoSize={{ minRows: 1, maxRows: 6 }}
                          />
                        </Form.Item>
                      </td>
                    ))}
                    <td style={{ ...cell, textAlign: 'center' }}>
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t('form.removeRow', { n: index + 1 })}
                        onClick={() => remove(row.name)}
                      />
                    </td>
                  </tr>
                ))}
                <tr>
                  <td style={cell} colSpan={5}>
                    {rows.length === 0 && (
                      <Typography.Text type="secondary" style={{ marginRight: 12 }}>
                        {t('form.noRows')}
                      </Typography.Text>
                    )}
                    <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ ...emptyRow })}>
                      {t('form.addRow')}
                    </Button>
                  </td>
                </tr>
              </>
            )}
          </Form.List>
          <tr>
            <th style={head}>{t('form.note')}</th>
            <td style={cell} colSpan={5}>
              <Form.Item name="note" rules={field('note')} style={{ margin: 0 }}>
                <Input.TextArea aria-label={t('form.note')} autoSize={{ minRows: 2, maxRows: 6 }} />
              </Form.Item>
            </td>
          </tr>
        </tbody>
      </table>
      <Button type="primary" htmlType="submit" loading={save.isPending} style={{ marginTop: 16 }}>
        {t('form.save')}
      </Button>
    </Form>
  );
}
