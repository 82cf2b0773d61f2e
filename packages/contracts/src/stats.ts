import { z } from 'zod';

// 统计分析 (G6, seeds 003 and 004): the ledger's 整改率 and overdue, the 使用率 per half-month,
// the profile completeness rate and the major hazards per district. Every figure is counted in
// the caller's G1 scope; months and half-months follow the Beijing calendar.

/** The yearly goal of seed 003: at least 90% of the ledger's hazards rectified. */
export const RECTIFICATION_TARGET = 0.9;

/**
 * The fields ProfileInput (E2) requires, whose share filled is the completeness rate. Kept as a
 * list, as the server maps each to a column; a test checks it against ProfileInput itself.
 */
export const PROFILE_REQUIRED_FIELDS = [
  'address',
  'legalRepresentative',
  'legalRepresentativePhone',
  'principalName',
  'principalPhone',
  'staffCount',
  'nature',
] as const;

export const StatsGroupBy = z.enum(['district', 'street', 'industry', 'hazardType', 'level', 'month'], {
  error: '分组方式应为 district、street、industry、hazardType、level 或 month',
});
export type StatsGroupBy = z.infer<typeof StatsGroupBy>;
/** Usage and completeness count enterprises, which have a region but no hazard type. */
export const RegionGroupBy = z.enum(['district', 'street'], { error: '分组方式应为 district 或 street' });
export type RegionGroupBy = z.infer<typeof RegionGroupBy>;

const Year = z.coerce
  .number({ error: '年份应为数字' })
  .int({ error: '年份应为整数' })
  .min(2000, { error: '年份应在 2000 至 2100 之间' })
  .max(2100, { error: '年份应在 2000 至 2100 之间' });
const Month = z.coerce
  .number({ error: '月份应为数字' })
  .int({ error: '月份应为整数' })
  .min(1, { error: '月份应在 1 至 12 之间' })
  .max(12, { error: '月份应在 1 至 12 之间' });
const Rate = z.number().min(0).max(1).nullable();

export const LedgerStatsQuery = z.object({
  groupBy: StatsGroupBy.default('district'),
  year: Year.optional().describe('上账年份（北京时间）；不填为全部年份'),
});
export type LedgerStatsQuery = z.infer<typeof LedgerStatsQuery>;

export const LedgerStatsRow = z.object({
  key: z.string().describe('区、街乡或行业代码，隐患类型、级别，或月份 YYYY-MM；合计行为空'),
  name: z.string(),
  listed: z.number().int().describe('挂账数：有台账编号的隐患'),
  inRectification: z.number().int().describe('整改中：已挂账、尚未复查合格'),
  rectified: z.number().int().describe('已整改：复查合格或已销账'),
  closed: z.number().int().describe('已销账'),
  overdue: z.number().int().describe('逾期：整改中且整改时限早于今天（北京时间）'),
  major: z.number().int().describe('其中重大隐患'),
  rate: Rate.describe('整改率 = 已整改（复查合格或已销账）÷ 挂账数；无挂账时为 null'),
});
export type LedgerStatsRow = z.infer<typeof LedgerStatsRow>;

export const LedgerStats = z.object({
  groupBy: StatsGroupBy,
  year: z.number().int().nullable(),
  target: z.number().describe('年度整改率目标（0.9），图表的目标线'),
  today: z.string().describe('计算逾期所用的日期（北京时间）'),
  items: z.array(LedgerStatsRow).describe('按行业分组时，一条隐患涉及几个行业即计入几组'),
  total: LedgerStatsRow.describe('合计，每条隐患只计一次'),
});
export type LedgerStats = z.infer<typeof LedgerStats>;

export const UsageStatsQuery = z.object({
  year: Year.optional().describe('默认本年（北京时间）'),
  month: Month.optional().describe('默认本月（北京时间）'),
  groupBy: RegionGroupBy.optional().describe('默认：全市范围按区，其余按街乡'),
});
export type UsageStatsQuery = z.infer<typeof UsageStatsQuery>;

export const UsageStatsRow = z.object({
  key: z.string(),
  name: z.string(),
  enterprises: z.number().int().describe('范围内企业数'),
  firstHalf: z.number().int().describe('1—15 日有上报自查记录的企业数'),
  firstHalfRate: Rate,
  secondHalf: z.number().int().describe('16 日—月末有上报自查记录的企业数'),
  secondHalfRate: Rate,
  month: z.number().int().describe('本月有上报自查记录的企业数'),
  monthRate: Rate,
});
export type UsageStatsRow = z.infer<typeof UsageStatsRow>;

export const UsageStats = z
  .object({
    year: z.number().int(),
    month: z.number().int(),
    groupBy: RegionGroupBy,
    halves: z
      .array(z.object({ from: z.string(), to: z.string() }))
      .describe('两个半月的起止日期（含），北京时间'),
    items: z.array(UsageStatsRow),
    total: UsageStatsRow,
  })
  .describe(
    '使用率 = 该半月内（北京时间）至少上报过一次自查记录（已上报，按上报时间）的企业 ÷ 范围内企业数；每月重新计算',
  );
export type UsageStats = z.infer<typeof UsageStats>;

export const CompletenessQuery = z.object({
  groupBy: RegionGroupBy.optional().describe('默认：全市范围按区，其余按街乡'),
});
export type CompletenessQuery = z.infer<typeof CompletenessQuery>;

export const CompletenessRow = z.object({
  key: z.string(),
  name: z.string(),
  enterprises: z.number().int(),
  complete: z.number().int().describe('必填项全部填写的企业数'),
  filledFields: z.number().int().describe('已填写的必填项总数'),
  rate: Rate.describe('完整率 = 已填写的必填项 ÷（企业数 × 必填项数）'),
});
export type CompletenessRow = z.infer<typeof CompletenessRow>;

export const CompletenessStats = z.object({
  groupBy: RegionGroupBy,
  requiredFields: z.array(z.string()).describe('企业基本信息（E2）的必填项'),
  items: z.array(CompletenessRow),
  total: CompletenessRow,
});
export type CompletenessStats = z.infer<typeof CompletenessStats>;

export const MajorMapQuery = z.object({ year: Year.optional().describe('上账年份；不填为全部') });
export type MajorMapQuery = z.infer<typeof MajorMapQuery>;

export const MajorMap = z.object({
  year: z.number().int().nullable(),
  items: z
    .array(
      z.object({
        districtCode: z.string(),
        districtName: z.string(),
        major: z.number().int().describe('挂账的重大隐患数'),
        open: z.number().int().describe('其中仍在整改中'),
      }),
    )
    .describe('只列有重大隐患的区'),
});
export type MajorMap = z.infer<typeof MajorMap>;

/** Excel exports take the same queries as the tables they export. */
export const StatsLedgerExportQuery = LedgerStatsQuery;
export const StatsUsageExportQuery = UsageStatsQuery;
export const StatsCompletenessExportQuery = CompletenessQuery;
