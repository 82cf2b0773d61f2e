import { z } from 'zod';
import { DistrictCodeFilter, Id, ListQuery, StreetCodeFilter } from './common.ts';
import { InspectionInput, InspectionView } from './inspections.ts';

// 监督检查 (G2): a regulator inspects an enterprise with the same catalogs as its self-inspection,
// and the record carries the columns of seed 003, attachment 1 (监督检查台账表).

export const CHECK_TYPES = ['routine', 'review', 'verification', 'spot', 'revisit', 'other'] as const;
export const PENALTY_TYPES = ['none', 'order', 'fine', 'suspend', 'close', 'other'] as const;
export const CheckType = z.enum(CHECK_TYPES, { error: '请选择检查类型' });
export const PenaltyType = z.enum(PENALTY_TYPES, { error: '请选择处罚类型' });
export type CheckType = z.infer<typeof CheckType>;
export type PenaltyType = z.infer<typeof PenaltyType>;

/** The attachment's own words (填表说明 3 and 10): the sheet and the console print these. */
export const CHECK_TYPE_LABELS: Record<CheckType, string> = {
  routine: '日常检查',
  review: '复查',
  verification: '核查',
  spot: '抽查',
  revisit: '回头看检查',
  other: '其他',
};
export const PENALTY_TYPE_LABELS: Record<PenaltyType, string> = {
  none: '无',
  order: '责令整改',
  fine: '罚款',
  suspend: '停产停业',
  close: '关闭取缔',
  other: '其他',
};

const DateOnly = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: '日期格式应为 YYYY-MM-DD' });

/**
 * 暂存 of a supervision inspection. A draft may leave the attachment's fields empty (they are
 * required at 提交), but what is given must be well-formed, and an amount goes with 罚款 only.
 */
export const SupervisionInput = InspectionInput.omit({ post: true, inspectorPhone: true })
  .extend({
    checkType: CheckType.optional().describe('检查类型'),
    checkUnit: z
      .string()
      .trim()
      .max(100, { error: '检查单位不能超过 100 个字符' })
      .optional()
      .describe('检查单位（组织检查的单位名称）'),
    checkPeople: z
      .number({ error: '检查人数须为数字' })
      .int({ error: '检查人数须为整数' })
      .min(1, { error: '检查人数至少为 1' })
      .max(1000, { error: '检查人数不能超过 1000' })
      .optional()
      .describe('检查人数'),
    findings: z.string().trim().max(2000, { error: '检查情况不能超过 2000 个字符' }).optional(),
    penaltyType: PenaltyType.optional().describe('处罚类型；无处罚为 none'),
    fineFen: z
      .number({ error: '罚款金额须为数字（分）' })
      .int({ error: '罚款金额须为整数（分）' })
      .min(1, { error: '罚款金额须大于 0' })
      .max(100_000_000_000, { error: '罚款金额过大' })
      .optional()
      .describe('罚款金额（分）；仅处罚类型为罚款时填写'),
  })
  .superRefine((v, ctx) => {
    if (v.penaltyType === 'fine' && v.fineFen === undefined)
      ctx.addIssue({ code: 'custom', path: ['fineFen'], message: '处罚类型为罚款时请填写罚款金额' });
    if (v.penaltyType !== 'fine' && v.fineFen !== undefined)
      ctx.addIssue({ code: 'custom', path: ['fineFen'], message: '仅处罚类型为罚款时填写罚款金额' });
  });
export type SupervisionInput = z.infer<typeof SupervisionInput>;

/** The attachment's fields a submitted record must have; `fineFen` is checked with its type. */
export function supervisionProblems(v: {
  checkType?: string | null | undefined;
  checkUnit?: string | null | undefined;
  checkPeople?: number | null | undefined;
  penaltyType?: string | null | undefined;
  fineFen?: number | null | undefined;
}): { path: string; message: string }[] {
  const p: { path: string; message: string }[] = [];
  if (!v.checkType) p.push({ path: 'checkType', message: '请选择检查类型' });
  if (!v.checkUnit) p.push({ path: 'checkUnit', message: '请填写检查单位' });
  if (!v.checkPeople) p.push({ path: 'checkPeople', message: '请填写检查人数' });
  if (!v.penaltyType) p.push({ path: 'penaltyType', message: '请选择处罚类型（无处罚选“无”）' });
  if (v.penaltyType === 'fine' && !v.fineFen)
    p.push({ path: 'fineFen', message: '处罚类型为罚款时请填写罚款金额' });
  return p;
}

const SupervisionFields = z.object({
  checkType: CheckType.nullable(),
  checkUnit: z.string().nullable(),
  checkPeople: z.number().int().nullable(),
  findings: z.string().nullable(),
  penaltyType: PenaltyType.nullable(),
  fineFen: z.number().int().nullable(),
  enterpriseAddress: z.string().nullable(),
  districtCode: z.string(),
  districtName: z.string(),
  streetCode: z.string(),
  streetName: z.string(),
  hazardCount: z.number().int().describe('本次检查发现的隐患数（不含已撤回）'),
  ledgerNos: z.array(z.string()).describe('本次检查隐患的台账编号（已挂账的）'),
});

export const SupervisionView = InspectionView.omit({ post: true }).extend(SupervisionFields.shape);
export type SupervisionView = z.infer<typeof SupervisionView>;
export const SupervisionSummary = SupervisionView.omit({ answers: true });
export type SupervisionSummary = z.infer<typeof SupervisionSummary>;

/** The 监督检查台账 filters; the dates are 检查时间 (submission) in Beijing, inclusive. */
export const SupervisionListQuery = ListQuery.extend({
  status: z.enum(['draft', 'reported'], { error: '状态应为 draft 或 reported' }).optional(),
  checkType: CheckType.optional(),
  penaltyType: PenaltyType.optional(),
  districtCode: DistrictCodeFilter,
  streetCode: StreetCodeFilter,
  enterpriseId: Id.optional(),
  from: DateOnly.optional().describe('检查时间起（含）'),
  to: DateOnly.optional().describe('检查时间止（含）'),
  keyword: z
    .string()
    .trim()
    .max(100, { error: '关键词过长' })
    .optional()
    .describe('单位名称、检查单位或地址'),
});
export type SupervisionListQuery = z.infer<typeof SupervisionListQuery>;

/** The 监督检查台账表 export: submitted records only, with the list's filters. */
export const SupervisionExportQuery = SupervisionListQuery.omit({ limit: true, cursor: true, status: true });
export type SupervisionExportQuery = z.infer<typeof SupervisionExportQuery>;
