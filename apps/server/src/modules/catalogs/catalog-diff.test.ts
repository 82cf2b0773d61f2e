import type { CatalogCategory, CatalogItem } from '@ancha/contracts';
import { describe, expect, it } from 'vitest';
import { diffVersions } from './catalog-diff.ts';

const item = (no: string, text: string, patch: Partial<CatalogItem> = {}): CatalogItem => ({
  id: `00000000-0000-7000-8000-00000000000${no.replaceAll('.', '')}`.slice(-36),
  no,
  text,
  basis: '《中华人民共和国安全生产法》第四十一条',
  major: null,
  guidance: null,
  ...patch,
});
const tree = (items: CatalogItem[], sub = '隐患排查治理类'): CatalogCategory[] => [
  { id: 'a', name: '基础管理', children: [{ id: 'b', name: sub, items }] },
];

describe('diff between catalog versions', () => {
  it('finds added, removed and changed items by their number', () => {
    const v1 = tree([
      item('1.1.1', '未建立隐患排查制度'),
      item('1.1.2', '未登记建档'),
      item('1.1.3', '未验收'),
    ]);
    const v2 = tree([
      item('1.1.1', '未建立隐患排查治理制度'),
      item('1.1.3', '未验收'),
      item('1.1.4', '未上报'),
    ]);
    const diff = diffVersions({ version: 1, categories: v1 }, { version: 2, categories: v2 });
    expect(diff.added.map((i) => i.no)).toEqual(['1.1.4']);
    expect(diff.removed.map((i) => i.no)).toEqual(['1.1.2']);
    expect(diff.changed).toHaveLength(1);
    expect(diff.changed[0]!.before.text).toBe('未建立隐患排查制度');
    expect(diff.changed[0]!.after.text).toBe('未建立隐患排查治理制度');
  });

  it('counts a new basis, a new major clause or a move to another category as a change', () => {
    const v1 = tree([item('1.1.1', '未验收')]);
    expect(
      diffVersions(
        { version: 1, categories: v1 },
        { version: 2, categories: tree([item('1.1.1', '未验收', { basis: '新依据' })]) },
      ).changed,
    ).toHaveLength(1);
    expect(
      diffVersions(
        { version: 1, categories: v1 },
        { version: 2, categories: tree([item('1.1.1', '未验收')], '教育培训类') },
      ).changed,
    ).toHaveLength(1);
    expect(diffVersions({ version: 1, categories: v1 }, { version: 2, categories: v1 })).toMatchObject({
      added: [],
      removed: [],
      changed: [],
    });
  });
});
