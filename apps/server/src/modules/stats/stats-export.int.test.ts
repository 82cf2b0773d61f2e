import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness.ts';
import { withoutDemoLedger } from '../../../test/ledger.ts';
import { enterpriseWorld, inspectionRow, ledgerWorld } from '../../../test/stats.ts';
import { ledgerEntries } from '../../db/schema/index.ts';

const app = useTestApp();

async function sheetOf(user: string, path: string) {
  const res = await (await app().signedIn(user)).get(`/api/v1/exports/${path}`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('spreadsheetml');
  expect(res.headers.get('content-disposition')).toContain("filename*=UTF-8''");
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await res.arrayBuffer());
  const sheet = book.worksheets[0]!;
  const rows = Array.from({ length: sheet.rowCount }, (_, i) =>
    (sheet.getRow(i + 1).values as unknown[]).slice(1),
  );
  return { sheet, rows };
}

describe('the statistics exports (G6: every table to Excel)', () => {
  beforeAll(async () => {
    app().clock.now = new Date('2026-11-23T04:00:00Z');
    await withoutDemoLedger(app().database.db);
    await app().database.db.insert(ledgerEntries).values(ledgerWorld());
    const ids = await enterpriseWorld(app());
    await inspectionRow(app(), ids.a, { reportedAt: new Date('2026-11-15T16:30:00Z') });
  });

  it('exports the ledger table as the page shows it, in the caller’s scope, with the 合计 row', async () => {
    const { sheet, rows } = await sheetOf('gov-110102', 'stats-ledger.xlsx?groupBy=street&year=2026');
    expect(rows[0]?.[0]).toBe('安全隐患台账统计');
    expect(String(rows[1]?.[0])).toContain('2026 年上账');
    expect(rows[2]).toEqual(['街乡', '挂账数', '整改中', '已整改', '已销账', '逾期', '重大隐患', '整改率']);
    expect(rows.slice(3)).toEqual([
      ['西长安街街道', 4, 2, 2, 1, 1, 2, 0.5],
      ['新街口街道', 1, 1, 0, 0, 1, 0, 0],
      ['合计', 5, 3, 2, 1, 2, 2, 0.4],
    ]);
    expect(sheet.getCell(4, 8).numFmt).toBe('0.0%');
  });

  it('exports usage per half-month and completeness', async () => {
    const usage = await sheetOf('gov-city', 'stats-usage.xlsx?year=2026&month=11');
    expect(usage.rows[2]?.[2]).toBe('上半月（2026-11-01—2026-11-15）上报企业');
    expect(usage.rows.at(-1)).toEqual(['合计', 4, 0, 0, 1, 0.25, 1, 0.25]);
    const completeness = await sheetOf('gov-city', 'stats-completeness.xlsx');
    expect(completeness.rows.at(-1)).toEqual(['合计', 4, 2, 17, 17 / 28]);
  });

  it('refuses enterprise users', async () => {
    const admin = await app().signedIn('ent-a-admin');
    for (const path of ['stats-ledger.xlsx', 'stats-usage.xlsx', 'stats-completeness.xlsx'])
      expect((await admin.get(`/api/v1/exports/${path}`)).status).toBe(403);
  });
});
