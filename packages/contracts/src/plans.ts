import { z } from 'zod';
import { Id, Timestamp } from './common.ts';

// 年度监督检查计划 (G5, seed 003 attachment 3): one plan per government office and year, with its
// two targets and the 工作安排 rows, and the progress made against it.

export const PLAN_YEAR_MIN = 2018;
export const PLAN_YEAR_MAX = 2100;
/** A plan holds a year's schedule; the template prints seven rows, a busy office may need more. */
export const MAX_PLAN_ROWS = 50;

/** The year in a path or query: the template's XX年度, the three-year action's start onwards. */
export const PlanYear = z.coerce
  .number({ error: '年度应为数字' })
  .int({ error: '年度应为整数' })
  .min(PLAN_YEAR_MIN, { error: `年度应在 ${PLAN_YEAR_MIN}–${PLAN_YEAR_MAX} 之间` })
  .max(PLAN_YEAR_MAX, { error: `年度应在 ${PLAN_YEAR_MIN}–${PLAN_YEAR_MAX} 之间` });

const required = (what: string, max: number) =>
  z
    .string({ error: `请填写${what}` })
    .trim()
    .min(1, { error: `请填写${what}` })
    .max(max, { error: `${what}不能超过 ${max} 个字符` });

/** One row of 工作安排, every column required as the template asks for each. */
export const PlanRowInput = z.object({
  schedule: required('检查时间安排', 200),
  people: required('参加检查部门及人员', 500),
  targets: required('检查地区或单位名称', 500),
  focus: required('检查重点内容', 1000),
});
export type PlanRowInput = z.infer<typeof PlanRowInput>;

export const PlanInput = z.object({
  unitName: required('单位名称', 100),
  targetInspections: z
    .number({ error: '年度监督检查目标应为数字（家次）' })
    .int({ error: '年度监督检查目标应为整数（家次）' })
    .min(0, { error: '年度监督检查目标不能为负数' })
    .max(1_000_000, { error: '年度监督检查目标过大' }),
  verificationPercent: z
    .number({ error: '挂账隐患核查比例应为数字（%）' })
    .int({ error: '挂账隐患核查比例应为整数（%）' })
    .min(0, { error: '挂账隐患核查比例应在 0–100 之间' })
    .max(100, { error: '挂账隐患核查比例应在 0–100 之间' }),
  note: z
    .string({ error: '备注须为文字' })
    .trim()
    .max(2000, { error: '备注不能超过 2000 个字符' })
    .default(''),
  rows: z
    .array(PlanRowInput, { error: '工作安排应为列表' })
    .max(MAX_PLAN_ROWS, { error: `工作安排最多 ${MAX_PLAN_ROWS} 行` }),
});
export type PlanInput = z.input<typeof PlanInput>;

export const PlanListQuery = z.object({ year: PlanYear });

/**
 * Progress against the two targets. Inspections: the office's submitted supervision inspections
 * in the year (Beijing). Verifications: ledger entries of its scope verified in the year, against
 * the share (rounded up, as a 核查 draw takes it) of the entries closed in the year.
 */
export const PlanProgress = z.object({
  inspections: z.number().int(),
  targetInspections: z.number().int(),
  verifications: z.number().int(),
  closedEntries: z.number().int(),
  verificationTarget: z.number().int(),
});
export type PlanProgress = z.infer<typeof PlanProgress>;

export const PlanView = z.object({
  id: Id,
  year: z.number().int(),
  officeKey: z.string().describe('角色:区域代码[:行业，逗号分隔]'),
  officeRole: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  industries: z.array(z.string()),
  unitName: z.string().describe('单位名称'),
  targetInspections: z.number().int().describe('年度监督检查目标（家次）'),
  verificationPercent: z.number().int().describe('挂账隐患核查比例（%）'),
  note: z.string().describe('备注'),
  rows: z.array(PlanRowInput.extend({ id: Id })),
  /** The caller's own office's plan, which only it may change. */
  own: z.boolean(),
  progress: PlanProgress,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type PlanView = z.infer<typeof PlanView>;

export const PlanOverview = z.object({
  year: z.number().int(),
  own: PlanView.nullable().describe('本单位的计划；尚未编制时为 null'),
  below: z.array(PlanView).describe('下级单位的计划（区：本区各街乡；市：各区、街乡与行业部门）'),
});
export type PlanOverview = z.infer<typeof PlanOverview>;
