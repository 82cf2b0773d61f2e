import { z } from 'zod';
import { Id, ListQuery, Timestamp } from './common.ts';
import { PhotoIds } from './files.ts';

export const Answer = z.enum(['hazard', 'clear', 'na']);
export const HazardLevel = z.enum(['general', 'major']);
export const RectificationMode = z.enum(['immediate', 'scheduled']);
export const InspectionStatus = z.enum(['draft', 'submitted', 'reported']);

const longText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `不能超过 ${max} 个字符` });
const DateOnly = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: '日期格式应为 YYYY-MM-DD' });

/**
 * One item's answer as the phone sends it. A draft may hold half-filled answers; submitting
 * checks that each 有隐患 answer is complete (see `answerProblems`).
 */
export const AnswerInput = z.object({
  itemId: Id,
  answer: Answer,
  description: longText(1000).optional(),
  photoIds: PhotoIds.optional().describe('隐患照片（先上传到 /files，purpose=hazard）'),
  level: HazardLevel.optional(),
  gradeCode: z
    .string()
    .trim()
    .max(10)
    .optional()
    .describe('企业自定的隐患分级（设有分级时必选）；级别随分级'),
  majorReason: longText(500).optional().describe('检查项无重大隐患判定条款而判为重大时的理由'),
  mode: RectificationMode.optional(),
  immediateAction: longText(1000).optional().describe('立即整改：已采取的措施'),
  owner: longText(50).optional().describe('限期整改：责任人'),
  measures: longText(1000).optional().describe('限期整改：整改措施'),
  fundsFen: z
    .number()
    .int({ error: '整改资金须为整数（分）' })
    .min(0, { error: '整改资金不能为负数' })
    .max(10_000_000_000)
    .optional(),
  deadline: DateOnly.optional().describe('限期整改：整改截止日期（北京时间）'),
  contingency: longText(1000).optional().describe('限期整改：应急预案'),
  specialReport: z
    .object({
      situation: longText(2000).optional().describe('现状及产生原因'),
      severity: longText(2000).optional().describe('危害程度和整改难易程度分析'),
      plan: longText(2000).optional().describe('治理方案'),
    })
    .optional()
    .describe('重大隐患专项报告（E7）'),
});
export type AnswerInput = z.infer<typeof AnswerInput>;

export const InspectionInput = z.object({
  siteId: Id,
  catalogId: Id,
  post: longText(50).optional().describe('岗位角色'),
  inspectorPhone: z
    .string()
    .regex(/^1\d{10}$/, { error: '检查人电话应为 11 位手机号' })
    .optional(),
  acknowledged: z.boolean().default(false).describe('法人已知晓检查结果'),
  postId: Id.optional().describe('岗位清单自查（E9）：本人所在岗位'),
  period: z
    .string()
    .regex(/^\d{4}-(\d{2}-\d{2}|W\d{2}|\d{2}|Q[1-4])$/, { error: '周期格式不正确' })
    .optional()
    .describe("岗位清单自查的周期：'2026-11-23'、'2026-W48'、'2026-11'、'2026-Q4'"),
  answers: z.array(AnswerInput).max(2000),
});
export type InspectionInput = z.infer<typeof InspectionInput>;

export const AnswerView = AnswerInput.extend({ itemNo: z.string(), itemText: z.string() });

export const InspectionView = z.object({
  id: Id,
  status: InspectionStatus,
  siteId: Id,
  siteName: z.string(),
  enterpriseId: Id,
  enterpriseName: z.string(),
  catalogId: Id,
  catalogName: z.string(),
  catalogVersion: z.number().int(),
  industryName: z.string(),
  inspectorName: z.string(),
  post: z.string().nullable(),
  postId: Id.nullable().optional().describe('岗位清单自查的岗位'),
  period: z.string().nullable().optional(),
  acknowledged: z.boolean(),
  hasHazards: z.boolean(),
  itemCount: z.number().int(),
  answeredCount: z.number().int(),
  savedAt: Timestamp,
  submittedAt: Timestamp.nullable(),
  answers: z.array(AnswerView),
});
export type InspectionView = z.infer<typeof InspectionView>;

export const InspectionSummary = InspectionView.omit({ answers: true });
export type InspectionSummary = z.infer<typeof InspectionSummary>;

export const InspectionListQuery = ListQuery.extend({
  status: InspectionStatus.optional(),
  siteId: Id.optional(),
  enterpriseId: Id.optional().describe('只看一家企业的记录（监管部门的企业信息页）'),
});

