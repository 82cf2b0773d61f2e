import {
  ContactPersonInput,
  type OfficeContactInput as OfficeContactBody,
  type OfficeContactEntry,
  OfficeContactInput,
} from '@ancha/contracts';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Form, Input, Typography } from 'antd';
import type { CSSProperties } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/errors.ts';
import { contactsApi, useRefreshInfoReports } from '../../api/info-reports.ts';
import { contractRule } from '../../shared/contract-rule.ts';

type Person = Omit<OfficeContactBody['people'][number], 'role'>;
interface Values {
  unitName: string;
  leaders: Person[];
  contacts: Person[];
}
const blank: Person = { name: '', position: '', officePhone: '', mobile: '' };
const fields = ['name', 'position', 'officePhone', 'mobile'] as const;
const groups = [
  ['leaders', 'leader', 'addLeader'],
  ['contacts', 'contact', 'addContact'],
] as const;

const cell: CSSProperties = { border: '1px solid #d9d9d9', padding: 6, verticalAlign: 'top' };
const head: CSSProperties = {
  ...cell,
  background: '#fafafa',
  fontWeight: 600,
  textAlign: 'center',
  whiteSpace: 'nowrap',
};

function initial(entry: OfficeContactEntry): Values {
  const people = entry.contact?.people ?? [];
  const strip = ({ role: _, ...p }: OfficeContactBody['people'][number]) => p;
  const of = (role: string) => people.filter((p) => p.role === role).map(strip);
  const leaders = of('leader');
  const contacts = of('contact');
  return {
    unitName: entry.contact?.unitName ?? entry.officeName,
    leaders: leaders.length ? leaders : [blank],
    contacts: contacts.length ? contacts : [blank],
  };
}

/**
 * 工作联系表 as attachment 4 prints it: 单位名称, then the 主管领导 and 联系人员 rows with 姓名,
 * 部门及职务, 办公电话 and 手机号码. Each cell checks itself with the contract's own rule; saving
 * replaces the office's whole list.
 */
export function ContactForm({ entry }: { entry: OfficeContactEntry }) {
  const { t } = useTranslation('infoReports');
  const { message } = App.useApp();
  const refresh = useRefreshInfoReports();
  const [form] = Form.useForm<Values>();
  const [alert, setAlert] = useState<string | null>(null);
  const [values] = useState(() => initial(entry));

  const save = useMutation({
    mutationFn: (v: Values) =>
      contactsApi.save({
        unitName: v.unitName,
        people: [
          ...v.leaders.map((p) => ({ ...p, role: 'leader' as const })),
          ...v.contacts.map((p) => ({ ...p, role: 'contact' as const })),
        ],
      }),
    onSuccess: async () => {
      await refresh();
      void message.success(t('contacts.saved'));
    },
    onError: (error) => {
      if (!(error instanceof ApiError) || error.fields.length === 0) return setAlert(error.message);
      const leaders = form.getFieldValue('leaders').length as number;
      // people.3.mobile is the second 联系人员 when there are two 主管领导.
      const placed = error.fields.flatMap((f) => {
        const [top, index, field] = f.path.split('.');
        if (top === 'unitName') return [{ name: ['unitName'], errors: [f.message] }];
        if (top !== 'people' || index === undefined || !field) return [];
        const i = Number(index);
        const name = i < leaders ? ['leaders', i, field] : ['contacts', i - leaders, field];
        return [{ name, errors: [f.message] }];
      });
      form.setFields(placed as never);
      setAlert(placed.length < error.fields.length ? error.message : null);
    },
  });

  return (
    <Form<Values>
      form={form}
      name="office-contacts"
      initialValues={values}
      disabled={save.isPending}
      onFinish={(v) => save.mutate(v)}
    >
      <Typography.Title level={4} style={{ textAlign: 'center', fontSize: 16 }}>
        {t('contacts.sheetTitle')}
      </Typography.Title>
      {alert && <Alert type="error" showIcon title={alert} style={{ marginBottom: 12 }} />}
      <table style={{ width: '100%', borderCollapse: 'collapse' }} data-testid="contact-sheet">
        <tbody>
          <tr>
            <th style={head}>{t('contacts.unitName')}</th>
            <td style={cell} colSpan={5}>
              <Form.Item
                name="unitName"
                rules={[contractRule(OfficeContactInput.shape.unitName)]}
                style={{ margin: 0 }}
              >
                <Input aria-label={t('contacts.unitName')} maxLength={100} />
              </Form.Item>
            </td>
          </tr>
          <tr>
            <th style={head} />
            {fields.map((f) => (
              <th key={f} style={head}>
                {t(`contacts.${f}`)}
              </th>
            ))}
            <th style={head} />
          </tr>
          {groups.map(([list, role, addKey]) => (
            <Form.List key={list} name={list}>
              {(rows, { add, remove }) => (
                <>
                  {rows.map((row, i) => (
                    <tr key={row.key}>
                      {i === 0 && (
                        <th style={head} rowSpan={rows.length + 1}>
                          {t(`contacts.${role}`)}
                        </th>
                      )}
                      {fields.map((f) => (
                        <td key={f} style={cell}>
                          <Form.Item
                            name={[row.name, f]}
                            rules={[contractRule(ContactPersonInput.shape[f])]}
                            style={{ margin: 0 }}
                          >
                            <Input
                              // 姓  名 is spaced as the form prints it; a label reads it as one word.
                              aria-label={`${t(`contacts.${role}`)}${i + 1} ${t(`contacts.${f}`).replace(/\s+/g, '')}`}
                            />
                          </Form.Item>
                        </td>
                      ))}
                      <td style={{ ...cell, width: 48, textAlign: 'center' }}>
                        <Button
                          type="text"
                          danger
                          icon={<DeleteOutlined />}
                          aria-label={`${t('contacts.remove')} ${t(`contacts.${role}`)}${i + 1}`}
                          disabled={rows.length === 1}
                          onClick={() => remove(row.name)}
                        />
                      </td>
                    </tr>
                  ))}
                  <tr>
                    <td style={cell} colSpan={5}>
                      <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add(blank)}>
                        {t(`contacts.${addKey}`)}
                      </Button>
                    </td>
                  </tr>
                </>
              )}
            </Form.List>
          ))}
        </tbody>
      </table>
      <Flex justify="space-between" align="center" style={{ marginTop: 12 }} wrap gap={8}>
        <Typography.Text type="secondary">
          {entry.contact
            ? t('contacts.updatedAt', {
                at: new Date(entry.contact.updatedAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' }),
                by: entry.contact.updatedByName,
              })
            : t('contacts.unsaved')}
        </Typography.Text>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('contacts.save')}
        </Button>
      </Flex>
    </Form>
  );
}
