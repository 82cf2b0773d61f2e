import { z } from 'zod';
import { Id, ListQuery } from './common.ts';
import { isValidIdCard, isValidUscc } from './identifiers.ts';

/** The seed's 温馨提示, said whenever 其他行业 is combined with an industry catalog (seed 000). */
export const GENERAL_CATALOG_RULE =
  '通用隐患目录不替代行业领域隐患目录，与行业领域隐患目录不重复、重叠、交叉使用：若本单位无明确行业主管部门或主管部门尚未发布行业领域隐患目录，请只勾选其他行业。';

const required = (what: string, max: number) =>
  z
    .string({ error: `请填写${what}` })
    .trim()
    .min(1, { error: `请填写${what}` })
    .max(max, { error: `${what}不能超过 ${max} 个字符` });

export const SiteInput = z.object({
  name: required('场所名称', 50),
  streetCode: z.string({ error: '请选择所在地' }).regex(/^\d{9}$/, { error: '请选择所在地（区-街道）' }),
  address: z.string().trim().max(100, { error: '详细地址不能超过 100 个字符' }).default(''),
  inspectorUserId: Id.describe('检查人：本单位的自查人账号'),
  inspectorPhone: z
    .string({ error: '请填写检查人电话' })
    .regex(/^1\d{10}$/, { error: '检查人电话应为 11 位手机号' }),
  inspectorIdNumber: z
    .string({ error: '请填写检查人身份证号' })
    .trim()
    .toUpperCase()
    .refine(isValidIdCard, { error: '检查人身份证号不正确（18 位，末位校验码需正确）' }),
  catalogIds: z.array(Id).min(1, { error: '请至少选择一项行业与检查内容' }).max(30),
});
export type SiteInput = z.infer<typeof SiteInput>;

/** An inspector adding a site of their own names the enterprise it belongs to (seed 000). */
/** 重新选择行业与自查内容: the inspector of a site, or its admin, changes what is inspected there. */
export const SiteCatalogsInput = SiteInput.pick({ catalogIds: true });
export type SiteCatalogsInput = z.infer<typeof SiteCatalogsInput>;

export const OwnSiteInput = SiteInput.omit({ inspectorUserId: true }).extend({
  enterpriseName: required('单位名称', 100),
  uscc: z
    .string({ error: '请填写企业信用代码' })
    .trim()
    .toUpperCase()
    .refine(isValidUscc, { error: '企业信用代码不正确（18 位统一社会信用代码，末位校验码需正确）' }),
});
export type OwnSiteInput = z.infer<typeof OwnSiteInput>;

export const SiteView = z.object({
  id: Id,
  enterpriseId: Id,
  enterpriseName: z.string(),
  name: z.string(),
  districtCode: z.string(),
  streetCode: z.string(),
  /** 区-街道, as the site list shows it: 海淀区紫竹院街道. */
  regionName: z.string(),
  address: z.string(),
  inspectorUserId: Id.nullable(),
  inspectorName: z.string(),
  /** Masked: 138****0102. */
  inspectorPhone: z.string(),
  /** Masked: 110102********1233. */
  inspectorIdNumber: z.string(),
  catalogs: z.array(
    z.object({ id: Id, name: z.string(), industryCode: z.string(), industryName: z.string() }),
  ),
});
export type SiteView = z.infer<typeof SiteView>;

export const SiteListQuery = ListQuery.extend({
  keyword: z.string().trim().max(50, { error: '关键字不能超过 50 个字符' }).optional(),
  enterpriseId: Id.optional().describe('只看一家企业的场所（监管部门的企业信息页）'),
});
export type SiteListQuery = z.infer<typeof SiteListQuery>;

/** Personal numbers are shown masked wherever they appear (issue 4, E3). */
export function maskPhone(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : '****';
}
export function maskIdNumber(id: string): string {
  return id.length === 18 ? `${id.slice(0, 6)}********${id.slice(14)}` : '****';
}
