import { type CatalogDetail, catalogSheetColumns, type SheetProblem } from '@ancha/contracts';
import ExcelJS from 'exceljs';

type Column = (typeof catalogSheetColumns)[number];
const required: Column[] = ['编号', '一级分类', '二级分类', '检查项内容', '依据'];
const SHEET = '隐患目录';

/** The catalog as a spreadsheet in the column order of `catalogSheetColumns`, ready to edit. */
export async function catalogToXlsx(detail: CatalogDetail): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.title = detail.version.name;
  workbook.subject = `第 ${detail.version.version} 版`;
  const sheet = workbook.addWorksheet(SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = catalogSheetColumns.map((header) => ({
    header,
    key: header,
    width: header === '检查项内容' ? 60 : header === '依据' ? 40 : header === '检查方法' ? 40 : 14,
  }));
  sheet.getRow(1).font = { bold: true };
  for (const top of detail.categories) {
    for (const sub of top.children) {
      for (const item of sub.items) {
        sheet.addRow([
          item.no,
          top.name,
          sub.name,
          item.text,
          item.basis,
          item.major?.code ?? '',
          item.guidance ?? '',
        ]);
      }
    }
  }
  sheet.getColumn('检查项内容').alignment = { wrapText: true, vertical: 'top' };
  sheet.getColumn('依据').alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export interface ParsedItem {
  row: number;
  no: string;
  category: string;
  subcategory: string;
  text: string;
  basis: string;
  major: string | null;
  guidance: string | null;
}

/**
 * Reads a catalog spreadsheet, reporting every problem with its row and column. The caller imports
 * nothing when there is any problem: an import is all or nothing.
 */
export async function parseCatalogXlsx(
  data: ArrayBuffer,
): Promise<{ items: ParsedItem[]; problems: SheetProblem[] }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data);
  } catch {
    return {
      items: [],
      problems: [{ row: 0, column: '文件', message: '无法读取文件：请上传 .xlsx 格式的 Excel 文件' }],
    };
  }
  const sheet = workbook.getWorksheet(SHEET) ?? workbook.worksheets[0];
  if (!sheet) return { items: [], problems: [{ row: 0, column: '文件', message: '文件中没有工作表' }] };

  const headerRow = sheet.getRow(1);
  const position = new Map<string, number>();
  headerRow.eachCell((cell, col) => position.set(cell.text.trim(), col));
  const missing = required.filter((c) => !position.has(c));
  if (missing.length) {
    return {
      items: [],
      problems: missing.map((column) => ({ row: 1, column, message: `缺少列「${column}」` })),
    };
  }

  const items: ParsedItem[] = [];
  const problems: SheetProblem[] = [];
  const seen = new Map<string, number>();
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cell = (c: Column) => (position.has(c) ? row.getCell(position.get(c)!).text.trim() : '');
    if (catalogSheetColumns.every((c) => cell(c) === '')) continue;
    for (const column of required) {
      if (!cell(column)) problems.push({ row: r, column, message: `第 ${r} 行缺少「${column}」` });
    }
    const no = cell('编号');
    if (no && !/^\d+(\.\d+){1,3}$/.test(no))
      problems.push({ row: r, column: '编号', message: `编号「${no}」应为 1.2.3 形式` });
    if (no && seen.has(no))
      problems.push({ row: r, column: '编号', message: `编号 ${no} 与第 ${seen.get(no)} 行重复` });
    if (no) seen.set(no, r);
    items.push({
      row: r,
      no,
      category: cell('一级分类'),
      subcategory: cell('二级分类'),
      text: cell('检查项内容'),
      basis: cell('依据'),
      major: cell('重大隐患判定条款') || null,
      guidance: cell('检查方法') || null,
    });
  }
  if (items.length === 0 && problems.length === 0) {
    problems.push({ row: 2, column: '检查项内容', message: '文件中没有检查项' });
  }
  return { items, problems };
}
