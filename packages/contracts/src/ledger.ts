import { z } from 'zod';
import { DistrictCodeFilter, Id, ListQuery, StreetCodeFilter, Timestamp } from './common.ts';
import { UNIT_NATURES } from './enterprise-profile.ts';
import { HazardEvent, HazardLevel } from './inspections.ts';
import { HAZARD_TYPES } from './ledger-types.ts';

// The government hazard ledger (G3, seed 003 attachment 2) and its workflow (G4):
// proposed 待确认 → listed 已挂账·整改中 → reviewed 复查合格 → closed 已销账; or proposed → rejected.

export const LedgerStatus = z.enum(['proposed', 'rejected', 'listed', 'reviewed', 'closed']);
export type LedgerStatus = z.infer<typeof LedgerStatus>;
/** 隐患来源: 检查 / 举报 / 其他. */
export const LedgerSource = z.enum(['inspection', 'report', 'other']);
/** 违建性质: 无 / 农民宅基地违建 / 集体土地违建 / 国有土地违建 / 其他. */
export const IllegalBuilding = z.enum(['none', 'homestead', 'collective', 'state', 'other'], {
  error: '违建性质不正确',
});
/** 复查结果: 未复查 / 复查合格 / 复查不合格. */
export const ReviewResult = z.enum(['none', 'passed', 'failed']);
export const HazardTypeCode = z.enum(HAZARD_TYPES, { error: '请选择隐患类型' });

const DateOnly = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: '日期格式应为 YYYY-MM-DD' });
const text = (max: number, what: string) =>
  z
    .string({ error: `${what}须为文字` })
    .trim()
    .max(max, { error: `${what}不能超过 ${max} 个字符` });
const required = (max: number, what: string) => text(max, what).min(1, { error: `请填写${what}` });
/** Square metres, two decimals kept (numeric(12,2)). */
const area = (what: string) =>
  z
    .number({ error: `${what}须为数字（平方米）` })
    .min(0, { error: `${what}不能为负数` })
    .max(9_999_999_999, { error: `${what}过大` });

/** One row of attachment 2, every column, plus the workflow's own fields. */
export const LedgerEntryView = z.object({
  id: Id,
  ledgerNo: z.string().nullable().describe('台账编号：区代号+街乡代号+上账日期+序号；挂账时生成'),
  listedAt: Timestamp.nullable().describe('上账时间'),
  status: LedgerStatus,
  hazardId: Id.nullable(),
  enterpriseId: Id.nullable(),
  districtCode: z.string(),
  districtName: z.string().describe('所属区'),
  streetCode: z.string(),
  streetName: z.string().describe('所属街乡'),
  industries: z.array(z.string()),
  unitName: z.string().describe('单位名称'),
  address: z.string(),
  principalName: z.string().nullable().describe('负责人'),
  principalPhone: z.string().nullable().describe('联系电话'),
  nature: z.enum(UNIT_NATURES).nullable().describe('单位性质'),
  staffCount: z.number().int().nullable().describe('经营人员和使用人员数'),
  parentGroup: z.string().nullable().describe('上级集团公司名称'),
  districtDepartment: z.string().nullable().describe('所属区行业部门'),
  cityDepartment: z.string().nullable().describe('所属市行业部门'),
  source: LedgerSource.describe('隐患来源'),
  description: z.string().describe('隐患描述'),
  hazardType: HazardTypeCode.nullable().describe('隐患类型；挂账时确定'),
  hazardSubtype: z.string().nullable(),
  level: HazardLevel.describe('隐患级别'),
  illegalBuilding: IllegalBuilding.describe('违建性质'),
  illegalAreaM2: z.number().nullable().describe('违建面积（平方米，两位小数）'),
  demolishedAreaM2: z.number().nullable().describe('拆除面积（平方米，两位小数）'),
  measures: z.string().nullable().describe('整改措施'),
  deadline: z.string().nullable().describe('整改时限（北京时间日期）'),
  overdue: z.boolean().describe('已挂账且整改时限已过'),
  reviewAt: Timestamp.nullable().describe('复查时间'),
  reviewResult: ReviewResult.describe('复查结果'),
  reviewNote: z.string().nullable(),
  closed: z.boolean().describe('销账情况：是 / 否'),
  closedAt: Timestamp.nullable(),
  proposedAt: Timestamp,
  rejectedReason: z.string().nullable(),
  supervisedAt: Timestamp.nullable().describe('挂牌督办时间'),
  supervisionLevel: z.enum(['district', 'city']).nullable().describe('挂牌督办层级'),
  drawnForVerification: z.boolean().describe('已被核查抽中'),
  verifiedAt: Timestamp.nullable(),
  verificationResult: z.enum(['passed', 'failed']).nullable(),
  verificationNote: z.string().nullable(),
});
export type LedgerEntryView = z.infer<typeof LedgerEntryView>;

