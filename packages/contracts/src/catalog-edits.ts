import { z } from 'zod';
import { CatalogItem } from './catalogs.ts';
import { Id } from './common.ts';

const itemText = (what: string, max: number) =>
  z
    .string({ error: `请填写${what}` })
    .trim()
    .min(1, { error: `请填写${what}` })
    .max(max, { error: `${what}不能超过 ${max} 个字符` });

/** One check item as an editor writes it; `major` is a clause code from the major-hazard criteria. */
export const ItemInput = z.object({
  categoryId: Id,
  no: z.string().regex(/^\d+(\.\d+){1,3}$/, { error: '编号应为 1.2.3 形式' }),
  text: itemText('检查项内容', 500),
  basis: itemText('依据', 300),
  major: z.string().trim().max(40).nullable().optional(),
  guidance: z.string().trim().max(1000).nullable().optional(),
});
export type ItemInput = z.infer<typeof ItemInput>;

export const DraftMetaInput = z.object({
  name: itemText('目录名称', 100).optional(),
  source: itemText('来源说明', 500).optional(),
});
export type DraftMetaInput = z.infer<typeof DraftMetaInput>;

export const CreateDraftBody = z.object({
  fromVersion: z.number().int().min(1).optional().describe('以哪个版本为底稿，默认为已发布版本'),
});

export const ItemChange = z.object({ before: CatalogItem, after: CatalogItem });

/** Items are matched by number: the same number in both versions is the same check. */
export const CatalogDiff = z.object({
  from: z.number().int(),
  to: z.number().int(),
  added: z.array(CatalogItem),
  removed: z.array(CatalogItem),
  changed: z.array(ItemChange),
});
export type CatalogDiff = z.infer<typeof CatalogDiff>;

export const DiffQuery = z.object({
  from: z.coerce.number({ error: '请指定起始版本' }).int().min(1, { error: '版本号至少为 1' }),
  to: z.coerce.number({ error: '请指定目标版本' }).int().min(1, { error: '版本号至少为 1' }),
});

/** A row-and-column problem in an imported spreadsheet, for the person who must fix the file. */
export const SheetProblem = z.object({
  row: z.number().int(),
  column: z.string(),
  message: z.string(),
});
export type SheetProblem = z.infer<typeof SheetProblem>;

/** The columns of the catalog spreadsheet, in order: export writes them, import requires them. */
export const catalogSheetColumns = [
  '编号',
  '一级分类',
  '二级分类',
  '检查项内容',
  '依据',
  '重大隐患判定条款',
  '检查方法',
] as const;
