import { Cascader, Form, Radio, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIndustries } from '../../api/catalogs.ts';
import { useRegionTree } from '../../api/enterprise.ts';
import { useRegistry } from '../../api/registry.ts';
import { useCurrentUser } from '../../auth/session.ts';
import { streetOptions } from '../ledger/ledger-rules.ts';

export type AudienceMode = 'scope' | 'enterprises';

/** The 接收范围 part of the form, as antd keeps it; `audienceOf` turns it into the API's shape. */
export interface AudienceValues {
  mode: AudienceMode;
  /** A district office's streets; the city's [district] or [district, street] paths. */
  regions?: (string | string[])[];
  industries?: string[];
  enterprises?: { value: string; label: string }[];
}

export function audienceOf(v: AudienceValues) {
  if (v.mode === 'enterprises')
    return { regionCodes: [], industries: [], enterpriseIds: (v.enterprises ?? []).map((e) => e.value) };
  return {
    regionCodes: (v.regions ?? []).map((r) => (Array.isArray(r) ? r.at(-1)! : r)),
    industries: v.industries ?? [],
    enterpriseIds: [],
  };
}

/**
 * 接收范围: by region and industry within the office's scope (none chosen = all of it), or by
 * enterprise name. Only what the office may address is offered; the server checks it again.
 */
export function AudienceFields() {
  const { t } = useTranslation('notices', { keyPrefix: 'form' });
  const me = useCurrentUser();
  const form = Form.useFormInstance<AudienceValues>();
  const mode = Form.useWatch('mode', form);
  const tree = useRegionTree();
  const industries = useIndustries();
  const [search, setSearch] = useState('');
  const registry = useRegistry({ keyword: search || undefined });
  const regionOptions = tree.data ? streetOptions(tree.data, me.scope.regionCode) : [];
  const industryOptions = (industries.data?.items ?? [])
    .filter((i) => me.role !== 'gov_industry' || me.scope.industries.includes(i.code))
    .map((i) => ({ value: i.code, label: i.name }));
  const enterpriseOptions = (registry.data?.pages.flatMap((p) => p.items) ?? []).map((e) => ({
    value: e.id,
    label: e.name,
  }));

  return (
    <>
      <Form.Item label={t('mode')} name="mode">
        <Radio.Group
          options={[
            { value: 'scope', label: t('modeScope') },
            { value: 'enterprises', label: t('modeEnterprises') },
          ]}
        />
      </Form.Item>
      {mode === 'enterprises' ? (
        <Form.Item
          label={t('enterprises')}
          name="enterprises"
          rules={[{ required: true, message: t('enterprisesRequired') }]}
        >
          <Select
            mode="multiple"
            labelInValue
            showSearch={{ filterOption: false, onSearch: setSearch }}
            placeholder={t('enterprisesPlaceholder')}
            loading={registry.isFetching}
            options={enterpriseOptions}
            onBlur={() => setSearch('')}
          />
        </Form.Item>
      ) : (
        <>
          {regionOptions.length === 0 ? (
            // A street office addresses its own street: nothing to choose.
            <Form.Item label={t('regions')}>
              <Typography.Text>{me.scope.regionName ?? t('ownStreet')}</Typography.Text>
            </Form.Item>
          ) : (
            <Form.Item label={t('regions')} name="regions">
              {regionOptions.every((o) => !o.children) ? (
                <Select
                  mode="multiple"
                  allowClear
                  showSearch={{ optionFilterProp: 'label' }}
                  placeholder={t('regionsPlaceholder')}
                  options={regionOptions}
                />
              ) : (
                <Cascader
                  multiple
                  showCheckedStrategy={Cascader.SHOW_PARENT}
                  showSearch
                  placeholder={t('regionsPlaceholder')}
                  options={regionOptions}
                />
              )}
            </Form.Item>
          )}
          <Form.Item label={t('industries')} name="industries">
            <Select
              mode="multiple"
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('industriesPlaceholder')}
              options={industryOptions}
            />
          </Form.Item>
        </>
      )}
    </>
  );
}
