import type { CatalogDetail, CatalogSummary } from '@ancha/contracts';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { TestClient } from '../../../test/client.ts';
import { useTestApp } from '../../../test/harness.ts';

const app = useTestApp();
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function catalogId(code: string): Promise<string> {
  const res = await (await app().signedIn('admin')).json('GET', '/api/v1/catalogs');
  return res.body.items.find((c: CatalogSummary) => c.code === code).id;
}

async function upload(client: TestClient, id: string, file: Buffer | Uint8Array) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(file)], { type: XLSX }), 'catalog.xlsx');
  const csrf = client.cookies.get('ancha_csrf')!;
  const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const res = await app().app.request(`/api/v1/catalogs/${id}/import`, {
    method: 'POST',
    body: form,
    headers: { cookie, 'x-csrf-token': csrf, 'x-forwarded-for': client.ip },
  });
  // biome-ignore lint/suspicious/noExplicitAny: assertions say what must be in the answer
  return { status: res.status, body: (await res.json()) as any };
}

/** Comparable content: every item with its place, without ids (a draft gets new ones). */
const content = (d: CatalogDetail) =>
  d.categories.flatMap((c) =>
    c.children.flatMap((s) =>
      s.items.map((i) => [c.name, s.name, i.no, i.text, i.basis, i.major?.code ?? null, i.guidance]),
    ),
  );

async function edited(xlsx: ArrayBuffer, change: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx);
  change(wb.worksheets[0]!);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('catalogs in Excel', () => {
  it('round-trips: an exported catalog imported as a draft has the same items', async () => {
    const id = await catalogId('fire-safety-public');
    const admin = await app().signedIn('admin');
    const res = await admin.get(`/api/v1/catalogs/${id}/export.xlsx`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(XLSX);
    expect(res.headers.get('content-disposition')).toContain("filename*=UTF-8''");
    const published: CatalogDetail = (await admin.json('GET', `/api/v1/catalogs/${id}`)).body;

    const imported = await upload(admin, id, Buffer.from(await res.arrayBuffer()));
    expect(imported.status).toBe(201);
    expect(imported.body.version.status).toBe('draft');
    expect(content(imported.body)).toEqual(content(published));
    expect(content(published).some((row) => row[5] !== null)).toBe(true);
  });

  it('refuses a file with a missing column or an empty item text, naming row and column, and creates nothing', async () => {
    const id = await catalogId('heating');
    const admin = await app().signedIn('admin');
    const xlsx = await (await admin.get(`/api/v1/catalogs/${id}/export.xlsx`)).arrayBuffer();

    const noBasis = await edited(xlsx, (sheet) => sheet.spliceColumns(5, 1));
    const missing = await upload(admin, id, noBasis);
    expect(missing.status).toBe(422);
    expect(missing.body.error.fields).toEqual([{ path: '第 1 行 · 依据', message: '缺少列「依据」' }]);

    const emptyText = await edited(xlsx, (sheet) => {
      sheet.getCell('D3').value = '';
      sheet.getCell('F4').value = 'NO-SUCH-CLAUSE';
    });
    const bad = await upload(admin, id, emptyText);
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields).toEqual([
      { path: '第 3 行 · 检查项内容', message: '第 3 行缺少「检查项内容」' },
      { path: '第 4 行 · 重大隐患判定条款', message: '第 4 行：条款 NO-SUCH-CLAUSE 不存在' },
    ]);

    const garbage = await upload(admin, id, Buffer.from('not a spreadsheet'));
    expect(garbage.status).toBe(422);

    const detail: CatalogDetail = (await admin.json('GET', `/api/v1/catalogs/${id}`)).body;
    expect(detail.versions.map((v) => v.status)).toEqual(['published']);
  });

  it('refuses imports to those who may not edit the catalog', async () => {
    const id = await catalogId('heating');
    const xlsx = await (
      await (await app().signedIn('admin')).get(`/api/v1/catalogs/${id}/export.xlsx`)
    ).arrayBuffer();
    const res = await upload(await app().signedIn('gov-ind-power'), id, Buffer.from(xlsx));
    expect(res.status).toBe(403);
  });
});
