import { HAZARD_TYPE_TREE, HAZARD_TYPES, type HazardType } from '@ancha/contracts';
import { Cascader, Checkbox, Flex, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRegionTree } from '../../api/enterprise.ts';
import type { LedgerFilters as Filters } from '../../api/ledger.ts';
import { useCurrentUser } from '../../auth/session.ts';
import { streetOptions } from './ledger-rules.ts';

/** Everything but the tab's status; the page keeps the status in its tabs. */
export type FilterValues = Omit<Filters, 'status'>;

const typeOptions = HAZARD_TYPES.map((type) => ({ value: type, label: HAZARD_TYPE_TREE[type].label }));

/**
 * 单位名称/台账编号, 所属街乡, 隐患类型, 级别, 只看逾期. The region choice only appears where the
 * caller's scope holds more than one street; the server filters by scope whatever is sent.
 */
export function LedgerFilters({
  value,
  onChange,
}: {
  value: FilterValues;
  onChange: (v: FilterValues) => void;
}) {
  const { t } = useTranslation('ledger');
  const me = useCurrentUser();
  const regions = useRegionTree();
  const options = regions.data ? streetOptions(regions.data, me.scope.regionCode) : [];
  const flat = options.every((o) => !o.children);
  const set = (patch: Partial<FilterValues>) => onChange({ ...value, ...patch });

  return (
    <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }} data-testid="ledger-filters">
      <Input.Search
        aria-label={t('filters.keyword')}
        placeholder={t('filters.keywordPlaceholder')}
        allowClear
        defaultValue={value.keyword}
        onSearch={(keyword) => set({ keyword: keyword.trim() || undefined })}
        style={{ width: 260 }}
      />
      {options.length > 0 &&
        (flat ? (
          <Select
            aria-label={t('filters.region')}
            placeholder={t('filters.regionPlaceholder')}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={options}
            value={value.streetCode}
            onChange={(streetCode?: string) => set({ streetCode })}
            style={{ width: 180 }}
          />
        ) : (
          // The city picks a district, and may go on to one of its streets.
          <Cascader
            aria-label={t('filters.region')}
            placeholder={t('filters.regionPlaceholder')}
            options={options}
            changeOnSelect
            value={[value.districtCode, value.streetCode].filter((v): v is string => Boolean(v))}
            onChange={(codes?: string[]) => set({ districtCode: codes?.[0], streetCode: codes?.[1] })}
            style={{ width: 220 }}
          />
        ))}
      <Select<HazardType>
        aria-label={t('filters.hazardType')}
        placeholder={t('filters.hazardTypePlaceholder')}
        allowClear
        options={typeOptions}
        value={value.hazardType}
        onChange={(hazardType?: HazardType) => set({ hazardType })}
        style={{ width: 170 }}
      />
      <Select<'general' | 'major'>
        aria-label={t('filters.level')}
        placeholder={t('filters.levelPlaceholder')}
        allowClear
        options={[
          { value: 'major', label: t('level.major') },
          { value: 'general', label: t('level.general') },
        ]}
        value={value.level}
        onChange={(level?: 'general' | 'major') => set({ level })}
        style={{ width: 140 }}
      />
      <Checkbox
        checked={value.overdue === true}
        onChange={(e) => set({ overdue: e.target.checked || undefined })}
      >
        {t('filters.overdue')}
      </Checkbox>
    </Flex>
  );
}
