import { Cascader, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRegionTree } from '../../api/enterprise.ts';
import { useCurrentUser } from '../../auth/session.ts';
import { streetOptions } from '../ledger/ledger-rules.ts';

export interface RegionValue {
  districtCode?: string | undefined;
  streetCode?: string | undefined;
}

/**
 * 所属街乡 for the government lists: nothing for a street office (its scope is one street), a
 * street select for a district office, and district-then-street for the city. The server filters
 * by the caller's scope whatever is sent; this only offers what can be chosen.
 */
export function RegionFilter({
  value,
  onChange,
}: {
  value: RegionValue;
  onChange: (v: RegionValue) => void;
}) {
  const { t } = useTranslation('common');
  const me = useCurrentUser();
  const regions = useRegionTree();
  const options = regions.data ? streetOptions(regions.data, me.scope.regionCode) : [];
  if (options.length === 0) return null;
  if (options.every((o) => !o.children)) {
    return (
      <Select
        aria-label={t('regionFilter.label')}
        placeholder={t('regionFilter.all')}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        options={options}
        value={value.streetCode}
        onChange={(streetCode?: string) => onChange({ ...value, streetCode })}
        style={{ width: 180 }}
      />
    );
  }
  return (
    <Cascader
      aria-label={t('regionFilter.label')}
      placeholder={t('regionFilter.all')}
      options={options}
      changeOnSelect
      value={[value.districtCode, value.streetCode].filter((v): v is string => Boolean(v))}
      onChange={(codes?: string[]) => onChange({ districtCode: codes?.[0], streetCode: codes?.[1] })}
      style={{ width: 220 }}
    />
  );
}
