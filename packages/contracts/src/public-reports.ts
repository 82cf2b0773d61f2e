import { z } from 'zod';
import { DistrictCodeFilter, Id, ListQuery, StreetCodeFilter, Timestamp } from './common.ts';
import { HazardLevel } from './inspections.ts';

// 群众举报 (P1, seed 001 measure 10): anyone reports a hazard without an account, follows it by
// its 查询码; the handling office (street, district, city) verifies it into the ledger as 举报.

export const PublicReportStatus = z.enum(['submitted', 'verified', 'unfounded']);
export type PublicReportStatus = z.infer<typeof PublicReportStatus>;
export const PUBLIC_REPORT_STATUS_LABELS: Record<PublicReportStatus, string> = {
  submitted: '待核实',
  verified: '已核实',
  unfounded: '不属实',
};

/**
 * 查询码: 12 characters from an alphabet without look-alikes (no 0/O, 1/I/L), about 59 bits, so
 * it cannot be guessed; shown grouped (ABCD-EFGH-JKMN) and accepted with or without the dashes.
 */
export const REPORT_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const REPORT_CODE_LENGTH = 12;
export const normalizeReportCode = (code: string) => code.toUpperCase().replace(/[\s-]/g, '');
export const formatReportCode = (code: string) => code.match(/.{1,4}/g)?.join('-') ?? code;
/** The header a photo upload carries its report's code in (kept out of paths and access logs). */
export const REPORT_CODE_HEADER = 'x-report-code';

/** A mainland mobile number: 11 digits starting 13–19. */
export const MOBILE_PHONE = /^1[3-9]\d{9}$/;

const text = (max: number, what: string) =>
  z
    .string({ error: `${what}须为文字` })
    .trim()
    .max(max, { error: `${what}不能超过 ${max} 个字符` });
const required = (max: number, what: string) => text(max, what).min(1, { error: `请填写${what}` });
const DateOnly = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: '日期格式应为 YYYY-MM-DD' });

export const PublicReportInput = z
  .object({
    districtCode: z.string({ error: '请选择所在区' }).regex(/^\d{6}$/, { error: '请选择所在区' }),
    streetCode: z.string({ error: '请选择所在街道（乡镇）' }).regex(/^\d{9}$/, {
      error: '请选择所在街道（乡镇）',
    }),
    place: required(200, '隐患地点'),
    unitName: text(100, '被举报单位').optional(),
    description: text(2000, '隐患描述').min(5, { error: '请描述隐患情况（至少 5 个字）' }),
    anonymous: z.boolean({ error: '请选择是否匿名举报' }),
    reporterName: text(50, '姓名').optional(),
    reporterPhone: z.string({ error: '手机号须为文字' }).trim().optional(),
  })
  .superRefine((v, ctx) => {
    if (/^\d{6}$/.test(v.districtCode) && !v.streetCode.startsWith(v.districtCode))
      ctx.addIssue({ code: 'custom', path: ['streetCode'], message: '所选街道（乡镇）不属于所选区' });
    if (v.anonymous) return;
    if (!v.reporterName)
      ctx.addIssue({ code: 'custom', path: ['reporterName'], message: '实名举报请填写姓名' });
    if (!v.reporterPhone)
      ctx.addIssue({ code: 'custom', path: ['reporterPhone'], message: '实名举报请填写手机号' });
    else if (!MOBILE_PHONE.test(v.reporterPhone))
      ctx.addIssue({ code: 'custom', path: ['reporterPhone'], message: '手机号应为 11 位大陆手机号码' });
  });
export type PublicReportInput = z.infer<typeof PublicReportInput>;

export const PublicReportCreated = z.object({
  id: Id,
  code: z.string().describe('查询码：凭此查询办理进度，请妥善保存'),
  submittedAt: Timestamp,
});
export type PublicReportCreated = z.infer<typeof PublicReportCreated>;

