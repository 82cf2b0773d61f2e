import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { v7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { putAttachment, samplePdf } from '../../../test/attachments.ts';
import { useTestApp } from '../../../test/harness.ts';
import { pngPhoto } from '../../../test/images.ts';
import { attachments, users } from '../../db/schema/index.ts';
import type { Actor } from '../../lib/access.ts';
import type { AppError } from '../../lib/errors.ts';
import { claimAttachments } from './attachments.service.ts';

const app = useTestApp();

async function actorOf(username: string): Promise<Actor> {
  const [u] = await app().database.db.select().from(users).where(eq(users.username, username));
  return {
    id: u!.id,
    username,
    displayName: u!.displayName,
    role: u!.role,
    regionCode: u!.regionCode,
    industries: u!.industries,
    enterpriseId: u!.enterpriseId,
    mustChangePassword: false,
    permissions: [],
  };
}

describe('attachments', () => {
  it('stores a document under the client’s id, sniffing its type, and sends it back to its uploader', async () => {
    const admin = await app().signedIn('admin');
    const id = v7();
    const first = await putAttachment(admin, id, samplePdf, 'content', '安全生产法 全文.pdf');
    expect(first).toEqual({
      status: 200,
      body: { id, name: '安全生产法 全文.pdf', mime: 'application/pdf', sizeBytes: samplePdf.length },
    });
    expect(await putAttachment(admin, id, samplePdf, 'content', '安全生产法 全文.pdf')).toEqual(first);
    expect((await putAttachment(admin, id, pngPhoto(1))).status).toBe(409);

    const res = await admin.get(`/api/v1/attachments/${id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename*=UTF-8''${encodeURIComponent('安全生产法 全文.pdf')}`,
    );
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(samplePdf);

    const book = new ExcelJS.Workbook();
    book.addWorksheet('表').addRow(['单位名称']);
    const xlsx = new Uint8Array(await book.xlsx.writeBuffer());
    const sheet = await putAttachment(admin, v7(), xlsx, 'content', '联系表.xlsx');
    expect(sheet.body.mime).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect((await putAttachment(admin, v7(), pngPhoto(2), 'content', 'a.png')).body.mime).toBe('image/png');
  });

  it('refuses other types, an empty body and more than 20 MB in Chinese, storing nothing', async () => {
    const admin = await app().signedIn('admin');
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, ...new Array(200).fill(0)]);
    const cases: [Uint8Array, string][] = [
      [
        new TextEncoder().encode('<html><script>alert(1)</script></html>'),
        '只能上传 PDF、Word、Excel、JPG、PNG 或 ZIP 文件',
      ],
      [exe, '只能上传 PDF、Word、Excel、JPG、PNG 或 ZIP 文件'],
      [new Uint8Array(0), '文件是空的，请重新选择'],
      [new Uint8Array(20 * 1024 * 1024 + 1).fill(0x25), '附件不能超过 20 MB'],
    ];
    for (const [bytes, message] of cases) {
      const id = v7();
      const res = await putAttachment(admin, id, bytes);
      expect(res.status).toBe(422);
      expect(res.body.error.fields).toEqual([{ path: 'file', message }]);
      expect((await admin.get(`/api/v1/attachments/${id}`)).status).toBe(404);
    }
    const noName = await admin.request('PUT', `/api/v1/attachments/${v7()}?purpose=content`, samplePdf);
    expect(noName.status).toBe(422);
  });

  it('lets each purpose be uploaded only by its roles', async () => {
    const ent = await app().signedIn('ent-a-admin');
    const gov = await app().signedIn('gov-110102');
    const admin = await app().signedIn('admin');
    expect((await putAttachment(ent, v7(), samplePdf, 'content')).status).toBe(403);
    expect((await putAttachment(ent, v7(), samplePdf, 'notice')).status).toBe(403);
    expect((await putAttachment(gov, v7(), samplePdf, 'content')).status).toBe(403);
    expect((await putAttachment(gov, v7(), samplePdf, 'notice')).status).toBe(200);
    expect((await putAttachment(gov, v7(), samplePdf, 'info_report')).status).toBe(200);
    expect((await putAttachment(admin, v7(), samplePdf, 'notice')).status).toBe(403);
    const bad = await putAttachment(admin, v7(), samplePdf, 'photo');
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields[0].path).toBe('query.purpose');
  });

  it('answers 404 to anyone but the uploader while no record holds it', async () => {
    const admin = await app().signedIn('admin');
    const id = v7();
    await putAttachment(admin, id, samplePdf);
    for (const user of ['ent-a-admin', 'gov-110102', 'gov-city']) {
      const res = await (await app().signedIn(user)).json('GET', `/api/v1/attachments/${id}`);
      expect(res.status).toBe(404);
      expect(res.body.error.message).toBe('附件不存在或无权查看');
    }
    expect((await app().client().get(`/api/v1/attachments/${id}`)).status).toBe(401);
  });

  it('claims only the actor’s own unheld attachments of that purpose, in order', async () => {
    const admin = await app().signedIn('admin');
    const gov = await app().signedIn('gov-110102');
    const [mine, other, notice, theirs] = [v7(), v7(), v7(), v7()];
    await putAttachment(admin, mine, samplePdf, 'content', '甲.pdf');
    await putAttachment(admin, other, pngPhoto(7), 'content', '乙.png');
    await putAttachment(gov, notice, samplePdf, 'notice');
    await putAttachment(gov, theirs, samplePdf, 'info_report');
    const db = app().database.db;
    const adminActor = await actorOf('admin');
    const govActor = await actorOf('gov-110102');
    const owner = v7();

    const refused = async (actor: Actor, ids: string[], purpose: 'content' | 'notice', ownerId = owner) => {
      const err = await db
        .transaction((tx) => claimAttachments(tx, actor, ids, purpose, ownerId))
        .then(
          () => null,
          (e: AppError) => e,
        );
      expect(err?.status).toBe(422);
      expect(err?.fields?.[0]?.path).toBe('attachmentIds');
    };
    await refused(adminActor, [mine, notice], 'content');
    await refused(govActor, [theirs], 'notice');
    await refused(adminActor, [v7()], 'content');

    const refs = await db.transaction((tx) =>
      claimAttachments(tx, adminActor, [other, mine], 'content', owner),
    );
    expect(refs.map((r) => r.name)).toEqual(['乙.png', '甲.pdf']);
    // Held by one record: another record, even the uploader's, cannot take it.
    await refused(adminActor, [mine], 'content', v7());
    // An edit keeps what it lists and releases the rest.
    await db.transaction((tx) => claimAttachments(tx, adminActor, [mine], 'content', owner));
    const held = await db
      .select({ id: attachments.id })
      .from(attachments)
      .where(eq(attachments.ownerId, owner));
    expect(held.map((r) => r.id)).toEqual([mine]);
  });
});
