import { HAZARD_TYPE_TREE, HAZARD_TYPES, type HazardType } from '@ancha/contracts';
import { Checkbox, Flex, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LedgerFilters as Filters } from '../../api/ledger.ts';
import { RegionFilter } from '../regions/RegionFilter.tsx';

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
      <RegionFilter
        value={{ districtCode: value.districtCode, streetCode: value.streetCode }}
        onChange={(region) => set(region)}
      />
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
