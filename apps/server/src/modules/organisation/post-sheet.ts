import {
  type PostFrequency,
  postFrequencyLabels,
  postSheetColumns,
  type SheetProblem,
} from '@ancha/contracts';
import ExcelJS from 'exceljs';

// The 岗位清单 spreadsheet: one row per post and item (or several items, separated by 、 or
// commas), naming the department and post as they are set up in 部门管理 and 岗位管理.

type Column = (typeof postSheetColumns)[number];
const required: Column[] = ['部门', '岗位', '检查项编号'];
const SHEET = '岗位清单';
const frequencyByLabel = new Map(
  Object.entries(postFrequencyLabels).map(([k, label]) => [label, k as PostFrequency]),
);

export interface SheetRow {
  row: number;
  department: string;
  post: string;
  frequency: PostFrequency | null;
  itemNos: string[];
}

/** The template: the header row and one example row, which the user overwrites. */
export async function postSheetTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = postSheetColumns.map((header) => ({
    header,
    key: header,
    width: header === '检查项编号' ? 40 : 18,
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow(['安全生产部', '电工岗', '每周', '1.1.1、1.1.2']);
  sheet.getCell('F1').value = '说明';
  sheet.getCell('F2').value =
    '部门、岗位须已在部门管理、岗位管理中建立；上报频次可不填（每日/每周/每月/每季度）；检查项编号为本单位企业标准中的编号，多个编号用“、”分隔。';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Reads every row, reporting each problem of form with its row; the caller imports nothing if any. */
export async function parsePostSheet(
  data: ArrayBuffer,
): Promise<{ rows: SheetRow[]; problems: SheetProblem[] }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data);
  } catch {
    return {
      rows: [],
      problems: [{ row: 0, column: '文件', message: '无法读取文件：请上传 .xlsx 格式的 Excel 文件' }],
    };
  }
  const sheet = workbook.getWorksheet(SHEET) ?? workbook.worksheets[0];
  if (!sheet) return { rows: [], problems: [{ row: 0, column: '文件', message: '文件中没有工作表' }] };
  const position = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, col) => position.set(cell.text.trim(), col));
  const missing = required.filter((c) => !position.has(c));
  if (missing.length)
    return {
      rows: [],
      problems: missing.map((column) => ({ row: 1, column, message: `缺少列「${column}」` })),
    };

  const rows: SheetRow[] = [];
  const problems: SheetProblem[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cell = (c: Column) => (position.has(c) ? row.getCell(position.get(c)!).text.trim() : '');
    if (postSheetColumns.every((c) => cell(c) === '')) continue;
    for (const column of required)
      if (!cell(column)) problems.push({ row: r, column, message: `第 ${r} 行缺少「${column}」` });
    const label = cell('上报频次');
    const frequency = label ? (frequencyByLabel.get(label) ?? null) : null;
    if (label && !frequency)
      problems.push({
        row: r,
        column: '上报频次',
        message: `第 ${r} 行：上报频次'${label}'应为每日、每周、每月或每季度`,
      });
    rows.push({
      row: r,
      department: cell('部门'),
      post: cell('岗位'),
      frequency,
      itemNos: cell('检查项编号')
        .split(/[、,，;；\s]+/)
        .filter(Boolean),
    });
  }
  if (rows.length === 0 && problems.length === 0)
    problems.push({ row: 2, column: '岗位', message: '文件中没有岗位清单' });
  return { rows, problems };
}
