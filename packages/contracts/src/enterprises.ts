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
});
export type EnterpriseSummary = z.infer<typeof EnterpriseSummary>;

export const EnterpriseListQuery = ListQuery.extend({
  keyword: z.string().trim().max(100, { error: '关键字不能超过 100 个字符' }).optional(),
  streetCode: z
    .string()
    .regex(/^\d{9}$/, { error: '街道代码应为 9 位数字' })
    .optional(),
});
export type EnterpriseListQuery = z.infer<typeof EnterpriseListQuery>;
