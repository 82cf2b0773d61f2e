import { type InfoReportOverview, infoReportKindLabels } from '@ancha/contracts';
import ExcelJS from 'exceljs';

const border = { style: 'thin' } as const;
const boxed = { top: border, left: border, bottom: border, right: border };

const at = (iso: string) =>
  new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(new Date(iso));

/**
 * 下级报送情况 as a sheet, the table the office above sees: one row per office below, 未报送
 * first, its reports' titles with kind and time in one cell (an office may send several).
 */
export async function overviewWorkbook(o: InfoReportOverview): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('信息报送情况', { views: [{ state: 'frozen', ySplit: 3 }] });
  const headers: [string, number][] = [
    ['序号', 6],
    ['单位名称', 28],
    ['报送情况', 10],
    ['篇数', 6],
    ['报送内容', 70],
  ];
  sheet.columns = headers.map(([, width]) => ({ width }));

  sheet.getCell(1, 1).value = `信息报送情况（${o.periodLabel}）`;
  sheet.getCell(1, 1).style = { font: { bold: true, size: 16 }, alignment: { horizontal: 'center' } };
  sheet.mergeCells(1, 1, 1, headers.length);
  const required = o.kinds.map((k) => infoReportKindLabels[k]).join('或');
  sheet.getCell(2, 1).value =
    `应报：${required}；已报送 ${o.submittedCount} 个单位，未报送 ${o.missingCount} 个单位`;
  sheet.mergeCells(2, 1, 2, headers.length);

  const header = sheet.getRow(3);
  headers.forEach(([title], i) => {
    const cell = header.getCell(i + 1);
    cell.value = title;
    cell.style = {
      font: { bold: true },
      alignment: { horizontal: 'center', vertical: 'middle' },
      border: boxed,
    };
  });

  o.offices.forEach((office, i) => {
    const row = sheet.addRow([
      i + 1,
      office.officeName,
      office.submitted ? '已报送' : '未报送',
      office.reports.length,
      office.reports
        .map((r) => `【${infoReportKindLabels[r.kind]}】${r.title}（${at(r.submittedAt)}）`)
        .join('\n'),
    ]);
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.border = boxed;
      cell.alignment = { vertical: 'top', wrapText: true };
    });
    if (!office.submitted) row.getCell(3).font = { color: { argb: 'FFC00000' }, bold: true };
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
