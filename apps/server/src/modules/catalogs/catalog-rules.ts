import type { CatalogData } from './catalog-files.ts';

export const MIN_ITEMS = 25;
export const MIN_GENERAL_ITEMS = 40;

/**
 * Every problem in the content, as sentences naming the file and item: numbers unique, a basis
 * for every item, every cited major-hazard clause present, every industry known and covered.
 */
export function catalogProblems(data: CatalogData): string[] {
  const problems: string[] = [];
  const industries = new Map(data.industries.map((i) => [i.code, i]));
  const clauses = new Set<string>();
  for (const criteria of data.criteria) {
    for (const clause of criteria.clauses) {
      if (clauses.has(clause.code)) problems.push(`重大隐患条款编码重复: ${clause.code}`);
      clauses.add(clause.code);
    }
  }

  const codes = new Set<string>();
  for (const catalog of data.catalogs) {
    const where = catalog.file;
    if (codes.has(catalog.code)) problems.push(`${where}: 目录编码重复 ${catalog.code}`);
    codes.add(catalog.code);
    const industry = industries.get(catalog.industry);
    if (!industry) problems.push(`${where}: 未知行业 ${catalog.industry}`);

    const numbers = new Set<string>();
    let count = 0;
    for (const category of catalog.categories) {
      for (const sub of category.children) {
        for (const item of sub.items) {
          count++;
          const at = `${where} 第 ${item.no} 项`;
          if (numbers.has(item.no)) problems.push(`${at}: 编号重复`);
          numbers.add(item.no);
          if (!item.basis.trim()) problems.push(`${at}: 缺少依据`);
          if (item.major && !clauses.has(item.major))
            problems.push(`${at}: 引用的重大隐患条款 ${item.major} 不存在`);
        }
      }
    }
    const min = industry?.general ? MIN_GENERAL_ITEMS : MIN_ITEMS;
    if (count < min) problems.push(`${where}: 只有 ${count} 项，至少应有 ${min} 项`);
  }

  for (const industry of data.industries) {
    if (!data.catalogs.some((c) => c.industry === industry.code))
      problems.push(`行业 ${industry.name} 没有目录`);
  }
  const generals = data.industries.filter((i) => i.general);
  if (generals.length !== 1)
    problems.push(`应有且只有一个通用目录行业（其他行业），现有 ${generals.length} 个`);
  return problems;
}
