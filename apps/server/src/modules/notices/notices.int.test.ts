import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { v7 } from 'uuid';
import { beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../../test/client.ts';
import { useTestApp } from '../../../test/harness.ts';
import { deliveries, enterprises, noticeRecipients, users } from '../../db/schema/index.ts';

const app = useTestApp();

const XICHANG_AN = '110102001'; // 西长安街街道, enterprise A's street
const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');

let a = '';
let gov: TestClient;
let entA: TestClient;
let entB: TestClient;
let haidian: TestClient;
beforeAll(async () => {
  const [row] = await app()
    .database.db.select({ id: enterprises.id })
    .from(enterprises)
    .where(eq(enterprises.streetCode, XICHANG_AN));
  a = row!.id;
  // The sender's app has SMTP configured, so a notice also queues its email copies.
  const mailing = app().withConfig({
    smtp: { url: 'smtp://127.0.0.1:2525', from: '安查 <noreply@ancha.test>' },
  });
  gov = new TestClient(mailing, '10.9.0.1');
  const signIn = await gov.post('/api/v1/auth/sign-in', { username: 'gov-110102', password: 'Ancha@2026' });
  expect(signIn.status).toBe(200);
  entA = await app().signedIn('ent-a-admin');
  entB = await app().signedIn('ent-b-admin');
  haidian = await app().signedIn('gov-110108006');
});

const notice = (over: object = {}) => ({
  title: '关于开展节前安全检查的通知',
  bodyHtml: '<p>请各企业于节前完成<strong>全面自查</strong>。</p><script>alert(1)</script>',
  attachmentIds: [],
  audience: { regionCodes: [XICHANG_AN], industries: [], enterpriseIds: [] },
  ...over,
});
const unread = async (c: TestClient) => (await c.json('GET', '/api/v1/notices/unread-count')).body.unread;
const inboxIds = async (c: TestClient, q = '') =>
  (await c.json('GET', `/api/v1/notices?limit=200${q}`)).body.items.map((n: { id: string }) => n.id);
const fields = (body: { error: { fields: { path: string; message: string }[] } }) =>
  Object.fromEntries(body.error.fields.map((f) => [f.path, f.message]));

async function attach(c: TestClient) {
  const id = v7();
  const at = `/api/v1/attachments/${id}?purpose=notice&name=${encodeURIComponent('检查表.pdf')}`;
  expect((await c.request('PUT', at, pdf, { 'content-type': 'application/octet-stream' })).status).toBe(200);
  return id;
}

describe('公告通知 (G7)', () => {
  it('reaches 西长安街’s enterprise and no other, and its receipt follows the first reading', async () => {
    await app()
      .database.db.update(users)
      .set({ email: 'liuming@example.com' })
      .where(eq(users.username, 'ent-a-admin'));
    const [aBefore, bBefore] = [await unread(entA), await unread(entB)];
    const fileId = await attach(gov);
    const made = await gov.json('POST', '/api/v1/notices', notice({ attachmentIds: [fileId] }));
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({
      senderName: '西城区安委办',
      recipientCount: 1,
      readCount: 0,
      attachmentCount: 1,
    });
    const id = made.body.id;

    expect(await unread(entA)).toBe(aBefore + 1);
    expect(await unread(entB)).toBe(bBefore);
    expect(await inboxIds(entA, '&status=unread')).toContain(id);
    expect(await inboxIds(entB)).not.toContain(id);
    expect((await entB.json('GET', `/api/v1/notices/${id}`)).status).toBe(404);
    expect((await entB.get(`/api/v1/attachments/${fileId}`)).status).toBe(404);
    expect(await unread(entB)).toBe(bBefore);

    // The email copy waits in the outbox for the one recipient user with an address.
    const mail = await app().database.db.select().from(deliveries).where(eq(deliveries.sourceId, id));
    expect(mail.map((m) => [m.channel, m.address, m.status])).toEqual([
      ['email', 'liuming@example.com', 'pending'],
    ]);
    expect(mail[0]!.text).toContain('全面自查');
    expect(mail[0]!.text).not.toContain('<');

    // The sender reading it changes nothing.
    const own = await gov.json('GET', `/api/v1/notices/${id}`);
    expect(own.status).toBe(200);
    expect(own.body.bodyHtml).toBe('<p>请各企业于节前完成<strong>全面自查</strong>。</p>');
    let receipts = await gov.json('GET', `/api/v1/notices/${id}/receipts`);
    expect(receipts.body).toMatchObject({ recipientCount: 1, readCount: 0 });
    expect(receipts.body.items).toEqual([
      expect.objectContaining({
        enterpriseId: a,
        streetName: '西长安街街道',
        readAt: null,
        readByName: null,
      }),
    ]);

    app().clock.now = new Date(app().clock.now.getTime() + 60_000);
    const opened = await entA.json('GET', `/api/v1/notices/${id}`);
    expect(opened.status).toBe(200);
    expect(opened.body.readAt).toBe(app().clock.now.toISOString());
    expect(opened.body.attachments).toEqual([expect.objectContaining({ id: fileId, name: '检查表.pdf' })]);
    expect((await entA.get(`/api/v1/attachments/${fileId}`)).status).toBe(200);
    expect(await unread(entA)).toBe(aBefore);
    expect(await inboxIds(entA, '&status=read')).toContain(id);
    expect(await inboxIds(entA, '&status=unread')).not.toContain(id);

    receipts = await gov.json('GET', `/api/v1/notices/${id}/receipts?status=read`);
    expect(receipts.body).toMatchObject({ recipientCount: 1, readCount: 1 });
    expect(receipts.body.items[0]).toMatchObject({
      readAt: app().clock.now.toISOString(),
      readByName: '刘明',
    });
    expect((await gov.json('GET', `/api/v1/notices/${id}/receipts?status=unread`)).body.items).toEqual([]);

    // A colleague's first reading is their own mark; the enterprise's receipt keeps the first.
    const colleague = await app().signedIn('ent-a-insp1');
    const before = await unread(colleague);
    app().clock.now = new Date(app().clock.now.getTime() + 60_000);
    await colleague.json('GET', `/api/v1/notices/${id}`);
    await colleague.json('GET', `/api/v1/notices/${id}`);
    expect(await unread(colleague)).toBe(before - 1);
    const [rec] = await app()
      .database.db.select()
      .from(noticeRecipients)
      .where(and(eq(noticeRecipients.noticeId, id), eq(noticeRecipients.enterpriseId, a)));
    expect(rec!.readAt!.toISOString()).toBe(receipts.body.items[0].readAt);

    const sent = await gov.json('GET', '/api/v1/notices/sent?keyword=节前');
    expect(sent.body.items[0]).toMatchObject({ id, recipientCount: 1, readCount: 1 });

    const xlsx = await gov.get(`/api/v1/notices/${id}/receipts.xlsx`);
    expect(xlsx.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await xlsx.arrayBuffer());
    const sheet = book.worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe('通知阅读回执');
    expect(sheet.getRow(3).values).toEqual([
      undefined,
      '序号',
      '企业名称',
      '所在街道（乡镇）',
      '阅读状态',
      '阅读时间',
      '阅读人',
    ]);
    expect(sheet.getRow(4).getCell(2).value).toBe('北京安查示范电力运维有限公司（演示）');
    expect(sheet.getRow(4).getCell(4).value).toBe('已读');
    expect(sheet.getRow(4).getCell(6).value).toBe('刘明');
    expect(sheet.getRow(5).getCell(4).value).toBe('已读 1 家');
  });

  it('shows another district’s street office nothing of the notice, and lets it address no 西城 enterprise', async () => {
    const id = (await gov.json('POST', '/api/v1/notices', notice({ title: '西城专项通知' }))).body.id;
    for (const path of [`/notices/${id}`, `/notices/${id}/receipts`, `/notices/${id}/receipts.xlsx`])
      expect((await haidian.get(`/api/v1${path}`)).status, path).toBe(404);
    expect((await haidian.json('GET', '/api/v1/notices/sent?limit=200')).body.items).toEqual([]);
    // Another office of the same district is not the sender either.
    const street = await app().signedIn('gov-110102001');
    expect((await street.json('GET', `/api/v1/notices/${id}/receipts`)).status).toBe(404);

    const byRegion = await haidian.json(
      'POST',
      '/api/v1/notices',
      notice({ audience: { regionCodes: [XICHANG_AN] } }),
    );
    expect(byRegion.status).toBe(422);
    expect(Object.keys(fields(byRegion.body))).toEqual(['audience.regionCodes']);
    const district = await haidian.json(
      'POST',
      '/api/v1/notices',
      notice({ audience: { regionCodes: ['110108'] } }),
    );
    expect(Object.keys(fields(district.body))).toEqual(['audience.regionCodes']);
    const byName = await haidian.json(
      'POST',
      '/api/v1/notices',
      notice({ audience: { enterpriseIds: [a] } }),
    );
    expect(byName.status).toBe(422);
    expect(fields(byName.body)['audience.enterpriseIds']).toContain('不在本单位辖区');
    // Enterprises cannot send at all.
    expect((await entA.json('POST', '/api/v1/notices', notice())).status).toBe(403);
    expect((await gov.json('GET', '/api/v1/notices/unread-count')).status).toBe(403);
  });

  it('names each bad field in Chinese and sends nothing', async () => {
    const before = await unread(entA);
    const bad = await gov.json('POST', '/api/v1/notices', {
      title: ' ',
      bodyHtml: '',
      attachmentIds: ['x'],
      audience: { regionCodes: ['abc'], industries: [], enterpriseIds: [] },
    });
    expect(bad.status).toBe(422);
    const f = fields(bad.body);
    expect(Object.keys(f).sort()).toEqual(['attachmentIds.0', 'audience.regionCodes.0', 'bodyHtml', 'title']);
    expect(f.title).toBe('请填写标题');
    expect(f.bodyHtml).toBe('请填写正文');
    // Markup with no words is no body once cleaned.
    const empty = await gov.json(
      'POST',
      '/api/v1/notices',
      notice({ bodyHtml: '<script>x</script><p> </p>' }),
    );
    expect(fields(empty.body)).toEqual({ bodyHtml: '请填写正文' });
    const nobody = await gov.json(
      'POST',
      '/api/v1/notices',
      notice({ audience: { regionCodes: [], industries: ['postal'], enterpriseIds: [] } }),
    );
    expect(fields(nobody.body)).toEqual({ audience: '没有符合条件的企业' });
    const unknown = await gov.json('POST', '/api/v1/notices', notice({ audience: { industries: ['nope'] } }));
    expect(Object.keys(fields(unknown.body))).toEqual(['audience.industries']);
    const foreignFile = await attach(haidian);
    const taken = await gov.json('POST', '/api/v1/notices', notice({ attachmentIds: [foreignFile] }));
    expect(Object.keys(fields(taken.body))).toEqual(['attachmentIds']);
    expect(await unread(entA)).toBe(before);
  });

  it('filters the inbox by title and date, newest first, page by page', async () => {
    const day = (iso: string) =>
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(iso));
    app().clock.now = new Date(app().clock.now.getTime() + 3 * 86_400_000);
    // Sessions lapse over three idle days: sign in again.
    // The sender's app has SMTP configured, so a notice also queues its email copies.
    const mailing = app().withConfig({
      smtp: { url: 'smtp://127.0.0.1:2525', from: '安查 <noreply@ancha.test>' },
    });
    gov = new TestClient(mailing, '10.9.0.1');
    const signIn = await gov.post('/api/v1/auth/sign-in', { username: 'gov-110102', password: 'Ancha@2026' });
    expect(signIn.status).toBe(200);
    entA = await app().signedIn('ent-a-admin');
    const made = await gov.json('POST', '/api/v1/notices', notice({ title: '防汛准备工作提示' }));
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const later = made.body;
    const today = day(later.sentAt);
    expect(await inboxIds(entA, `&keyword=${encodeURIComponent('防汛')}`)).toEqual([later.id]);
    expect(await inboxIds(entA, `&from=${today}&to=${today}`)).toEqual([later.id]);
    expect(
      await inboxIds(entA, `&to=${day(new Date(Date.parse(later.sentAt) - 86_400_000).toISOString())}`),
    ).not.toContain(later.id);
    const first = await entA.json('GET', '/api/v1/notices?limit=1');
    expect(first.body.items.map((n: { id: string }) => n.id)).toEqual([later.id]);
    const next = await entA.json('GET', `/api/v1/notices?limit=1&cursor=${first.body.nextCursor}`);
    expect(next.body.items).toHaveLength(1);
    expect(next.body.items[0].id).not.toBe(later.id);
    for (const q of ['from=2026-13-01', 'to=2026-02-30', 'from=2026-03-02&to=2026-03-01']) {
      const bad = await entA.json('GET', `/api/v1/notices?${q}`);
      expect(bad.status, q).toBe(422);
      expect(bad.body.error.fields[0].path, q).toMatch(/^query\.(from|to)$/);
    }
  });
});
