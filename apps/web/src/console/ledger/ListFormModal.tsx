import {
  type HazardType,
  hazardSubtypeProblem,
  IllegalBuilding,
  type LedgerEntryDetail,
  LedgerListInput,
  shanghaiDate,
} from '@ancha/contracts';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Cascader, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ledgerApi, useRefreshLedger } from '../../api/ledger.ts';
import { contractRule } from '../../shared/contract-rule.ts';
import { showServerError } from './ActionForms.tsx';
import { hazardTypeOptions } from './ledger-rules.ts';

/** What antd's DatePicker hands back (a dayjs), as far as this form reads it. */
interface PickedDate {
  format(template: string): string;
}

interface Values {
  type: [HazardType, string?];
  illegalBuilding: LedgerEntryDetail['illegalBuilding'];
  illegalAreaM2?: number | null;
  demolishedAreaM2?: number | null;
  measures?: string;
  deadline?: PickedDate | null;
  note?: string;
}

const fields = [
  'type',
  'illegalBuilding',
  'illegalAreaM2',
  'demolishedAreaM2',
  'measures',
  'deadline',
  'note',
];
/** The API's 隐患类型 and 细分类型 are one Cascader here. */
const formField = (name: string) => (name === 'hazardType' || name === 'hazardSubtype' ? 'type' : name);
const area = LedgerListInput.shape.illegalAreaM2;
/**
 * 挂账 (G4): the safety office fixes the hazard type, the illegal-building columns, the measures
 * and the deadline, and the server gives the entry its 台账编号. Left empty, the deadline keeps
 * what the enterprise reported; dayjs is antd's, so the form never constructs one itself.
 */
export function ListFormModal({ entry, onClose }: { entry: LedgerEntryDetail; onClose: () => void }) {
  const { t } = useTranslation('ledger');
  const { message } = App.useApp();
  const refresh = useRefreshLedger();
  const [form] = Form.useForm<Values>();
  const [alert, setAlert] = useState<string | null>(null);
  const building = Form.useWatch('illegalBuilding', form);
  const today = shanghaiDate(new Date());

  const save = useMutation({
    mutationFn: (body: LedgerListInput) => ledgerApi.confirm(entry.id, body),
    onSuccess: async (saved) => {
      await refresh(saved);
      void message.success(t('actions.done.list', { ledgerNo: saved.ledgerNo ?? '' }));
      onClose();
    },
    onError: (error) => setAlert(showServerError(form, error, fields, formField)),
  });

  const submit = (v: Values) => {
    setAlert(null);
    const withArea = v.illegalBuilding !== 'none';
    save.mutate({
      hazardType: v.type[0],
      hazardSubtype: v.type[1] ?? null,
      illegalBuilding: v.illegalBuilding,
      illegalAreaM2: withArea ? (v.illegalAreaM2 ?? null) : null,
      demolishedAreaM2: withArea ? (v.demolishedAreaM2 ?? null) : null,
      ...(v.measures?.trim() ? { measures: v.measures.trim() } : {}),
      ...(v.deadline ? { deadline: v.deadline.format('YYYY-MM-DD') } : {}),
      ...(v.note?.trim() ? { note: v.note.trim() } : {}),
    });
  };

  return (
    <Modal
      open
      title={t('listForm.title', { unit: entry.unitName })}
      width={640}
      okText={t('actions.list')}
      cancelText={t('actions.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      mask={{ closable: false }}
    >
      <Form<Values>
        name="ledger-list"
        form={form}
        layout="vertical"
        disabled={save.isPending}
        initialValues={{
          illegalBuilding: entry.illegalBuilding,
          illegalAreaM2: entry.illegalAreaM2,
          demolishedAreaM2: entry.demolishedAreaM2,
          measures: entry.measures ?? '',
        }}
        onFinish={submit}
      >
        <Form.Item
          label={t('listForm.hazardType')}
          name="type"
          required
          rules={[
            {
              validator: async (_, value?: Values['type']) => {
                const type = value?.[0];
                if (!type)
                  throw new Error(
                    LedgerListInput.shape.hazardType.safeParse(undefined).error?.issues[0]?.message,
                  );
                const problem = hazardSubtypeProblem(type, value[1]);
                if (problem) throw new Error(problem);
              },
            },
          ]}
        >
          <Cascader
            options={hazardTypeOptions}
            placeholder={t('listForm.hazardTypePlaceholder')}
            showSearch
          />
        </Form.Item>
        <Form.Item
          label={t('listForm.illegalBuilding')}
          name="illegalBuilding"
          rules={[contractRule(IllegalBuilding)]}
        >
          <Select
            options={IllegalBuilding.options.map((value) => ({
              value,
              label: t(`illegalBuilding.${value}`),
            }))}
          />
        </Form.Item>
        {building && building !== 'none' && (
          <>
            <Form.Item
              label={t('listForm.illegalArea')}
              name="illegalAreaM2"
              rules={[contractRule(area, null)]}
            >
              <InputNumber min={0} precision={2} style={{ width: 200 }} />
            </Form.Item>
            <Form.Item
              label={t('listForm.demolishedArea')}
              name="demolishedAreaM2"
              rules={[contractRule(area, null)]}
            >
              <InputNumber min={0} precision={2} style={{ width: 200 }} />
            </Form.Item>
          </>
        )}
        <Form.Item
          label={t('listForm.measures')}
          name="measures"
          rules={[contractRule(LedgerListInput.shape.measures)]}
        >
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={1000}
            placeholder={t('listForm.measuresPlaceholder')}
          />
        </Form.Item>
        <Form.Item
          label={t('listForm.deadline')}
          name="deadline"
          extra={
            entry.deadline
              ? t('listForm.deadlineHint', { deadline: entry.deadline })
              : t('listForm.deadlineNone')
          }
        >
          {/* The server refuses a deadline before today (Beijing), so those days cannot be picked. */}
          <DatePicker
            disabledDate={(day: PickedDate) => day.format('YYYY-MM-DD') < today}
            style={{ width: 200 }}
          />
        </Form.Item>
        <Form.Item label={t('listForm.note')} name="note" rules={[contractRule(LedgerListInput.shape.note)]}>
          <Input maxLength={500} />
        </Form.Item>
        {alert && <Alert type="error" showIcon title={alert} />}
      </Form>
    </Modal>
  );
}
