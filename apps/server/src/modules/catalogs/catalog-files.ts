import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

/**
 * The checklist content ships as YAML files reviewed like code (issue 3): one file per catalog,
 * the industry list, and the major-hazard criteria that items cite. This module reads and checks
 * them; the seed loads them into the database.
 */
export const CATALOG_DATA_DIR = new URL('../../db/seed/catalogs/', import.meta.url);

const text = (what: string) =>
  z
    .string({ error: `缺少${what}` })
    .trim()
    .min(1, { error: `${what}不能为空` });

export const IndustryFile = z.object({
  industries: z
    .array(
      z.object({
        code: z.string().regex(/^[a-z][a-z_]*$/),
        name: text('行业名称'),
        general: z.boolean().default(false),
      }),
    )
    .min(1),
});

export const MajorCriteriaFile = z.object({
  code: z.string().regex(/^[A-Z0-9][A-Z0-9-]*$/),
  name: text('判定标准名称'),
  issuedBy: text('发布文号'),
  effectiveFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  clauses: z
    .array(
      z.object({
        code: z.string().regex(/^[A-Z0-9][A-Z0-9.-]*$/),
        article: text('条款'),
        text: text('条款内容'),
      }),
    )
    .min(1),
});
export type MajorCriteriaFile = z.infer<typeof MajorCriteriaFile>;

const Item = z.object({
  no: z.string().regex(/^\d+(\.\d+){1,3}$/, { error: '编号应为 1.2.3 形式' }),
  text: text('检查项内容'),
  basis: text('依据'),
  /** A clause code from a major-hazard criteria file: the item can be a 重大隐患 by that clause. */
  major: z.string().optional(),
  guidance: z.string().trim().optional(),
});

export const CatalogFile = z.object({
  code: z.string().regex(/^[a-z][a-z0-9-]*$/),
  industry: z.string(),
  name: text('目录名称'),
  /** Where the catalog's items come from, in one or two sentences, for reviewers and users. */
  source: text('来源说明'),
  categories: z
    .array(
      z.object({
        name: text('一级分类'),
        children: z.array(z.object({ name: text('二级分类'), items: z.array(Item).min(1) })).min(1),
      }),
    )
    .min(1),
});
export type CatalogFile = z.infer<typeof CatalogFile>;

export interface CatalogData {
  industries: z.infer<typeof IndustryFile>['industries'];
  criteria: MajorCriteriaFile[];
  catalogs: (CatalogFile & { file: string })[];
}

function readYaml<T extends z.ZodType>(file: string, schema: T): z.infer<T> {
  const parsed = schema.safeParse(parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`${path.basename(file)}: ${issues}`);
  }
  return parsed.data;
}

function yamlFiles(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => path.join(dir, f));
}

export function loadCatalogData(root: URL | string = CATALOG_DATA_DIR): CatalogData {
  const dir = typeof root === 'string' ? root : root.pathname;
  return {
    industries: readYaml(path.join(dir, 'industries.yaml'), IndustryFile).industries,
    criteria: yamlFiles(path.join(dir, 'major')).map((f) => readYaml(f, MajorCriteriaFile)),
    catalogs: yamlFiles(path.join(dir, 'catalogs')).map((f) => ({
      ...readYaml(f, CatalogFile),
      file: path.basename(f),
    })),
  };
}
