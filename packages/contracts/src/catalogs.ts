import { z } from 'zod';
import { Id, Timestamp } from './common.ts';

export const CatalogStatus = z.enum(['draft', 'published', 'retired']);
export type CatalogStatus = z.infer<typeof CatalogStatus>;

export const VersionSummary = z.object({
  id: Id,
  version: z.number().int(),
  status: CatalogStatus,
  name: z.string(),
  publishedAt: Timestamp.nullable(),
  itemCount: z.number().int(),
});
export type VersionSummary = z.infer<typeof VersionSummary>;

export const CatalogSummary = z.object({
  id: Id,
  code: z.string(),
  industryCode: z.string(),
  /** The name of the published version (or of the draft, for a catalog never published). */
  name: z.string(),
  published: VersionSummary.nullable(),
  draft: VersionSummary.nullable(),
});
export type CatalogSummary = z.infer<typeof CatalogSummary>;

export const IndustryNode = z.object({
  code: z.string(),
  name: z.string(),
  general: z.boolean().describe('其他行业：其通用目录不与行业目录同时使用'),
  catalogs: z.array(CatalogSummary),
});
export type IndustryNode = z.infer<typeof IndustryNode>;

export const MajorClause = z.object({
  code: z.string(),
  article: z.string(),
  text: z.string(),
  criteriaCode: z.string(),
  criteriaName: z.string(),
  issuedBy: z.string(),
});
export type MajorClause = z.infer<typeof MajorClause>;

export const CatalogItem = z.object({
  id: Id,
  no: z.string(),
  text: z.string(),
  basis: z.string(),
  major: MajorClause.nullable().describe('可判定为重大隐患时的判定依据条款'),
  guidance: z.string().nullable(),
});
export type CatalogItem = z.infer<typeof CatalogItem>;

export const CatalogCategory = z.object({
  id: Id,
  name: z.string(),
  children: z.array(z.object({ id: Id, name: z.string(), items: z.array(CatalogItem) })),
});
export type CatalogCategory = z.infer<typeof CatalogCategory>;

export const CatalogDetail = z.object({
  id: Id,
  code: z.string(),
  industryCode: z.string(),
  industryName: z.string(),
  version: VersionSummary.extend({ source: z.string() }),
  versions: z.array(VersionSummary),
  categories: z.array(CatalogCategory),
});
export type CatalogDetail = z.infer<typeof CatalogDetail>;

export const CatalogListQuery = z.object({
  industry: z
    .string()
    .regex(/^[a-z][a-z_]*$/, { error: '行业编码格式不正确' })
    .optional(),
  keyword: z.string().trim().max(100, { error: '关键字不能超过 100 个字符' }).optional(),
});
export type CatalogListQuery = z.infer<typeof CatalogListQuery>;

export const CatalogVersionQuery = z.object({
  version: z.coerce
    .number({ error: '版本号必须是数字' })
    .int({ error: '版本号必须是整数' })
    .min(1, { error: '版本号至少为 1' })
    .optional(),
});

export const ItemSearchQuery = z.object({
  keyword: z
    .string({ error: '请输入关键字' })
    .trim()
    .min(1, { error: '请输入关键字' })
    .max(50, { error: '关键字不能超过 50 个字符' }),
  industry: z
    .string()
    .regex(/^[a-z][a-z_]*$/, { error: '行业编码格式不正确' })
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ItemSearchQuery = z.infer<typeof ItemSearchQuery>;

/** An item of a published catalog matching the words, with where it sits. */
export const ItemSearchHit = z.object({
  catalogId: Id,
  catalogName: z.string(),
  industryCode: z.string(),
  version: z.number().int(),
  category: z.string(),
  subcategory: z.string(),
  item: CatalogItem,
});
export type ItemSearchHit = z.infer<typeof ItemSearchHit>;
