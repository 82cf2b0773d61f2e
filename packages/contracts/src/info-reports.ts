import { z } from 'zod';
import { AttachmentIds, AttachmentRef, RichTextInput } from './attachments.ts';
import { Id, ListQuery, listOf, Timestamp } from './common.ts';

// 信息报送 (G8, seed 003 "信息管理制度"): 每月至少报送一篇工作信息或典型案例，每季度报送一次工作总结,
// from each office to the office above it; and the 工作联系表 (attachment 4) each office keeps.

export const infoReportKinds = ['work_info', 'typical_case', 'quarterly_summary'] as const;
export const InfoReportKind = z.enum(infoReportKinds, {
  error: '报送类型应为工作信息、典型案例或工作总结',
});
export type InfoReportKind = z.infer<typeof InfoReportKind>;
export const infoReportKindLabels: Record<InfoReportKind, string> = {
  work_info: '工作信息',
  typical_case: '典型案例',
  quarterly_summary: '工作总结',
};
/** Work information and typical cases are monthly, the summary quarterly. */
export const isQuarterlyKind = (kind: InfoReportKind) => kind === 'quarterly_summary';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
/** A month '2026-05' or a quarter '2026-Q2', the periods reports are counted in. */
export const InfoReportPeriod = z
  .string({ error: '报送期间应为文字' })
  .regex(/^(\d{4}-(0[1-9]|1[0-2])|\d{4}-Q[1-4])$/, { error: '报送期间应为 YYYY-MM（月）或 YYYY-Qn（季度）' });

export const isQuarterPeriod = (period: string) => QUARTER.test(period);

/** The month or quarter a Beijing date 'YYYY-MM-DD' falls in. */
export function periodOf(date: string, quarterly: boolean): string {
  const [year, month] = [date.slice(0, 4), Number(date.slice(5, 7))];
  return quarterly ? `${year}-Q${Math.ceil(month / 3)}` : `${year}-${String(month).padStart(2, '0')}`;
}

/** Comparable number of a period's start month (2026-Q2 → 2026×12+3), for "not in the future". */
export function periodStartIndex(period: string): number {
  const m = MONTH.exec(period);
  if (m) return Number(m[1]) * 12 + Number(m[2]) - 1;
  const q = QUARTER.exec(period);
  return q ? Number(q[1]) * 12 + (Number(q[2]) - 1) * 3 : Number.NaN;
}

/** 2026年5月 / 2026年第二季度. */
export function periodLabel(period: string): string {
  const m = MONTH.exec(period);
  if (m) return `${m[1]}年${Number(m[2])}月`;
  const q = QUARTER.exec(period);
  return q ? `${q[1]}年第${'一二三四'[Number(q[2]) - 1]}季度` : period;
}

export const InfoReportInput = z
  .object({
    kind: InfoReportKind,
    period: InfoReportPeriod.optional().describe('省略时为当前月份（工作总结为当前季度）'),
    title: z
      .string({ error: '请填写标题' })
      .trim()
      .min(1, { error: '请填写标题' })
      .max(200, { error: '标题不能超过 200 个字符' }),
    bodyHtml: RichTextInput,
    attachmentIds: AttachmentIds,
  })
  .superRefine((r, ctx) => {
    if (!r.period) return;
    const quarterly = isQuarterlyKind(r.kind);
    if (quarterly !== isQuarterPeriod(r.period))
      ctx.addIssue({
        code: 'custom',
        path: ['period'],
        message: quarterly
          ? '工作总结按季度报送，期间应为 YYYY-Qn'
          : '工作信息和典型案例按月报送，期间应为 YYYY-MM',
      });
  });
export type InfoReportInput = z.input<typeof InfoReportInput>;
/** As the server receives it, defaults applied. */
export type InfoReportData = z.output<typeof InfoReportInput>;

export const InfoReportSummary = z.object({
  id: Id,
  kind: InfoReportKind,
  period: z.string(),
  officeKey: z.string().describe('报送单位：区域代码，行业部门为 industry:区域:行业'),
  officeName: z.string(),
  toOfficeKey: z.string().describe('接收单位（上级）'),
  toOfficeName: z.string(),
  title: z.string(),
  attachmentCount: z.number().int(),
  submittedByName: z.string(),
  submittedAt: Timestamp,
});
export type InfoReportSummary = z.infer<typeof InfoReportSummary>;

