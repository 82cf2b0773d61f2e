import { OwnSiteInput } from '@ancha/contracts';
import { Cascader, Input } from 'antd-mobile';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegionTree } from '../../api/enterprise.ts';
import { regionOptions } from '../../console/sites/site-form.ts';
import { Field, pickerTrigger } from '../form/fields.tsx';

/** Step 1 of 新增场所 as typed; 所在地 is the district and street codes the picker chose. */
export interface OwnSiteValues {
  enterpriseName: string;
  uscc: string;
  name: string;
  region: string[];
  address: string;
  inspectorPhone: string;
  inspectorIdNumber: string;
}

export type FieldErrors = Partial<Record<keyof OwnSiteValues | 'catalogIds', string>>;

const basics = OwnSiteInput.omit({ catalogIds: true });

/** The contract's own checks, so the phone refuses exactly what the server would. */
export function checkBasics(values: OwnSiteValues): FieldErrors {
  const parsed = basics.safeParse({ ...values, streetCode: values.region[1] ?? '' });
  const errors: FieldErrors = {};
  for (const issue of parsed.error?.issues ?? []) {
    const key =
      String(issue.path[0]) === 'streetCode' ? 'region' : (String(issue.path[0]) as keyof FieldErrors);
    errors[key] ??= issue.message;
  }
  return errors;
}

/** 单位名称 … 检查人身份证, in the seed's order; each error shows under its own field. */
export function OwnSiteFields({
  values,
  errors,
  inspectorName,
  onChange,
}: {
  values: OwnSiteValues;
  errors: FieldErrors;
  inspectorName: string;
  onChange: (change: Partial<OwnSiteValues>) => void;
}) {
  const { t } = useTranslation('field');
  const regions = useRegionTree();
  const options = useMemo(() => (regions.data ? regionOptions(regions.data) : []), [regions.data]);
  const [picking, setPicking] = useState(false);

  const row = (key: keyof OwnSiteValues, label: string, control: (id: string) => ReactNode) => (
    <div data-testid={`field-${key}`}>
      <Field label={label}>{control}</Field>
      {errors[key] && (
        <div role="alert" style={{ color: 'var(--adm-color-danger)', fontSize: 13 }}>
          {errors[key]}
        </div>
      )}
    </div>
  );
  const text = (key: Exclude<keyof OwnSiteValues, 'region'>, label: string, max: number, numeric = false) =>
    row(key, label, (id) => (
      <Input
        id={id}
        maxLength={max}
        inputMode={numeric ? 'numeric' : undefined}
        placeholder={t('form.fill')}
        value={values[key]}
        onChange={(value) => onChange({ [key]: value })}
      />
    ));
  const regionName = (() => {
    const district = options.find((d) => d.value === values.region[0]);
    const street = district?.children?.find((s) => s.value === values.region[1]);
    return district && street ? `${district.label}-${street.label}` : '';
  })();

  return (
    <div style={{ padding: '0 16px' }}>
      {text('enterpriseName', t('newSite.enterpriseName'), 100)}
      {text('uscc', t('newSite.uscc'), 18)}
      {text('name', t('newSite.name'), 50)}
      {row('region', t('newSite.region'), (id) => (
        // A native button: antd-mobile's does not take the id the label points at.
        <button id={id} type="button" style={pickerTrigger} onClick={() => setPicking(true)}>
          {regionName || (
            <span style={{ color: 'var(--adm-color-light)' }}>{t('newSite.regionPlaceholder')}</span>
          )}
        </button>
      ))}
      <Cascader
        options={options}
        visible={picking}
        loading={regions.isPending}
        title={t('newSite.region')}
        value={values.region}
        onClose={() => setPicking(false)}
        onConfirm={(value) => onChange({ region: value.map(String) })}
      />
      {text('address', t('newSite.address'), 100)}
      <Field label={t('newSite.inspector')}>{() => <span>{inspectorName}</span>}</Field>
      {text('inspectorPhone', t('newSite.phone'), 11, true)}
      {text('inspectorIdNumber', t('newSite.idNumber'), 18)}
    </div>
  );
}
