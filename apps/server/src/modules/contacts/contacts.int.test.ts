import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { TestClient } from '../../../test/client.ts';
import { useTestApp } from '../../../test/harness.ts';
import { queryRows } from '../../db/client.ts';

const app = useTestApp();

const leader = {
  role: 'leader',
  name: '张伟',
  position: '办事处副主任',
  officePhone: '010-66001234',
  mobile: '13911112222',
};
const contact = {
  role: 'contact',
  name: '李娜',
  position: '安全科科员',
  officePhone: '66005678',
  mobile: '13811113333',
};
const list = (patch: Record<string, unknown> = {}) => ({
  unitName: '西长安街街道办事处',
  people: [leader, contact, { ...contact, name: '王磊', mobile: '15011114444' }],
  ...patch,
});

async function workbook(client: TestClient, path: string) {
  const res = await client.get(path);
  expect(res.status, path).toBe(200);
  expect(res.headers.get('content-type')).toContain('spreadsheetml');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await res.arrayBuffer()) as ArrayBuffer);
  return book.worksheets[0]!;
}
const rowText = (sheet: ExcelJS.Worksheet, n: number, columns: number) =>
  Array.from({ length: columns }, (_, i) => sheet.getCell(n, i + 1).text);

describe('工作联系表 (seed 003, attachment 4)', () => {
  it('checks every person’s phones and both groups, in Chinese, naming the field', async () => {
    const street = await app().signedIn('gov-110102001');
    const res = await street.json(
      'PUT',
      '/api/v1/office-contacts/mine',
      list({ people: [{ ...leader, officePhone: '12345', mobile: '1391111222' }] }),
    );
    expect(res.status).toBe(422);
    expect(res.body.error.fields).toEqual(
      expect.arrayContaining([
        { path: 'people.0.officePhone', message: '办公电话应为固定电话，如 010-66001234 或 66001234' },
        { path: 'people.0.mobile', message: '手机号码应为 11 位手机号' },
      ]),
    );
    const noContact = await street.json('PUT', '/api/v1/office-contacts/mine', list({ people: [leader] }));
    expect(noContact.body.error.fields).toEqual([{ path: 'people', message: '请至少填写一名联系人员' }]);
    const noName = await street.json('PUT', '/api/v1/office-contacts/mine', list({ unitName: '' }));
    expect(noName.body.error.fields).toEqual([{ path: 'unitName', message: '请填写单位名称' }]);
    expect((await street.json('GET', '/api/v1/office-contacts/mine')).body.contact).toBeNull();
  });

  it('keeps a street’s list, shows it to its district only, and exports the attachment’s layout', async () => {
    const street = await app().signedIn('gov-110102001');
    const blank = await workbook(street, '/api/v1/office-contacts/mine.xlsx');
    expect(rowText(blank, 2, 1)).toEqual(['单位名称：西长安街街道办事处']);
    expect(rowText(blank, 4, 2)).toEqual(['主管领导', '']);

    const saved = await street.json('PUT', '/api/v1/office-contacts/mine', list());
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ officeKey: 'gov_street:110102001', unitName: '西长安街街道办事处' });
    const again = await street.json(
      'PUT',
      '/api/v1/office-contacts/mine',
      list({ unitName: '西长安街街道' }),
    );
    expect(again.body.people).toHaveLength(3);
    expect((await street.json('GET', '/api/v1/office-contacts/mine')).body.contact.unitName).toBe(
      '西长安街街道',
    );
    const trail = await queryRows<{ action: string }>(
      app().database.db,
      sql`select action from audit_log where entity_type = 'office_contact' and entity_id = 'gov_street:110102001' order by seq`,
    );
    expect(trail.map((t) => t.action)).toEqual(['office_contact.created', 'office_contact.replaced']);

    const sheet = await workbook(street, '/api/v1/office-contacts/mine.xlsx');
    expect(sheet.getCell('A1').text).toBe('城市安全隐患治理三年行动工作联系表');
    expect(rowText(sheet, 2, 1)).toEqual(['单位名称：西长安街街道']);
    expect(rowText(sheet, 3, 5)).toEqual(['', '姓  名', '部门及职务', '办公电话', '手机号码']);
    expect(rowText(sheet, 4, 5)).toEqual(['主管领导', '张伟', '办事处副主任', '010-66001234', '13911112222']);
    expect(rowText(sheet, 5, 5)).toEqual(['联系人员', '李娜', '安全科科员', '66005678', '13811113333']);
    // The second contact shares the merged 联系人员 label.
    expect(rowText(sheet, 6, 5)).toEqual(['联系人员', '王磊', '安全科科员', '66005678', '15011114444']);
    expect(sheet.getCell('A6').isMerged).toBe(true);

    const district = await app().signedIn('gov-110102');
    const below = (await district.json('GET', '/api/v1/office-contacts/below')).body.offices;
    expect(below).toMatchObject([
      {
        officeKey: 'gov_street:110102001',
        officeName: '西长安街街道办事处',
        contact: { unitName: '西长安街街道' },
      },
    ]);
    const summary = await workbook(district, '/api/v1/office-contacts/below.xlsx');
    expect(summary.getCell('A1').text).toBe('城市安全隐患治理三年行动工作联系表');
    expect(rowText(summary, 3, 6)).toEqual([
      '单位名称',
      '类别',
      '姓  名',
      '部门及职务',
      '办公电话',
      '手机号码',
    ]);
    expect(rowText(summary, 4, 3)).toEqual(['西长安街街道', '主管领导', '张伟']);
    expect(summary.rowCount).toBe(6);

    // 海淀's district sees its own street, which has no list yet, and nothing of 西城.
    const haidian = await app().signedIn('gov-110108');
    const foreign = (await haidian.json('GET', '/api/v1/office-contacts/below')).body.offices;
    expect(foreign).toEqual([
      { officeKey: 'gov_street:110108006', officeName: '紫竹院街道办事处', contact: null },
    ]);
    const foreignSheet = await workbook(haidian, '/api/v1/office-contacts/below.xlsx');
    expect(rowText(foreignSheet, 4, 2)).toEqual(['紫竹院街道办事处', '未填报']);
  });

  it('refuses enterprise users and the platform admin by role', async () => {
    for (const user of ['ent-a-admin', 'admin']) {
      const client = await app().signedIn(user);
      expect((await client.json('GET', '/api/v1/office-contacts/mine')).status, user).toBe(403);
      expect((await client.json('PUT', '/api/v1/office-contacts/mine', list())).status, user).toBe(403);
      expect((await client.json('GET', '/api/v1/office-contacts/below')).status, user).toBe(403);
      expect((await client.get('/api/v1/office-contacts/below.xlsx')).status, user).toBe(403);
    }
  });
});
