import { CHECK_TYPE_LABELS, CHECK_TYPES, PENALTY_TYPE_LABELS, PENALTY_TYPES } from '@ancha/contracts';
import { DatePicker, Flex, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SupervisionFilters as Filters } from '../../api/supervision.ts';
import { RegionFilter } from '../regions/RegionFilter.tsx';

/** What antd's RangePicker hands back (dayjs), as far as this filter reads it. */
type Day = { format: (template: string) => string } | null;

const checkTypeOptions = CHECK_TYPES.map((value) => ({ value, label: CHECK_TYPE_LABELS[value] }));
const penaltyOptions = PENALTY_TYPES.map((value) => ({ value, label: PENALTY_TYPE_LABELS[value] }));

/**
 * 单位名称/检查单位, 检查类型, 处罚类型, 所属街乡, 检查时间. The region choice only appears where
 * the caller's scope holds more than one street; the server filters by scope whatever is sent.
 */
export function SupervisionFilters({ value, onChange }: { value: Filters; onChange: (v: Filters) => void }) {
  const { t } = useTranslation('supervision');
  const set = (patch: Partial<Filters>) => onChange({ ...value, ...patch });

  return (
    <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }} data-testid="supervision-filters">
      <Input.Search
        aria-label={t('filters.keyword')}
        placeholder={t('filters.keywordPlaceholder')}
        allowClear
        defaultValue={value.keyword}
        onSearch={(keyword) => set({ keyword: keyword.trim() || undefined })}
        style={{ width: 260 }}
      />
      <Select
        aria-label={t('filters.checkType')}
        placeholder={t('filters.checkTypePlaceholder')}
        allowClear
        options={checkTypeOptions}
        value={value.checkType}
        onChange={(checkType?: Filters['checkType']) => set({ checkType })}
        style={{ width: 150 }}
      />
      <Select
        aria-label={t('filters.penaltyType')}
        placeholder={t('filters.penaltyTypePlaceholder')}
        allowClear
        options={penaltyOptions}
        value={value.penaltyType}
        onChange={(penaltyType?: Filters['penaltyType']) => set({ penaltyType })}
        style={{ width: 150 }}
      />
      <RegionFilter
        value={{ districtCode: value.districtCode, streetCode: value.streetCode }}
        onChange={(region) => set(region)}
      />
      <DatePicker.RangePicker
        aria-label={t('filters.dates')}
        onChange={(range: [Day, Day] | null) =>
          set({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })
        }
      />
    </Flex>
  );
}