export const InfoReportView = InfoReportSummary.extend({
  bodyHtml: z.string().describe('已净化的 HTML'),
  attachments: z.array(AttachmentRef),
  /** Sent by the caller's own office. */
  own: z.boolean(),
});
export type InfoReportView = z.infer<typeof InfoReportView>;

export const InfoReportList = listOf(InfoReportSummary);
export type InfoReportList = z.infer<typeof InfoReportList>;

export const InfoReportListQuery = ListQuery.extend({
  period: InfoReportPeriod.optional(),
  kind: InfoReportKind.optional(),
});
export type InfoReportListQuery = z.infer<typeof InfoReportListQuery>;

export const InfoReportOverviewQuery = z.object({
  period: InfoReportPeriod.optional().describe('月份（工作信息或典型案例）或季度（工作总结）；默认当前月份'),
});

/** One office below in the overview: 已报送 when it sent what its period asks for. */
export const InfoReportOfficeStatus = z.object({
  officeKey: z.string(),
  officeName: z.string(),
  submitted: z.boolean(),
  reports: z.array(InfoReportSummary),
});
export type InfoReportOfficeStatus = z.infer<typeof InfoReportOfficeStatus>;

export const InfoReportOverview = z.object({
  period: z.string(),
  periodLabel: z.string(),
  /** Which kinds count for the period: a month either monthly kind, a quarter the summary. */
  kinds: z.array(InfoReportKind),
  submittedCount: z.number().int(),
  missingCount: z.number().int(),
  offices: z.array(InfoReportOfficeStatus),
});
export type InfoReportOverview = z.infer<typeof InfoReportOverview>;

// 城市安全隐患治理三年行动工作联系表 (seed 003, attachment 4): 单位名称, then 主管领导 and 联系人员
// rows with 姓名, 部门及职务, 办公电话, 手机号码.

export const contactRoles = ['leader', 'contact'] as const;
export const contactRoleLabels: Record<(typeof contactRoles)[number], string> = {
  leader: '主管领导',
  contact: '联系人员',
};
export const MAX_CONTACT_PEOPLE = 20;

/** A landline: 8 digits in Beijing, or with an area code (010-66001234), an extension allowed. */
const OFFICE_PHONE = /^(0\d{2,3}-?)?\d{7,8}(-\d{1,6})?$/;
const MOBILE = /^1[3-9]\d{9}$/;
const text = (what: string, max: number) =>
  z
    .string({ error: `请填写${what}` })
    .trim()
    .min(1, { error: `请填写${what}` })
    .max(max, { error: `${what}不能超过 ${max} 个字符` });

export const ContactPersonInput = z.object({
  role: z.enum(contactRoles, { error: '类别应为主管领导或联系人员' }),
  name: text('姓名', 50),
  position: text('部门及职务', 100),
  officePhone: z
    .string({ error: '办公电话应为文字' })
    .trim()
    .regex(OFFICE_PHONE, { error: '办公电话应为固定电话，如 010-66001234 或 66001234' }),
  mobile: z.string({ error: '手机号码应为文字' }).trim().regex(MOBILE, { error: '手机号码应为 11 位手机号' }),
});
export type ContactPersonInput = z.infer<typeof ContactPersonInput>;

export const OfficeContactInput = z.object({
  unitName: text('单位名称', 100),
  people: z
    .array(ContactPersonInput, { error: '人员应为列表' })
    .max(MAX_CONTACT_PEOPLE, { error: `人员最多 ${MAX_CONTACT_PEOPLE} 人` })
    .superRefine((people, ctx) => {
      for (const role of contactRoles)
        if (!people.some((p) => p.role === role))
          ctx.addIssue({ code: 'custom', message: `请至少填写一名${contactRoleLabels[role]}` });
    }),
});
export type OfficeContactInput = z.infer<typeof OfficeContactInput>;

export const OfficeContactView = z.object({
  officeKey: z.string(),
  unitName: z.string(),
  people: z.array(ContactPersonInput),
  updatedAt: Timestamp,
  updatedByName: z.string(),
});
export type OfficeContactView = z.infer<typeof OfficeContactView>;

/** An office and its contact list; null while it has none. */
export const OfficeContactEntry = z.object({
  officeKey: z.string(),
  officeName: z.string(),
  contact: OfficeContactView.nullable(),
});
export type OfficeContactEntry = z.infer<typeof OfficeContactEntry>;

export const OfficeContactsBelow = z.object({ offices: z.array(OfficeContactEntry) });
export type OfficeContactsBelow = z.infer<typeof OfficeContactsBelow>;
