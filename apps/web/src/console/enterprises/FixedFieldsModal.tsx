import { type EnterpriseSummary, FixedFieldsInput, type RegionTree } from '@ancha/contracts';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Cascader, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIndustries } from '../../api/catalogs.ts';
import { useRegionTree } from '../../api/enterprise.ts';
import { ApiError, fieldName } from '../../api/errors.ts';
import { registryApi, useRefreshRegistry } from '../../api/registry.ts';
import { useCurrentUser } from '../../auth/session.ts';
import { contractRule } from '../../shared/contract-rule.ts';

interface Values {
  name: string;
  uscc: string;
  /** [district, street], as the Cascader gives it. */
  region: string[];
  industries: string[];
}
const fields = ['name', 'uscc', 'streetCode', 'industries'];

/** The districts and streets a regulator may place an enterprise in: those of its own region. */
function regionOptions(tree: RegionTree, regionCode: string | null) {
  const within = (code: string) =>
    !regionCode || regionCode === '110000' || code.startsWith(regionCode) || regionCode.startsWith(code);
  return tree.districts
    .filter((d) => within(d.code))
    .map((d) => ({
      value: d.code,
      label: d.name,
      children: d.streets.filter((s) => within(s.code)).map((s) => ({ value: s.code, label: s.name })),
    }));
}

/** 修改固定信息: the fields only regulators correct (E2), checked with the contract's own rules. */
export function FixedFieldsModal({
  enterprise,
  onClose,
}: {
  enterprise: EnterpriseSummary;
  onClose: () => void;
}) {
  const { t } = useTranslation('registry');
  const { message } = App.useApp();
  const me = useCurrentUser();
  const regions = useRegionTree();
  const industries = useIndustries();
  const refresh = useRefreshRegistry(enterprise.id);
  const [form] = Form.useForm<Values>();
  const [alert, setAlert] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (v: Values) =>
      registryApi.saveFixed(enterprise.id, {
        name: v.name.trim(),
        uscc: v.uscc.trim().toUpperCase(),
        streetCode: v.region?.at(-1) ?? '',
        industries: v.industries ?? [],
      }),
    onSuccess: async (_, v) => {
      await refresh();
      void message.success(t('fixed.saved', { name: v.name.trim() }));
      onClose();
    },
    onError: (error) => {
      if (!(error instanceof ApiError) || error.fields.length === 0) return setAlert(error.message);
      const placed = error.fields.filter((f) => fields.includes(fieldName(f.path)));
      form.setFields(
        placed.map((f) => {
          const name = fieldName(f.path);
          return { name: (name === 'streetCode' ? 'region' : name) as keyof Values, errors: [f.message] };
        }),
      );
      setAlert(placed.length < error.fields.length ? error.message : null);
    },
  });
  const rule = (name: keyof typeof FixedFieldsInput.shape) => [contractRule(FixedFieldsInput.shape[name])];

  return (
    <Modal
      open
      title={t('fixed.title', { name: enterprise.name })}
      okText={t('fixed.submit')}
      cancelText={t('fixed.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      mask={{ closable: false }}
    >
      {alert && <Alert type="error" showIcon title={alert} style={{ marginBottom: 12 }} />}
      <Form<Values>
        name="fixed"
        form={form}
        layout="vertical"
        disabled={save.isPending}
        initialValues={{
          name: enterprise.name,
          uscc: enterprise.uscc,
          region: [enterprise.districtCode, enterprise.streetCode],
          industries: enterprise.industries,
        }}
        onFinish={(v) => {
          setAlert(null);
          save.mutate(v);
        }}
      >
        <Form.Item name="name" label={t('fixed.name')} rules={rule('name')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="uscc" label={t('fixed.uscc')} rules={rule('uscc')}>
          <Input maxLength={18} style={{ textTransform: 'uppercase' }} />
        </Form.Item>
        <Form.Item
          name="region"
          label={t('fixed.street')}
          rules={[
            {
              validator: async (_, v?: string[]) => {
                const result = FixedFieldsInput.shape.streetCode.safeParse(v?.at(-1) ?? '');
                if (!result.success) throw new Error(result.error.issues[0]?.message);
              },
            },
          ]}
        >
          <Cascader options={regions.data ? regionOptions(regions.data, me.scope.regionCode) : []} />
        </Form.Item>
        <Form.Item name="industries" label={t('fixed.industries')} rules={rule('industries')}>
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            options={(industries.data?.items ?? []).map((i) => ({ value: i.code, label: i.name }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
