import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { TestClient } from '../../../test/client.ts';
import type { TestApp } from '../../../test/harness.ts';
import { catalogCategories, catalogItems, catalogs, catalogVersions, users } from '../../db/schema/index.ts';
import { newId } from '../../lib/ids.ts';

// Test data for the organisation tests. The enterprise standard is made by direct inserts: it is
// another module's (the standard's editor), and these tests need only a published one.

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function enterpriseIdOf(app: TestApp, username: string): Promise<string> {
  const [u] = await app.database.db.select().from(users).where(eq(users.username, username));
  return u!.enterpriseId!;
}

export async function userIdOf(app: TestApp, username: string): Promise<string> {
  const [u] = await app.database.db.select().from(users).where(eq(users.username, username));
  return u!.id;
}

/** A published enterprise standard with items 1.1.1 … 1.1.n (drafted, filled, then published). */
export async function publishStandard(app: TestApp, enterpriseId: string, n = 5): Promise<string[]> {
  const db = app.database.db;
  const at = new Date();
  const catalogId = newId();
  const versionId = newId();
  const categoryId = newId();
  const subId = newId();
  await db.insert(catalogs).values({
    id: catalogId,
    code: `std-${enterpriseId}`,
    industryCode: 'power',
    enterpriseId,
    createdAt: at,
  });
  await db.insert(catalogVersions).values({
    id: versionId,
    catalogId,
    version: 1,
    status: 'draft',
    name: '企业标准',
    source: '本单位',
    createdAt: at,
  });
  await db.insert(catalogCategories).values([
    { id: categoryId, versionId, parentId: null, name: '基础管理', sort: 0 },
    { id: subId, versionId, parentId: categoryId, name: '制度', sort: 0 },
  ]);
  const nos = Array.from({ length: n }, (_, i) => `1.1.${i + 1}`);
  await db.insert(catalogItems).values(
    nos.map((no, sort) => ({
      id: newId(),
      versionId,
      categoryId: subId,
      no,
      text: `检查项 ${no}`,
      basis: '《安全生产法》',
      sort,
    })),
  );
  await db
    .update(catalogVersions)
    .set({ status: 'published', publishedAt: at })
    .where(eq(catalogVersions.id, versionId));
  return nos;
}

/** A post-checklist spreadsheet with the template's header and these rows. */
export async function postSheet(rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('岗位清单');
  sheet.addRow(['部门', '岗位', '上报频次', '检查项编号']);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function importSheet(app: TestApp, client: TestClient, file: Buffer) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(file)], { type: XLSX }), 'posts.xlsx');
  const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const res = await app.app.request('/api/v1/posts/import', {
    method: 'POST',
    body: form,
    headers: { cookie, 'x-csrf-token': client.cookies.get('ancha_csrf')!, 'x-forwarded-for': client.ip },
  });
  // biome-ignore lint/suspicious/noExplicitAny: assertions say what must be in the answer
  return { status: res.status, body: (await res.json()) as any };
}

/** The smallest bytes file-type reads as a PDF: a 岗位责任制 document. */
export const pdfBytes = () =>
  new TextEncoder().encode('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
