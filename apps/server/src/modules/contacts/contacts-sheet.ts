import {
  type ContactPersonInput,
  contactRoleLabels,
  contactRoles,
  type OfficeContactEntry,
} from '@ancha/contracts';
import ExcelJS from 'exceljs';

/** Seed 003, attachment 4, as printed. */
export const CONTACTS_TITLE = '城市安全隐患治理三年行动工作联系表';
const HEADERS = ['姓  名', '部门及职务', '办公电话', '手机号码'];

const border = { style: 'thin' } as const;
const boxed = { top: border, left: border, bottom: border, right: border };
const centred = { horizontal: 'center', vertical: 'middle', wrapText: true } as const;
const personCells = (p: ContactPersonInput | undefined) =>
  p ? [p.name, p.position, p.officePhone, p.mobile] : ['', '', '', ''];

function box(row: ExcelJS.Row, columns: number) {
  for (let c = 1; c <= columns; c++) {
    const cell = row.getCell(c);
    cell.border = boxed;
    cell.alignment = centred;
  }
}

function titleRows(sheet: ExcelJS.Worksheet, columns: number, second: string) {
  sheet.getCell(1, 1).value = CONTACTS_TITLE;
  sheet.getCell(1, 1).style = { font: { bold: true, size: 16 }, alignment: { horizontal: 'center' } };
  sheet.mergeCells(1, 1, 1, columns);
  sheet.getCell(2, 1).value = second;
  sheet.getCell(2, 1).style = { font: { size: 12 }, alignment: { vertical: 'middle' } };
  sheet.mergeCells(2, 1, 2, columns);
  sheet.getRow(2).height = 24;
}

/**
 * One office's list in the attachment's own layout: title, 单位名称, the header 姓名 / 部门及职务 /
 * 办公电话 / 手机号码, then the 主管领导 rows and the 联系人员 rows, each group labelled once in
 * the first column. An office without a list gets the blank form (one empty row per group).
 */
export async function officeContactWorkbook(entry: OfficeContactEntry): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('工作联系表');
  sheet.columns = [12, 14, 28, 18, 16].map((width) => ({ width }));
  titleRows(sheet, 5, `单位名称：${entry.contact?.unitName ?? entry.officeName}`);
  const header = sheet.addRow(['', ...HEADERS]);
  box(header, 5);
  header.font = { bold: true };
  for (const role of contactRoles) {
    const people = entry.contact?.people.filter((p) => p.role === role) ?? [];
    const first = sheet.rowCount + 1;
    for (const p of people.length ? people : [undefined]) box(sheet.addRow(['', ...personCells(p)]), 5);
    sheet.getCell(first, 1).value = contactRoleLabels[role];
    if (sheet.rowCount > first) sheet.mergeCells(first, 1, sheet.rowCount, 1);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The lists of the offices below, in one table with a 单位名称 column so it can be sorted and
 * filtered; an office without a list shows 未填报.
 */
export async function contactsBelowWorkbook(offices: OfficeContactEntry[], caller: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('工作联系表汇总', { views: [{ state: 'frozen', ySplit: 3 }] });
  sheet.columns = [28, 12, 12, 28, 18, 16].map((width) => ({ width }));
  const missing = offices.filter((o) => !o.contact).length;
  titleRows(sheet, 6, `汇总单位：${caller}；下级单位 ${offices.length} 个，未填报 ${missing} 个`);
  const header = sheet.addRow(['单位名称', '类别', ...HEADERS]);
  box(header, 6);
  header.font = { bold: true };
  for (const o of offices) {
    const name = o.contact?.unitName ?? o.officeName;
    if (!o.contact) {
      const row = sheet.addRow([name, '未填报', '', '', '', '']);
      box(row, 6);
      row.getCell(2).font = { color: { argb: 'FFC00000' }, bold: true };
      continue;
    }
    for (const p of o.contact.people)
      box(sheet.addRow([name, contactRoleLabels[p.role], ...personCells(p)]), 6);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
