import { z } from 'zod';
import { Id, Timestamp } from './common.ts';
import { isValidUscc } from './identifiers.ts';

// 单位基本信息 (E2, seed 002): the enterprise fills in the variable fields; the fixed ones (name,
// USCC, region, industries) are the regulators' to correct.

/** 单位性质, with the values of the hazard ledger (seed 003, attachment 2), which copies it. */
export const UNIT_NATURES = [
  'individual',
  'private',
  'city_soe',
  'district_institution',
  'city_institution',
  'central',
  'military',
  'other',
] as const;
export const SCALES = ['large', 'medium', 'small', 'micro'] as const;
export const STANDARDIZATION_LEVELS = ['level1', 'level2', 'level3', 'none'] as const;
export const IMAGE_KINDS = [
  'business_license',
  'site_photo',
  'floor_plan',
  'certificate',
  'emergency_plan',
  'other',
] as const;
export const PERSONNEL_ROLES = ['safety_head', 'full_time', 'part_time'] as const;
/** A profile's gallery stays a gallery, not a document store. */
export const MAX_ENTERPRISE_IMAGES = 50;

const required = (what: string, max: number) =>
  z
    .string({ error: `请填写${what}` })
    .trim()
    .min(1, { error: `请填写${what}` })
    .max(max, { error: `${what}不能超过 ${max} 个字符` });
const optionalText = (what: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `${what}不能超过 ${max} 个字符` })
    .nullable()
    .optional();

/** A mobile number, or a landline with its area code (010-12345678, extension allowed). */
const PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/;
const phone = (what: string) =>
  z
    .string({ error: `请填写${what}` })
    .trim()
    .regex(PHONE, { error: `${what}应为 11 位手机号或带区号的固定电话` });
const count = (what: string) =>
  z
    .number({ error: `${what}应为数字` })
    .int({ error: `${what}应为整数` })
    .min(0, { error: `${what}不能为负数` });
const DateOnly = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: '日期格式应为 YYYY-MM-DD' });

export const ProfileInput = z
  .object({
    address: required('详细地址', 100),
    legalRepresentative: required('法定代表人', 50),
    legalRepresentativePhone: phone('法定代表人电话'),
    principalName: required('主要负责人', 50),
    principalPhone: phone('主要负责人电话'),
    phone: phone('单位电话').nullable().optional(),
    staffCount: z.number({ error: '请填写从业人员数' }).pipe(count('从业人员数')),
    nature: z.enum(UNIT_NATURES, { error: '请选择单位性质' }),
    scale: z.enum(SCALES, { error: '企业规模不正确' }).nullable().optional(),
    parentGroup: optionalText('上级集团公司', 100),
    districtDepartment: optionalText('所属区行业部门', 100),
    cityDepartment: optionalText('所属市行业部门', 100),
    standardizationLevel: z.enum(STANDARDIZATION_LEVELS, { error: '标准化等级不正确' }).nullable().optional(),
    establishedOn: DateOnly.nullable().optional(),
    registeredCapitalFen: count('注册资本').nullable().optional(),
    businessScope: optionalText('经营范围', 1000),
    hasSafetyOrg: z.boolean().nullable().optional(),
    safetyOrgName: optionalText('安全管理机构名称', 100),
    fullTimeSafetyStaff: count('专职安全管理人员数').nullable().optional(),
    hasMajorHazardSource: z.boolean().nullable().optional(),
    majorHazardSourceCount: count('重大危险源数量').nullable().optional(),
  })
  .superRefine((v, ctx) => {
    // The seed's 是/有 answers open a follow-up that must then be filled in.
    if (v.hasSafetyOrg && !v.safetyOrgName)
      ctx.addIssue({ code: 'custom', path: ['safetyOrgName'], message: '设有安全管理机构时请填写机构名称' });
    if (v.hasMajorHazardSource && !(v.majorHazardSourceCount && v.majorHazardSourceCount >= 1))
      ctx.addIssue({
        code: 'custom',
        path: ['majorHazardSourceCount'],
        message: '有重大危险源时请填写数量（至少 1 处）',
      });
  });