export const PublicReportPhotoView = z.object({
  id: Id,
  mime: z.string(),
  sizeBytes: z.number().int(),
  url: z.string().describe('下载地址（仅限处理单位）'),
});
export type PublicReportPhotoView = z.infer<typeof PublicReportPhotoView>;
export const publicReportPhotoUrl = (id: string) => `/api/v1/files/report-photos/${id}`;

/** What the reporter sees by code: progress and the office's reply, never who reported it. */
export const PublicReportFollow = z.object({
  code: z.string(),
  status: PublicReportStatus,
  districtName: z.string(),
  streetName: z.string(),
  place: z.string(),
  submittedAt: Timestamp,
  handledAt: Timestamp.nullable(),
  reply: z.string().nullable().describe('处理单位的答复'),
  photoCount: z.number().int(),
  rewarded: z.boolean(),
});
export type PublicReportFollow = z.infer<typeof PublicReportFollow>;

export const PublicReportListQuery = ListQuery.extend({
  status: PublicReportStatus.optional(),
  districtCode: DistrictCodeFilter,
  streetCode: StreetCodeFilter,
  keyword: z.string().trim().max(100, { error: '关键词不能超过 100 个字符' }).optional(),
});
export type PublicReportListQuery = z.infer<typeof PublicReportListQuery>;

export const PublicReportView = z.object({
  id: Id,
  status: PublicReportStatus,
  districtCode: z.string(),
  districtName: z.string(),
  streetCode: z.string(),
  streetName: z.string(),
  place: z.string(),
  unitName: z.string().nullable(),
  description: z.string(),
  anonymous: z.boolean(),
  submittedAt: Timestamp,
  handledAt: Timestamp.nullable(),
  photoCount: z.number().int(),
  enterpriseId: Id.nullable(),
  ledgerEntryId: Id.nullable(),
  rewardFen: z.number().int().nullable(),
});
export type PublicReportView = z.infer<typeof PublicReportView>;

/** For the handling office only: who reported it, the photos, the finding and the reward. */
export const PublicReportDetail = PublicReportView.extend({
  reporterName: z.string().nullable(),
  reporterPhone: z.string().nullable(),
  handlingNote: z.string().nullable(),
  enterpriseName: z.string().nullable(),
  ledgerNo: z.string().nullable(),
  ledgerStatus: z.string().nullable(),
  rewardNote: z.string().nullable(),
  rewardedAt: Timestamp.nullable(),
  photos: z.array(PublicReportPhotoView),
});
export type PublicReportDetail = z.infer<typeof PublicReportDetail>;

/** 核实: the report is true; it becomes a ledger proposal (source 举报). */
export const PublicReportVerifyInput = z.object({
  enterpriseId: Id.nullable().optional().describe('关联的已登记企业（辖区内）；无则按被举报单位登记'),
  unitName: text(100, '单位名称').optional().describe('未关联企业时的单位名称；默认为被举报单位'),
  level: HazardLevel.describe('隐患级别：一般 / 重大'),
  description: text(2000, '隐患描述').optional().describe('台账的隐患描述；默认为举报内容'),
  measures: text(1000, '整改措施').optional(),
  deadline: DateOnly.optional().describe('整改时限'),
  reply: text(500, '答复').optional().describe('给举报人的答复'),
});
export type PublicReportVerifyInput = z.infer<typeof PublicReportVerifyInput>;

export const PublicReportUnfoundedInput = z.object({
  reason: required(500, '不属实的理由').describe('同时作为给举报人的答复'),
});
export type PublicReportUnfoundedInput = z.infer<typeof PublicReportUnfoundedInput>;

export const PublicReportRewardInput = z.object({
  amountYuan: z
    .number({ error: '奖励金额须为数字（元）' })
    .positive({ error: '奖励金额须大于 0' })
    .max(10_000_000, { error: '奖励金额过大' })
    .refine((v) => Number.isInteger(Math.round(v * 100)) && Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, {
      error: '奖励金额最多两位小数',
    }),
  note: text(500, '奖励说明').optional(),
});
export type PublicReportRewardInput = z.infer<typeof PublicReportRewardInput>;
