import type { Writable } from 'node:stream';
import {
  HAZARD_LEVEL_LABELS,
  HAZARD_SOURCE_LABELS,
  HAZARD_TYPE_TREE,
  type HazardType,
  ILLEGAL_BUILDING_LABELS,
  REVIEW_RESULT_LABELS,
  shanghaiDate,
  UNIT_NATURE_LABELS,
} from '@ancha/contracts';
import ExcelJS from 'exceljs';
import type { LedgerListRow } from '../ledger/ledger.repository.ts';

/**
 * 城市安全隐患治理三年行动安全隐患台账表 (seed 003, attachment 2), column for column: the title
 * row, the merged group headers, then one row per ledger entry. Written as a stream, so the size
 * of the ledger never decides the memory used.
 */
export const LEDGER_TITLE = '城市安全隐患治理三年行动安全隐患台账表';

type Entry = LedgerListRow['entry'];
/** One column of an official sheet: its header, its width, and how a row fills it. */
export type SheetColumn<R> = [header: string, width: number, value: (r: R) => string | number | null];
/** Columns under one merged group header, or one column standing alone (group null). */
export type ColumnGroup<R> = { group: string | null; columns: SheetColumn<R>[] };

const date = (d: Date | null) => (d ? shanghaiDate(d) : null);
const typeLabel = (e: Entry) => {
  const type = e.hazardType ? HAZARD_TYPE_TREE[e.hazardType as HazardType] : undefined;
  if (!type) return null;
  const sub = e.hazardSubtype ? (type.subtypes as Record<string, string>)[e.hazardSubtype] : undefined;
  return sub ? `${type.label}-${sub}` : type.label;
};
const remark = (e: Entry) =>
  [
    e.supervisionLevel && `挂牌督办（${e.supervisionLevel === 'city' ? '市级' : '区级'}）`,
    e.verificationResult && `核查${e.verificationResult === 'passed' ? '合格' : '不合格'}`,
  ]
    .filter(Boolean)
    .join('；') || null;

/** The attachment's columns in its order; groups name the merged header above their columns. */
export const LEDGER_COLUMNS: ColumnGroup<LedgerListRow>[] = [
  { group: null, columns: [['台账编号', 22, (r) => r.entry.ledgerNo]] },
  { group: null, columns: [['上账时间', 12, (r) => date(r.entry.listedAt)]] },
  {
    group: '隐患场所或单位情况',
    columns: [
      ['所属区', 10, (r) => r.districtName],
      ['所属街乡', 14, (r) => r.streetName],
      ['单位名称', 28, (r) => r.entry.unitName],
      ['地址', 28, (r) => r.entry.address],
      ['负责人', 10, (r) => r.entry.principalName],
      ['联系电话', 14, (r) => r.entry.principalPhone],
      [
        '单位性质',
        16,
        (r) =>
          r.entry.nature ? UNIT_NATURE_LABELS[r.entry.nature as keyof typeof UNIT_NATURE_LABELS] : null,
      ],
      ['经营人员和使用人员数', 10, (r) => r.entry.staffCount],
      ['上级集团公司名称', 20, (r) => r.entry.parentGroup],
      ['所属区行业部门', 16, (r) => r.entry.districtDepartment],
      ['所属市行业部门', 16, (r) => r.entry.cityDepartment],
      ['隐患来源', 8, (r) => HAZARD_SOURCE_LABELS[r.entry.source]],
      ['隐患描述', 36, (r) => r.entry.description],
      ['隐患类型', 20, (r) => typeLabel(r.entry)],
      ['隐患级别', 10, (r) => HAZARD_LEVEL_LABELS[r.entry.level]],
    ],
  },
  {
    group: '违建情况',
    columns: [
      ['违建性质', 14, (r) => ILLEGAL_BUILDING_LABELS[r.entry.illegalBuilding]],
      ['违建面积', 10, (r) => r.entry.illegalAreaM2],
      ['拆除面积', 10, (r) => r.entry.demolishedAreaM2],
    ],
  },
  {
    group: '隐患整改情况',
    columns: [
      ['整改措施', 32, (r) => r.entry.measures],
      ['整改时限', 12, (r) => r.entry.deadline],
    ],
  },
  {
    group: '隐患复查情况',
    columns: [
      ['复查时间', 12, (r) => date(r.entry.reviewAt)],
      ['复查结果', 12, (r) => REVIEW_RESULT_LABELS[r.entry.reviewResult]],
    ],
  },
  { group: null, columns: [['隐患销账情况', 10, (r) => (r.entry.status === 'closed' ? '是' : '否')]] },
  { group: null, columns: [['备注', 20, (r) => remark(r.entry)]] },
];

const border = { style: 'thin' } as const;
const boxed = { top: border, left: border, bottom: border, right: border };

/** Writes the sheet: headers first, then each page `pages` yields, committed row by row. */
export function writeLedgerSheet(out: Writable, pages: AsyncIterable<LedgerListRow[]>): Promise<number> {
  return writeOfficialSheet(
    out,
    { title: LEDGER_TITLE, sheetName: '安全隐患台账', groups: LEDGER_COLUMNS },
    pages,
  );
}

/**
 * The attachments' common layout: the title merged over row 1, group headers merged over their
 * columns in row 2 (a lone column spans rows 2–3), column names in row 3, then the data.
 */
export async function writeOfficialSheet<R>(
  out: Writable,
  layout: { title: string; sheetName: string; groups: ColumnGroup<R>[] },
  pages: AsyncIterable<R[]>,
): Promise<number> {
  const flat = layout.groups.flatMap((g) => g.columns);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(layout.sheetName, { views: [{ state: 'frozen', ySplit: 3 }] });
  sheet.columns = flat.map(([, width]) => ({ width }));
  const header = {
    font: { bold: true },
    alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
  } as const;

  const title = sheet.getRow(1);
  title.getCell(1).value = layout.title;
  title.getCell(1).style = { font: { bold: true, size: 16 }, alignment: { horizontal: 'center' } };
  sheet.mergeCells(1, 1, 1, flat.length);
  title.commit();

  const groups = sheet.getRow(2);
  const names = sheet.getRow(3);
  let col = 1;
  for (const g of layout.groups) {
    const from = col;
    for (const [name] of g.columns) {
      const cell = g.group ? names.getCell(col) : groups.getCell(col);
      cell.value = name;
      col++;
    }
    if (g.group) {
      groups.getCell(from).value = g.group;
      sheet.mergeCells(2, from, 2, col - 1);
    } else sheet.mergeCells(2, from, 3, from);
  }
  for (let c = 1; c <= flat.length; c++) {
    groups.getCell(c).style = { ...header, border: boxed };
    names.getCell(c).style = { ...header, border: boxed };
  }
  groups.commit();
  names.commit();

  let count = 0;
  for await (const page of pages) {
    for (const r of page) {
      const row = sheet.addRow(flat.map(([, , value]) => value(r) ?? ''));
      row.eachCell({ includeEmpty: true }, (cell) => {
        cell.border = boxed;
        cell.alignment = { vertical: 'top', wrapText: true };
      });
      row.commit();
      count++;
    }
  }
  sheet.commit();
  await workbook.commit();
  return count;
}