export const LedgerEntryDetail = LedgerEntryView.extend({
  history: z.array(HazardEvent).describe('提出、挂账、复查、销账、督办、核查，按时间顺序'),
});
export type LedgerEntryDetail = z.infer<typeof LedgerEntryDetail>;

export const LedgerListQuery = ListQuery.extend({
  status: LedgerStatus.optional(),
  districtCode: DistrictCodeFilter,
  streetCode: StreetCodeFilter,
  industry: z.string().max(50).optional(),
  hazardType: HazardTypeCode.optional(),
  level: HazardLevel.optional(),
  overdue: z
    .enum(['true', 'false'], { error: '逾期筛选应为 true 或 false' })
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
  keyword: z.string().trim().max(100, { error: '关键词过长' }).optional(),
});
export type LedgerListQuery = z.infer<typeof LedgerListQuery>;

/** 挂账: the safety office confirms the entry and may correct what the proposal carried. */
export const LedgerListInput = z.object({
  hazardType: HazardTypeCode,
  hazardSubtype: text(50, '细分类型').nullable().optional(),
  description: required(1000, '隐患描述').optional(),
  measures: text(1000, '整改措施').optional(),
  deadline: DateOnly.nullable().optional().describe('整改时限'),
  illegalBuilding: IllegalBuilding.optional(),
  illegalAreaM2: area('违建面积').nullable().optional(),
  demolishedAreaM2: area('拆除面积').nullable().optional(),
  note: text(500, '说明').optional(),
});
export type LedgerListInput = z.infer<typeof LedgerListInput>;

export const LedgerRejectInput = z.object({ reason: required(500, '退回理由') });
export type LedgerRejectInput = z.infer<typeof LedgerRejectInput>;

/** 复查: 不合格 needs the reason, which goes back to the enterprise with its hazard. */
export const LedgerReviewInput = z.object({
  result: z.enum(['passed', 'failed'], { error: '请选择复查结果' }),
  reason: text(1000, '复查意见').optional(),
});
export type LedgerReviewInput = z.infer<typeof LedgerReviewInput>;

/** 销账 and 挂牌督办: a note, kept in the audit trail. */
export const LedgerNoteInput = z.object({ note: text(500, '说明').default('') });
export type LedgerNoteInput = z.infer<typeof LedgerNoteInput>;

export const LedgerDrawInput = z.object({
  sharePercent: z
    .number({ error: '请填写抽查比例（百分比）' })
    .int({ error: '抽查比例须为整数' })
    .min(1, { error: '抽查比例至少为 1%' })
    .max(100, { error: '抽查比例至多为 100%' }),
});
export type LedgerDrawInput = z.infer<typeof LedgerDrawInput>;

export const LedgerDrawView = z.object({
  id: Id,
  regionCode: z.string(),
  drawnAt: Timestamp,
  sharePercent: z.number().int(),
  candidates: z.number().int().describe('可抽取的已销账、未核查隐患数'),
  entryIds: z.array(Id).describe('随机抽中的台账条目'),
});
export type LedgerDrawView = z.infer<typeof LedgerDrawView>;

export const LedgerVerificationInput = z.object({
  result: z.enum(['passed', 'failed'], { error: '请选择核查结果' }),
  note: text(1000, '核查意见').default(''),
});
export type LedgerVerificationInput = z.infer<typeof LedgerVerificationInput>;

/** Overdue entries per street (for a district or street) or per district (for the city). */
export const OverdueCounts = z.object({
  groupBy: z.enum(['district', 'street']),
  items: z.array(z.object({ regionCode: z.string(), regionName: z.string(), overdue: z.number().int() })),
});
export type OverdueCounts = z.infer<typeof OverdueCounts>;

/** The 安全隐患台账表 export: the ledger's own entries (those with a number), with the list's filters. */
export const LedgerExportQuery = LedgerListQuery.pick({
  districtCode: true,
  streetCode: true,
  industry: true,
  hazardType: true,
  level: true,
  keyword: true,
});
export type LedgerExportQuery = z.infer<typeof LedgerExportQuery>;
