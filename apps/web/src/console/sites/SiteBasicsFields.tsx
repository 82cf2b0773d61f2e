import { SiteInput } from '@ancha/contracts';
import { Cascader, Form, type FormRule, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { contractRule } from '../../shared/contract-rule.ts';
import type { InspectorOption, RegionOption } from './site-form.ts';

/** The step-1 fields, in the seed's order; `basicsFields` names them for step validation. */
export const basicsFields = [
  'name',
  'region',
  'address',
  'inspectorUserId',
  'inspectorPhone',
  'inspectorIdNumber',
];

/** The Cascader holds 区 and 街道; only a street is a place, so a lone district is not enough. */
function regionRule(message: string): FormRule {
  return {
    validator: async (_, value: unknown) => {
      if (!Array.isArray(value) || value.length < 2) throw new Error(message);
    },
  };
}

export function SiteBasicsFields(props: {
  regions: RegionOption[];
  inspectors: InspectorOption[];
  editing: boolean;
}) {
  const { regions, inspectors, editing } = props;
  const { t } = useTranslation('enterprise');
  const regionMessage = SiteInput.shape.streetCode.safeParse('').error?.issues[0]?.message ?? '';

  return (
    <>
      <Form.Item label={t('siteForm.name')} name="name" required rules={[contractRule(SiteInput.shape.name)]}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item label={t('siteForm.region')} name="region" required rules={[regionRule(regionMessage)]}>
        <Cascader
          options={regions}
          placeholder={t('siteForm.regionPlaceholder')}
          showSearch
          expandTrigger="hover"
          aria-label={t('siteForm.region')}
        />
      </Form.Item>
      <Form.Item label={t('siteForm.address')} name="address" rules={[contractRule(SiteInput.shape.address)]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        label={t('siteForm.inspector')}
        name="inspectorUserId"
        required
        extra={t('siteForm.inspectorHint')}
        rules={[contractRule(SiteInput.shape.inspectorUserId)]}
      >
        <Select
          options={inspectors}
          placeholder={t('siteForm.inspectorPlaceholder')}
          notFoundContent={t('siteForm.noInspectors')}
          aria-label={t('siteForm.inspector')}
        />
      </Form.Item>
      <Form.Item
        label={t('siteForm.phone')}
        name="inspectorPhone"
        required
        extra={editing ? t('siteForm.phoneEditHint') : undefined}
        rules={[contractRule(SiteInput.shape.inspectorPhone)]}
      >
        <Input maxLength={11} inputMode="numeric" autoComplete="off" />
      </Form.Item>
      <Form.Item
        label={t('siteForm.idNumber')}
        name="inspectorIdNumber"
        required
        extra={editing ? t('siteForm.idNumberEditHint') : undefined}
        rules={[contractRule(SiteInput.shape.inspectorIdNumber)]}
      >
        <Input maxLength={18} autoComplete="off" />
      </Form.Item>
    </>
  );
}
