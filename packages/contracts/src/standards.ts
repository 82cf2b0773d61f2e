import { z } from 'zod';
import { CatalogItem, CatalogStatus, VersionSummary } from './catalogs.ts';
import { Id } from './common.ts';
import { HazardLevel } from './inspections.ts';

// 一企一标准 (E9, seed 004): an enterprise's own standard, made from published official catalogs
// and edited; 一岗一清单: each post's subset of its items; and the enterprise's hazard grades.

const text = (what: string, max: number) =>
  z
    .string({ error: `请填写${what}` })
    .trim()
    .min(1, { error: `请填写${what}` })
    .max(max, { error: `${what}不能超过 ${max} 个字符` });

export const StandardCreateInput = z.object({
  sourceCatalogIds: z
    .array(Id, { error: '请选择行业目录' })
    .min(1, { error: '请至少选择一个行业目录或通用目录' })
    .max(10, { error: '最多选择 10 个目录' })
    .refine((ids) => new Set(ids).size === ids.length, { error: '目录重复' }),
});
export type StandardCreateInput = z.infer<typeof StandardCreateInput>;

/** An item the enterprise writes itself: its basis (依据) is required like any catalog item's. */
export const StandardItemInput = z.object({
  categoryId: Id.describe('草稿中的二级分类'),
  text: text('检查项内容', 500),
  basis: text('依据', 300),
  guidance: z.string().trim().max(1000).nullable().optional(),
});
export type StandardItemInput = z.infer<typeof StandardItemInput>;

/** 修改: rewording an item's text or basis; its number and source stay. */
export const StandardItemPatch = z.object({
  text: text('检查项内容', 500).optional(),
  basis: text('依据', 300).optional(),
});
export type StandardItemPatch = z.infer<typeof StandardItemPatch>;

export const StandardItem = CatalogItem.extend({
  sourceNo: z.string().nullable().describe('来源目录中的编号；企业自行增加的为空'),
  sourceCatalog: z.string().nullable().describe('来源目录名称'),
  sourceVersion: z.number().int().nullable(),
});
export type StandardItem = z.infer<typeof StandardItem>;

export const StandardCategory = z.object({
  id: Id,
  name: z.string(),
  children: z.array(z.object({ id: Id, name: z.string(), items: z.array(StandardItem) })),
});
export type StandardCategory = z.infer<typeof StandardCategory>;

/** The standard as shown: the draft if there is one (to its enterprise), else the latest published version. */
export const StandardView = z.object({
  catalogId: Id,
  code: z.string(),
  enterpriseId: Id,
  industryCode: z.string(),
  version: z.number().int(),
  status: CatalogStatus,
  name: z.string(),
  versions: z.array(VersionSummary),
  published: z.number().int().nullable().describe('最新发布的版本号'),
  draft: z.number().int().nullable().describe('草稿的版本号'),
  categories: z.array(StandardCategory),
});
export type StandardView = z.infer<typeof StandardView>;

export const StandardChangeKind = z.enum(['added', 'changed', 'removed']);
export type StandardChangeKind = z.infer<typeof StandardChangeKind>;

/** One change of a source catalog, item by item, that the enterprise may take into its draft. */
export const StandardChange = z.object({
  key: z.string().describe('取用时提交的标识'),
  kind: StandardChangeKind,
  sourceCatalogId: Id,
  sourceCatalog: z.string(),
  fromVersion: z.number().int(),
  toVersion: z.number().int(),
  sourceNo: z.string(),
  place: z.string().describe('来源目录中的分类'),
  before: CatalogItem.nullable(),
  after: CatalogItem.nullable(),
});
export type StandardChange = z.infer<typeof StandardChange>;

export const StandardUpdates = z.object({ items: z.array(StandardChange) });
export type StandardUpdates = z.infer<typeof StandardUpdates>;

export const TakeUpdatesInput = z.object({
  keys: z
    .array(z.string().max(200), { error: '请选择要取用的变更' })
    .min(1, { error: '请至少选择一项变更' })
    .max(2000),
});
export type TakeUpdatesInput = z.infer<typeof TakeUpdatesInput>;

/** 岗位清单: the standard's item numbers a post inspects. */
export const PostChecklistInput = z.object({
  itemNos: z
    .array(z.string().trim().min(1).max(60), { error: '请选择检查项' })
    .max(2000)
    .refine((nos) => new Set(nos).size === nos.length, { error: '检查项重复' }),
});
export type PostChecklistInput = z.infer<typeof PostChecklistInput>;

export const PostChecklist = z.object({
  postId: Id,
  itemNos: z.array(z.string()),
  version: z.number().int().nullable().describe('企业标准最新发布的版本号'),
});
export type PostChecklist = z.infer<typeof PostChecklist>;

/** 隐患分级: the enterprise's own grades (A/B/C/D), each mapped to the legal level (seed 004, question 14). */
export const HazardGrade = z.object({
  code: z
    .string({ error: '请填写分级代码' })
    .trim()
    .min(1, { error: '请填写分级代码' })
    .max(10, { error: '分级代码不能超过 10 个字符' }),
  name: text('分级名称', 30),
  level: HazardLevel,
});
export type HazardGrade = z.infer<typeof HazardGrade>;

export const HazardGradesInput = z.object({
  items: z
    .array(HazardGrade)
    .max(20, { error: '最多 20 个分级' })
    .refine((g) => new Set(g.map((x) => x.code)).size === g.length, { error: '分级代码重复' }),
});
export type HazardGradesInput = z.infer<typeof HazardGradesInput>;
export const HazardGrades = z.object({ items: z.array(HazardGrade) });
export type HazardGrades = z.infer<typeof HazardGrades>;

export const PeriodStatus = z.enum(['due', 'done', 'missed']);
export type PeriodStatus = z.infer<typeof PeriodStatus>;

/** One period of a post's 上报频次: the current one due or done, past ones done or missed. */
export const PostPeriod = z.object({
  period: z.string().describe("'2026-11-23'、'2026-W48'、'2026-11'、'2026-Q4'（北京时间）"),
  label: z.string(),
  start: z.string(),
  end: z.string(),
  current: z.boolean(),
  status: PeriodStatus,
  inspectionId: Id.nullable().describe('本周期提交或暂存的记录'),
});
export type PostPeriod = z.infer<typeof PostPeriod>;

/** A post user's 自查自纠: the post, the standard version and items to inspect, and the periods. */
export const MyPostChecklist = z.object({
  post: z.object({ id: Id, name: z.string(), frequency: z.string() }),
  siteId: Id.describe('记录所挂的场所：本单位最早建立的场所'),
  catalogId: Id,
  version: z.number().int(),
  itemIds: z.array(Id).describe('本岗位在该版本中的检查项'),
  periods: z.array(PostPeriod).describe('最新的在前'),
});
export type MyPostChecklist = z.infer<typeof MyPostChecklist>;