export type ProfileInput = z.infer<typeof ProfileInput>;

export const FixedFieldsInput = z.object({
  name: required('生产经营单位名称', 100),
  uscc: z
    .string({ error: '请填写统一社会信用代码' })
    .trim()
    .toUpperCase()
    .refine(isValidUscc, { error: '统一社会信用代码不正确（18 位，末位校验码需正确）' }),
  streetCode: z
    .string({ error: '请选择所属街道（乡镇）' })
    .regex(/^\d{9}$/, { error: '请选择所属街道（乡镇）' }),
  industries: z
    .array(z.string().min(1).max(64), { error: '请选择行业类别' })
    .min(1, { error: '请至少选择一个行业类别' })
    .max(20, { error: '行业类别最多 20 个' }),
});
export type FixedFieldsInput = z.infer<typeof FixedFieldsInput>;

export const EnterpriseProfile = z.object({
  id: Id,
  name: z.string(),
  uscc: z.string(),
  districtCode: z.string(),
  districtName: z.string(),
  streetCode: z.string(),
  streetName: z.string(),
  industries: z.array(z.object({ code: z.string(), name: z.string() })),
  address: z.string(),
  legalRepresentative: z.string().nullable(),
  legalRepresentativePhone: z.string().nullable(),
  principalName: z.string().nullable(),
  principalPhone: z.string().nullable(),
  phone: z.string().nullable(),
  staffCount: z.number().int().nullable(),
  nature: z.enum(UNIT_NATURES).nullable(),
  scale: z.enum(SCALES).nullable(),
  parentGroup: z.string().nullable(),
  districtDepartment: z.string().nullable(),
  cityDepartment: z.string().nullable(),
  standardizationLevel: z.enum(STANDARDIZATION_LEVELS).nullable(),
  establishedOn: z.string().nullable().describe('YYYY-MM-DD'),
  registeredCapitalFen: z.number().int().nullable().describe('注册资本，单位：分'),
  businessScope: z.string().nullable(),
  hasSafetyOrg: z.boolean().nullable(),
  safetyOrgName: z.string().nullable(),
  fullTimeSafetyStaff: z.number().int().nullable(),
  hasMajorHazardSource: z.boolean().nullable(),
  majorHazardSourceCount: z.number().int().nullable(),
  updatedAt: Timestamp,
});
export type EnterpriseProfile = z.infer<typeof EnterpriseProfile>;

export const EnterpriseImageInput = z.object({
  id: Id.describe('客户端生成的 UUIDv7；重试时同一标识只保存一次'),
  fileId: Id.describe('PUT /files/{id}?purpose=enterprise 上传的图片'),
  kind: z.enum(IMAGE_KINDS, { error: '请选择图片类型' }),
  title: required('标题', 50),
});
export type EnterpriseImageInput = z.infer<typeof EnterpriseImageInput>;

export const EnterpriseImage = z.object({
  id: Id,
  fileId: Id,
  kind: z.enum(IMAGE_KINDS),
  title: z.string(),
  url: z.string(),
  createdAt: Timestamp,
});
export type EnterpriseImage = z.infer<typeof EnterpriseImage>;

export const PersonInput = z.object({
  role: z.enum(PERSONNEL_ROLES, { error: '请选择人员类别' }),
  name: required('姓名', 50),
  position: z.string().trim().max(50, { error: '职务不能超过 50 个字符' }).default(''),
  phone: phone('联系电话'),
  certificateNo: z.string().trim().max(50, { error: '证书编号不能超过 50 个字符' }).default(''),
});
export type PersonInput = z.infer<typeof PersonInput>;

export const Person = z.object({
  id: Id,
  role: z.enum(PERSONNEL_ROLES),
  name: z.string(),
  position: z.string(),
  phone: z.string(),
  certificateNo: z.string(),
  updatedAt: Timestamp,
});
export type Person = z.infer<typeof Person>;
