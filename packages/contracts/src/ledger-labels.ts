import type { UNIT_NATURES } from './enterprise-profile.ts';

// The Chinese words of seed 003's attachments for the ledger's coded values: the exported sheets
// and the console print them, and they are the official wording, not a translation.

export const UNIT_NATURE_LABELS: Record<(typeof UNIT_NATURES)[number], string> = {
  individual: '个人',
  private: '民营企业',
  city_soe: '市属国有企业',
  district_institution: '区属机关企事业单位',
  city_institution: '市属机关事业单位',
  central: '中央在京单位',
  military: '军队单位',
  other: '其他',
};

export const HAZARD_SOURCE_LABELS = { inspection: '检查', report: '举报', other: '其他' } as const;
export const HAZARD_LEVEL_LABELS = { general: '一般隐患', major: '重大隐患' } as const;
export const ILLEGAL_BUILDING_LABELS = {
  none: '无',
  homestead: '农民宅基地违建',
  collective: '集体土地违建',
  state: '国有土地违建',
  other: '其他',
} as const;
export const REVIEW_RESULT_LABELS = { none: '未复查', passed: '复查合格', failed: '复查不合格' } as const;
