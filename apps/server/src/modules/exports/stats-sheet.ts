import type { CompletenessStats, LedgerStats, UsageStats } from '@ancha/contracts';
import ExcelJS from 'exceljs';

/**
 * The 统计分析 tables as sheets, in the style of the 台账表 export (ledger-sheet.ts): a merged
 * title, bold boxed headers, one row per group and the 合计 row last, rates as percentages.
 * A statistics table has one row per region or group, so it is built in memory, not streamed.
 */
export interface StatsColumn<R> {
  header: string;
  width: number;
  value: (r: R) => string | number | null;
  percent?: boolean;
}

export interface StatsTable<R> {
  title: string;
  /** A line under the title: the scope of the figures (year, month, definition). */
  note: string;
  columns: StatsColumn<R>[];
  rows: R[];
  total: R;
}

const border = { style: 'thin' } as const;
const boxed = { top: border, left: border, bottom: border, right: border };

export async function statsWorkbook<R>(t: StatsTable<R>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(t.title.slice(0, 31), { views: [{ state: 'frozen', ySplit: 3 }] });
  sheet.columns = t.columns.map((c) => ({ width: c.width }));
  const span = t.columns.length;

  sheet.getCell(1, 1).value = t.title;
  sheet.getCell(1, 1).style = { font: { bold: true, size: 16 }, alignment: { horizontal: 'center' } };
  sheet.mergeCells(1, 1, 1, span);
  sheet.getCell(2, 1).value = t.note;
  sheet.getCell(2, 1).style = { font: { color: { argb: 'FF595959' } }, alignment: { wrapText: true } };
  sheet.mergeCells(2, 1, 2, span);

  const header = sheet.getRow(3);
  t.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.style = {
      font: { bold: true },
      alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
      border: boxed,
    };
  });

  for (const [r, isTotal] of [...t.rows.map((r) => [r, false] as const), [t.total, true] as const]) {
    const row = sheet.addRow(t.columns.map((c) => c.value(r) ?? '—'));
    t.columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      cell.border = boxed;
      if (c.percent && typeof cell.value === 'number') cell.numFmt = '0.0%';
      if (isTotal) cell.font = { bold: true };
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const GROUP_HEADERS: Record<LedgerStats['groupBy'], string> = {
  district: '区',
  street: '街乡',
  industry: '行业',
  hazardType: '隐患类型',
  level: '隐患级别',
  month: '月份',
};

export function ledgerStatsTable(s: LedgerStats): StatsTable<LedgerStats['total']> {
  return {
    title: '安全隐患台账统计',
    note: `${s.year ? `${s.year} 年上账` : '全部年份'}；整改率 = 复查合格或已销账 ÷ 挂账数（有台账编号的隐患），年度目标 ${Math.round(s.target * 100)}%；逾期按 ${s.today} 计`,
    columns: [
      { header: GROUP_HEADERS[s.groupBy], width: 20, value: (r) => r.name },
      { header: '挂账数', width: 10, value: (r) => r.listed },
      { header: '整改中', width: 10, value: (r) => r.inRectification },
      { header: '已整改', width: 10, value: (r) => r.rectified },
      { header: '已销账', width: 10, value: (r) => r.closed },
      { header: '逾期', width: 10, value: (r) => r.overdue },
      { header: '重大隐患', width: 10, value: (r) => r.major },
      { header: '整改率', width: 10, value: (r) => r.rate, percent: true },
    ],
    rows: s.items,
    total: s.total,
  };
}

export function usageStatsTable(s: UsageStats): StatsTable<UsageStats['total']> {
  const [first, second] = s.halves;
  return {
    title: '企业使用率统计',
    note: `${s.year} 年 ${s.month} 月；使用率 = 该半月内上报过自查记录的企业 ÷ 企业数（北京时间）`,
    columns: [
      { header: s.groupBy === 'district' ? '区' : '街乡', width: 20, value: (r) => r.name },
      { header: '企业数', width: 10, value: (r) => r.enterprises },
      { header: `上半月（${first?.from}—${first?.to}）上报企业`, width: 18, value: (r) => r.firstHalf },
      { header: '上半月使用率', width: 12, value: (r) => r.firstHalfRate, percent: true },
      { header: `下半月（${second?.from}—${second?.to}）上报企业`, width: 18, value: (r) => r.secondHalf },
      { header: '下半月使用率', width: 12, value: (r) => r.secondHalfRate, percent: true },
      { header: '本月上报企业', width: 12, value: (r) => r.month },
      { header: '本月使用率', width: 12, value: (r) => r.monthRate, percent: true },
    ],
    rows: s.items,
    total: s.total,
  };
}

export function completenessTable(s: CompletenessStats): StatsTable<CompletenessStats['total']> {
  return {
    title: '企业信息完整率统计',
    note: `完整率 = 已填写的必填项 ÷（企业数 × ${s.requiredFields.length} 项必填项）`,
    columns: [
      { header: s.groupBy === 'district' ? '区' : '街乡', width: 20, value: (r) => r.name },
      { header: '企业数', width: 10, value: (r) => r.enterprises },
      { header: '信息完整企业', width: 14, value: (r) => r.complete },
      { header: '已填必填项', width: 12, value: (r) => r.filledFields },
      { header: '完整率', width: 10, value: (r) => r.rate, percent: true },
    ],
    rows: s.items,
    total: s.total,
  };
}
