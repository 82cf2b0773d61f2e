import ExcelJS from 'exceljs';
import { v7 } from 'uuid';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../../test/client.ts';
import { useTestApp } from '../../../test/harness.ts';
import { allAnswered, clearAnswer, officeSite, scheduledAnswer } from '../../../test/inspecting.ts';
import { columnNames, sheetAsCsv } from '../../../test/libreoffice.ts';
import { SUPERVISION_COLUMNS, SUPERVISION_TITLE } from './supervision-sheet.ts';

const app = useTestApp();
const headers = SUPERVISION_COLUMNS.flatMap((g) => g.columns.map(([name]) => name));

/** A submitted supervision inspection of enterprise A's 办公区域 by `user`; returns its view. */
async function inspect(user: string, withHazard: boolean, patch: Record<string, unknown>) {
  const c: TestClient = await app().signedIn(user);
  const x = await officeSite(c);
  const id = v7();
  const answers = withHazard ? allAnswered(x, scheduledAnswer('')) : x.items.map((i) => clearAnswer(i.id));
  const saved = await c.json('PUT', `/api/v1/supervision-inspections/${id}`, {
    siteId: x.site.id,
    catalogId: x.catalog.id,
    acknowledged: true,
    answers,
    checkUnit: '西城区应急管理局',
    checkPeople: 2,
    ...patch,
  });
  expect(saved.status).toBe(200);
  return (await c.json('POST', `/api/v1/supervision-inspections/${id}/submit`)).body;
}

let ledgerNo = '';

/** Two records in 西城: one with a listed hazard and a fine, one clean; and a draft. */
async function seed() {
  const fined = await inspect('gov-110102001', true, {
    checkType: 'routine',
    penaltyType: 'fine',
    fineFen: 1_500_000,
    findings: '消防通道堵塞',
  });
  expect(fined.hazardCount).toBe(1);
  const admin = await app().signedIn('ent-a-admin');
  const hazards = (await admin.json('GET', '/api/v1/hazards?limit=200')).body.items;
  const hazard = hazards.find((h: { inspectionId: string }) => h.inspectionId === fined.id);
  const city = await app().signedIn('gov-city');
  const entries = (await city.json('GET', '/api/v1/ledger?status=proposed&limit=200')).body.items;
  const entry = entries.find((e: { hazardId: string }) => e.hazardId === hazard.id) as { id: string };
  const listed = await (await app().signedIn('gov-110102')).json('POST', `/api/v1/ledger/${entry.id}/list`, {
    hazardType: 'fire',
    hazardSubtype: 'other',
  });
  ledgerNo = listed.body.ledgerNo;
  await inspect('gov-110102', false, { checkType: 'revisit', penaltyType: 'none' });
  const street = await app().signedIn('gov-110102001');
  const x = await officeSite(street);
  await street.json('PUT', `/api/v1/supervision-inspections/${v7()}`, {
    siteId: x.site.id,
    catalogId: x.catalog.id,
    answers: [],
  });
}

async function download(user: string, query = ''): Promise<Buffer> {
  const res = await (await app().signedIn(user)).get(`/api/v1/exports/supervision.xlsx${query}`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-disposition')).toContain('filename*=UTF-8');
  return Buffer.from(await res.arrayBuffer());
}

async function sheetOf(user: string, query = '') {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await download(user, query)) as unknown as ArrayBuffer);
  return book.worksheets[0]!;
}

describe('the 监督检查台账表 export (attachment 1)', () => {
  beforeAll(seed);

  it('has the title, the merged group headers, every column in order, and the records in scope', async () => {
    const sheet = await sheetOf('gov-110102');
    expect(sheet.getCell(1, 1).value).toBe(SUPERVISION_TITLE);
    expect(sheet.getCell(2, 1).value).toBe('序号');
    expect(sheet.getCell(2, 6).value).toBe('被检查场所或单位情况');
    expect(sheet.getCell(3, 6).value).toBe('隐患台账编号');
    expect(sheet.getCell(2, 11).value).toBe('处罚情况');
    expect(sheet.getCell(3, 12).value).toBe('罚款金额（万元）');
    expect(sheet.getCell(2, 13).value).toBe('备注');
    expect(sheet.getCell(2, 6).isMerged && sheet.getCell(2, 10).isMerged).toBe(true);
    // The two submitted records, not the draft.
    expect(sheet.rowCount).toBe(5);
    const [first, second] = [4, 5].map((r) => (sheet.getRow(r).values as unknown[]).slice(1));
    expect(first).toEqual(
      expect.arrayContaining([1, '西城区应急管理局', '日常检查', 2, ledgerNo, '西城区', '罚款', 1.5]),
    );
    expect(first![12]).toContain('消防通道堵塞');
    expect(second).toEqual(expect.arrayContaining([2, '回头看检查', '无']));
    expect(second![5]).toBe('无');

    const filtered = await sheetOf('gov-110102', '?penaltyType=fine');
    expect(filtered.rowCount).toBe(4);
    const haidian = await sheetOf('gov-110108006');
    expect(haidian.rowCount).toBe(3);
    expect((await (await app().signedIn('ent-a-admin')).get('/api/v1/exports/supervision.xlsx')).status).toBe(
      403,
    );
  });

  it('opens in LibreOffice with every column of the attachment, in order, with the data', async () => {
    const lines = sheetAsCsv(await download('gov-city'));
    expect(lines[0]).toContain(SUPERVISION_TITLE);
    expect(columnNames(lines)).toEqual(headers);
    expect(lines.slice(3).join('\n')).toContain(ledgerNo);
  }, 150_000);
});