/** withdrawn: its record was corrected before reporting and the item is no longer a hazard (E8). */
export const HazardStatus = z.enum(['pending', 'resolved', 'withdrawn']);
export const HazardView = z.object({
  id: Id,
  status: HazardStatus,
  level: HazardLevel,
  gradeCode: z.string().nullable().describe('企业自定的隐患分级代码（E9），未分级为 null'),
  itemText: z.string(),
  itemNo: z.string(),
  description: z.string(),
  mode: RectificationMode,
  owner: z.string().nullable(),
  measures: z.string().nullable(),
  fundsFen: z.number().int().nullable(),
  deadline: z.string().nullable(),
  overdue: z.boolean(),
  siteName: z.string(),
  enterpriseId: Id,
  inspectionId: Id,
  foundAt: Timestamp,
  foundBy: z.string(),
  photoIds: z.array(Id),
});
export type HazardView = z.infer<typeof HazardView>;
export const HazardListQuery = ListQuery.extend({
  status: HazardStatus.optional(),
  enterpriseId: Id.optional().describe('只看一家企业的隐患（监管部门的企业信息页）'),
});

/** Today's date in Beijing, the calendar business dates are kept in (ARCHITECTURE.md). */
export function shanghaiDate(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(at);
}

/**
 * What is missing from one 有隐患 answer before it can be submitted (E4): the description, the
 * level (重大 only where the item allows it or with a reason), and the rectification: what was
 * done at once, or the five assurances with a deadline not in the past.
 */
export function answerProblems(
  a: AnswerInput,
  itemAllowsMajor: boolean,
  today: string,
): { path: string; message: string }[] {
  if (a.answer !== 'hazard') return [];
  const p: { path: string; message: string }[] = [];
  const need = (ok: unknown, path: string, message: string) => {
    if (!ok) p.push({ path, message });
  };
  need(a.description, 'description', '请填写隐患描述');
  need(a.level, 'level', '请选择隐患级别');
  if (a.level === 'major' && !itemAllowsMajor)
    need(a.majorReason, 'majorReason', '该检查项无重大隐患判定条款，判为重大隐患须说明理由');
  if (a.level === 'major') {
    need(a.specialReport?.situation, 'specialReport.situation', '重大隐患须填写专项报告：现状及产生原因');
    need(
      a.specialReport?.severity,
      'specialReport.severity',
      '重大隐患须填写专项报告：危害程度和整改难易程度分析',
    );
    need(a.specialReport?.plan, 'specialReport.plan', '重大隐患须填写专项报告：治理方案');
  }
  need(a.mode, 'mode', '请选择整改方式');
  if (a.mode === 'immediate') need(a.immediateAction, 'immediateAction', '请填写立即整改采取的措施');
  if (a.mode === 'scheduled') {
    need(a.owner, 'owner', '请填写责任人');
    need(a.measures, 'measures', '请填写整改措施');
    need(a.fundsFen !== undefined, 'fundsFen', '请填写整改资金');
    need(a.deadline, 'deadline', '请选择整改截止时间');
    if (a.deadline && a.deadline < today) p.push({ path: 'deadline', message: '整改截止时间不能早于今天' });
    need(a.contingency, 'contingency', '请填写应急预案');
  }
  return p;
}

export const RectificationInput = z.object({
  note: z.string({ error: '请填写整改说明' }).trim().min(1, { error: '请填写整改说明' }).max(1000),
  result: z.string({ error: '请填写整改结果' }).trim().min(1, { error: '请填写整改结果' }).max(1000),
  spentFen: z
    .number({ error: '请填写整改花费' })
    .int({ error: '整改花费须为整数（分）' })
    .min(0, { error: '整改花费不能为负数' })
    .max(10_000_000_000),
  photoIds: PhotoIds.default([]).describe('整改照片（先上传到 /files，purpose=rectification）'),
});
export type RectificationInput = z.infer<typeof RectificationInput>;

export const AcceptanceInput = z.object({
  passed: z.boolean({ error: '请选择验收结论' }),
  note: z.string().trim().max(1000).default(''),
});
export type AcceptanceInput = z.infer<typeof AcceptanceInput>;

export const HazardEvent = z.object({
  at: Timestamp,
  actorName: z.string().nullable(),
  action: z.string(),
  detail: z.unknown().nullable(),
});
export const SpecialReport = z.object({ situation: z.string(), severity: z.string(), plan: z.string() });

export const HazardPlanInput = z.object({
  description: z.string({ error: '请填写隐患描述' }).trim().min(1, { error: '请填写隐患描述' }).max(1000),
  owner: longText(50).optional(),
  measures: longText(1000).optional(),
  fundsFen: z.number().int().min(0, { error: '整改资金不能为负数' }).optional(),
  deadline: DateOnly.optional(),
  contingency: longText(1000).optional(),
});
export type HazardPlanInput = z.infer<typeof HazardPlanInput>;

export const HazardDetail = HazardView.extend({
  specialReport: SpecialReport.nullable(),
  immediateAction: z.string().nullable(),
  contingency: z.string().nullable(),
  rectificationNote: z.string().nullable(),
  rectificationResult: z.string().nullable(),
  spentFen: z.number().int().nullable(),
  rectificationPhotoIds: z.array(Id),
  rectifiedAt: Timestamp.nullable(),
  acceptedAt: Timestamp.nullable(),
  acceptanceNote: z.string().nullable(),
  history: z.array(HazardEvent).describe('发现、整改计划、整改、验收，按时间顺序'),
});
export type HazardDetail = z.infer<typeof HazardDetail>;
