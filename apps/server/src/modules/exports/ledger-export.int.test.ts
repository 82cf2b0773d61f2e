import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness.ts';
import { ledgerRow, withoutDemoLedger } from '../../../test/ledger.ts';
import { columnNames, sheetAsCsv } from '../../../test/libreoffice.ts';
import { ledgerEntries } from '../../db/schema/index.ts';
import { LEDGER_COLUMNS, LEDGER_TITLE } from './ledger-sheet.ts';

const app = useTestApp();
const headers = LEDGER_COLUMNS.flatMap((g) => g.columns.map(([name]) => name));

/** Two listed entries in 西城 (one closed) and one in 海淀, as the workflow would leave them. */
async function seedLedger() {
  await withoutDemoLedger(app().database.db);
  const listed = (district: string, street: string, no: string, patch = {}) =>
    ledgerRow(district, street, {
      status: 'listed',
      ledgerNo: no,
      listedAt: new Date('2026-11-20T02:00:00Z'),
      hazardType: 'fire',
      hazardSubtype: 'old_community',
      measures: '清理楼道，设置集中充电点',
      deadline: '2026-12-31',
      nature: 'individual',
      ...patch,
    });
  await app()
    .database.db.insert(ledgerEntries)
    .values([
      listed('110102', '110102001', '110102001202611200001'),
      listed('110102', '110102001', '110102001202611200002', {
        status: 'closed',
        unitName: '西长安街某餐馆',
        level: 'major',
        reviewResult: 'passed',
        reviewAt: new Date('2026-11-21T02:00:00Z'),
        closedAt: new Date('2026-11-22T02:00:00Z'),
      }),
      listed('110108', '110108006', '110108006202611200001', { unitName: '紫竹院某仓库' }),
    ]);
}

async function download(user: string): Promise<Buffer> {
  const res = await (await app().signedIn(user)).get('/api/v1/exports/ledger.xlsx');
  expect(res.status).toBe(200);
  expect(res.headers.get('content-disposition')).toContain('filename*=UTF-8');
  return Buffer.from(await res.arrayBuffer());
}

describe('the 安全隐患台账表 export (attachment 2)', () => {
  beforeAll(seedLedger);

  it('has the title, the merged group headers, every column in order, and only the caller’s scope', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await download('gov-110102')) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getCell(1, 1).value).toBe(LEDGER_TITLE);
    expect(sheet.getCell(2, 3).value).toBe('隐患场所或单位情况');
    expect(sheet.getCell(3, 3).value).toBe('所属区');
    expect(sheet.getCell(2, 1).value).toBe('台账编号');
    expect(sheet.getCell(2, 3).isMerged && sheet.getCell(2, 17).isMerged).toBe(true);
    const rows = [4, 5].map((r) => (sheet.getRow(r).values as unknown[]).slice(1));
    expect(rows[0]).toEqual(
      expect.arrayContaining([
        '110102001202611200001',
        '2026-11-20',
        '西城区',
        '个人',
        '重点消防-老旧小区',
        '否',
      ]),
    );
    expect(rows[1]).toEqual(
      expect.arrayContaining(['110102001202611200002', '重大隐患', '复查合格', '2026-11-21', '是']),
    );
    expect(sheet.rowCount).toBe(5);

    const haidian = new ExcelJS.Workbook();
    await haidian.xlsx.load((await download('gov-110108006')) as unknown as ArrayBuffer);
    const numbers = haidian.worksheets[0]!.getColumn(1).values.filter(
      (v) => typeof v === 'string' && /^\d{21}$/.test(v),
    );
    expect(numbers).toEqual(['110108006202611200001']);
    expect((await (await app().signedIn('ent-a-admin')).get('/api/v1/exports/ledger.xlsx')).status).toBe(403);
  });

  it('opens in LibreOffice with every column of the attachment, in order, with the data', async () => {
    const lines = sheetAsCsv(await download('gov-city'));
    expect(lines[0]).toContain(LEDGER_TITLE);
    expect(columnNames(lines)).toEqual(headers);
    expect(lines.slice(3).join('\n')).toContain('110102001202611200002');
  }, 150_000);
});
