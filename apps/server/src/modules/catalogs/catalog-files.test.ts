import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG_DATA_DIR, type CatalogData, loadCatalogData } from './catalog-files.ts';
import { catalogProblems, MIN_GENERAL_ITEMS, MIN_ITEMS } from './catalog-rules.ts';

const data = loadCatalogData();

describe('the shipped checklist content', () => {
  it('has no problems: unique numbers, a basis for every item, existing major clauses', () => {
    expect(catalogProblems(data)).toEqual([]);
  });

  it('covers every industry of the seed with enough items', () => {
    for (const industry of data.industries) {
      const catalogs = data.catalogs.filter((c) => c.industry === industry.code);
      expect(catalogs.length, industry.name).toBeGreaterThan(0);
      for (const c of catalogs) {
        const items = c.categories.flatMap((cat) => cat.children.flatMap((s) => s.items));
        expect(items.length, c.name).toBeGreaterThanOrEqual(industry.general ? MIN_GENERAL_ITEMS : MIN_ITEMS);
      }
    }
  });
});

describe('the content checks', () => {
  const clone = (): CatalogData => structuredClone(data);
  const firstItem = (d: CatalogData) => d.catalogs[0]!.categories[0]!.children[0]!.items[0]!;

  it('report an item citing a major-hazard clause that does not exist', () => {
    const d = clone();
    firstItem(d).major = 'NO-SUCH-CLAUSE';
    expect(catalogProblems(d)).toContainEqual(expect.stringContaining('NO-SUCH-CLAUSE 不存在'));
  });

  it('report duplicate numbers and a catalog that is too short', () => {
    const d = clone();
    const sub = d.catalogs[0]!.categories[0]!.children[0]!;
    sub.items.push({ ...sub.items[0]! });
    expect(catalogProblems(d)).toContainEqual(expect.stringContaining('编号重复'));
    const short = clone();
    short.catalogs[0]!.categories = [
      { name: '基础管理', children: [{ name: '责任制类', items: [firstItem(short)] }] },
    ];
    expect(catalogProblems(short)).toContainEqual(expect.stringMatching(/只有 1 项/));
  });

  it('refuse a file whose item has no basis, naming the file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ancha-catalogs-'));
    fs.cpSync(CATALOG_DATA_DIR.pathname, dir, { recursive: true });
    const file = path.join(dir, 'catalogs', data.catalogs[0]!.file);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^(\s+)basis: .*$/m, '$1basis: ""'));
    expect(() => loadCatalogData(dir)).toThrow(new RegExp(`${data.catalogs[0]!.file}.*依据不能为空`));
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
