import { z } from 'zod';
import { Id, ListQuery } from './common.ts';

export const EnterpriseSummary = z.object({
  id: Id,
  name: z.string(),
  uscc: z.string(),
  districtCode: z.string(),
  districtName: z.string(),
  streetCode: z.string(),
  streetName: z.string(),
  address: z.string(),
  industries: z.array(z.string()),
  profileCompleteness: z
    .number()
    .int()
    .min(0)
    .max(100)
    .describe('基本信息完整率（%）：单位基本信息必填项中已填写的比例'),
});
export type EnterpriseSummary = z.infer<typeof EnterpriseSummary>;

export const EnterpriseListQuery = ListQuery.extend({
  keyword: z.string().trim().max(100, { error: '关键字不能超过 100 个字符' }).optional(),
  streetCode: z
    .string()
    .regex(/^\d{9}$/, { error: '街道代码应为 9 位数字' })
    .optional(),
  industry: z.string().trim().min(1).max(64, { error: '行业代码过长' }).optional(),
  uscc: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[0-9A-Z]{18}$/, { error: '统一社会信用代码应为 18 位数字或大写字母' })
    .optional()
    .describe('精确匹配'),
});
export type EnterpriseListQuery = z.infer<typeof EnterpriseListQuery>;
