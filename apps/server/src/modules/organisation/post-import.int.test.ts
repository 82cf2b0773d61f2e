import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../../test/client.ts';
import { useTestApp } from '../../../test/harness.ts';
import { queryRows } from '../../db/client.ts';
import { enterpriseIdOf, importSheet, postSheet, publishStandard } from './org-test-data.ts';

const app = useTestApp();
let admin: TestClient;

const checklist = async () =>
  (
    await queryRows<{ post: string; no: string }>(
      app().database.db,
      sql`select p.name as post, i.item_no as no from post_checklist_items i join posts p on p.id = i.post_id
          order by p.name, i.item_no`,
    )
  ).map((r) => `${r.post} ${r.no}`);

beforeAll(async () => {
  admin = await app().signedIn('ent-a-admin');
  const dept = (await admin.json('POST', '/api/v1/departments', { name: '生产部' })).body.id;
  await admin.json('POST', '/api/v1/departments', { name: '行政部' });
  await admin.json('POST', '/api/v1/posts', { departmentId: dept, name: '电工岗', frequency: 'monthly' });
  await admin.json('POST', '/api/v1/posts', { departmentId: dept, name: '焊工岗', frequency: 'monthly' });
});

describe('导入岗位清单 (E9)', () => {
  it('refuses a file before the enterprise standard is published, importing nothing', async () => {
    const file = await postSheet([
      ['生产部', '电工岗', '', '1.1.1'],
      ['安环部', '电工岗', '', '1.1.1'],
    ]);
    const res = await importSheet(app(), admin, file);
    expect(res.status).toBe(422);
    // The departments are still checked, so one answer names everything to fix.
    expect(res.body.error.fields.map((f: { message: string }) => f.message)).toEqual([
      '本单位尚未发布企业标准，请先制定并发布企业标准再导入岗位清单',
      "第 3 行：公司不存在'安环部'部门",
    ]);
    expect(await checklist()).toEqual([]);
  });

  it('offers a template with the header row and an example', async () => {
    const res = await admin.get('/api/v1/posts/import-template.xlsx');
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const sheet = wb.worksheets[0]!;
    expect([1, 2, 3, 4].map((c) => sheet.getRow(1).getCell(c).text)).toEqual([
      '部门',
      '岗位',
      '上报频次',
      '检查项编号',
    ]);
    expect(sheet.getRow(2).getCell(3).text).toBe('每周');
    expect(
      (await (await app().signedIn('gov-110102001')).get('/api/v1/posts/import-template.xlsx')).status,
    ).toBe(403);
  });

  it('imports nothing from a file with any bad row, naming each row the way the seed does', async () => {
    await publishStandard(app(), await enterpriseIdOf(app(), 'ent-a-admin'), 5);
    const file = await postSheet([
      ['生产部', '电工岗', '每周', '1.1.1、1.1.2'],
      ['安环部', '电工岗', '', '1.1.3'],
      ['生产部', '焊工岗', '每年', '1.1.9'],
      ['行政部', '焊工岗', '', '1.1.1'],
      ['生产部', '司机岗', '', '1.1.1'],
      ['生产部', '', '', ''],
    ]);
    const res = await importSheet(app(), admin, file);
    expect(res.status).toBe(422);
    expect(res.body.error.message).toBe('文件有 7 处问题，未导入任何内容');
    expect(res.body.error.fields).toEqual([
      { path: '第 3 行 · 部门', message: "第 3 行：公司不存在'安环部'部门" },
      { path: '第 4 行 · 上报频次', message: "第 4 行：上报频次'每年'应为每日、每周、每月或每季度" },
      { path: '第 4 行 · 检查项编号', message: "第 4 行：企业标准中没有编号为'1.1.9'的检查项" },
      { path: '第 5 行 · 岗位', message: "第 5 行：'行政部'部门下没有'焊工岗'岗位" },
      { path: '第 6 行 · 岗位', message: "第 6 行：公司不存在'司机岗'岗位" },
      { path: '第 7 行 · 岗位', message: '第 7 行缺少「岗位」' },
      { path: '第 7 行 · 检查项编号', message: '第 7 行缺少「检查项编号」' },
    ]);
    expect(await checklist()).toEqual([]);
    const posts = (await admin.json('GET', '/api/v1/posts')).body.items;
    expect(posts.map((p: { frequency: string }) => p.frequency)).toEqual(['monthly', 'monthly']);

    const broken = await importSheet(app(), admin, Buffer.from('not a spreadsheet'));
    expect(broken.status).toBe(422);
    expect(broken.body.error.fields[0].message).toContain('.xlsx');
  });

  it('replaces the checklists of the posts a good file names, and sets their 上报频次, audited', async () => {
    const first = await importSheet(
      app(),
      admin,
      await postSheet([
        ['生产部', '电工岗', '每周', '1.1.1、1.1.2'],
        ['生产部', '电工岗', '', '1.1.3'],
        ['生产部', '焊工岗', '', '1.1.4'],
      ]),
    );
    expect(first).toMatchObject({ status: 200, body: { posts: 2, items: 4 } });
    expect(await checklist()).toEqual(['焊工岗 1.1.4', '电工岗 1.1.1', '电工岗 1.1.2', '电工岗 1.1.3']);

    const second = await importSheet(app(), admin, await postSheet([['生产部', '电工岗', '', '1.1.5']]));
    expect(second.body).toEqual({ posts: 1, items: 1 });
    expect(await checklist()).toEqual(['焊工岗 1.1.4', '电工岗 1.1.5']);
    const posts = (await admin.json('GET', '/api/v1/posts')).body.items;
    expect(
      posts.map((p: { name: string; frequency: string; itemCount: number }) => [
        p.name,
        p.frequency,
        p.itemCount,
      ]),
    ).toEqual([
      ['焊工岗', 'monthly', 1],
      ['电工岗', 'weekly', 1],
    ]);
    const audited = await queryRows<{ n: number }>(
      app().database.db,
      sql`select count(*)::int as n from audit_log where action = 'post.checklist_imported'`,
    );
    expect(audited[0]!.n).toBe(3);
    // Another enterprise has no such departments: the same file is refused there.
    const other = await importSheet(
      app(),
      await app().signedIn('ent-b-admin'),
      await postSheet([['生产部', '电工岗', '', '1.1.1']]),
    );
    expect(other.status).toBe(422);
  });
});
