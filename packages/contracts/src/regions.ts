import { z } from 'zod';

export const StreetNode = z.object({
  code: z.string().describe('9 位乡级区划代码'),
  name: z.string(),
  type: z.string().describe('街道 / 镇 / 乡 / 地区办事处 / 类似乡级单位'),
});

export const DistrictNode = z.object({
  code: z.string().describe('6 位县级区划代码 (GB/T 2260)'),
  name: z.string(),
  streets: z.array(StreetNode),
});
export type DistrictNode = z.infer<typeof DistrictNode>;

export const RegionTree = z.object({
  code: z.string(),
  name: z.string(),
  districts: z.array(DistrictNode),
});
export type RegionTree = z.infer<typeof RegionTree>;
