import { and, eq, isNotNull } from 'drizzle-orm';
import { v7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { putAttachment, samplePdf } from '../../../test/attachments.ts';
import { useTestApp } from '../../../test/harness.ts';
import { auditLog, contentPages, jobRuns } from '../../db/schema/index.ts';
import { seedShippedPages } from './shipped-pages.ts';

const app = useTestApp();

const page = (patch: Record<string, unknown> = {}) => ({
  category: 'policy',
  title: '北京市安全生产条例',
  bodyHtml: '<p>第一条 为了<strong>加强安全生产</strong>工作<script>alert(1)</script></p>',
  source: '北京市人民代表大会常务委员会',
  ...patch,
});

describe('content pages', () => {
  it('ships the help pages at start, once, and loads them again only when a file changes', async () => {
    const db = app().database.db;
    const shipped = await db.select().from(contentPages).where(isNotNull(contentPages.slug));
    expect(shipped.map((p) => p.title)).toEqual(
      expect.arrayContaining([
        '登录与首页',
        '场所管理与自查',
        '隐患处置',
        '隐患台账',
        '中华人民共和国安全生产法',
      ]),
    );
    expect(await seedShippedPages(db, new Date())).toBe(0);
    // As if the files had changed: every page is compared, none rewritten or duplicated.
    await db.delete(jobRuns).where(eq(jobRuns.job, 'content-pages'));
    expect(await seedShippedPages(db, new Date())).toBe(0);
    // A page changed in the database (as an older file would have left it) is brought back.
    const target = shipped.find((p) => p.slug === 'help-03-hazards')!;
    await db.update(contentPages).set({ title: '旧标题' }).where(eq(contentPages.id, target.id));
    await db.delete(jobRuns).where(eq(jobRuns.job, 'content-pages'));
    expect(await seedShippedPages(db, new Date())).toBe(1);
    const after = await db.select().from(contentPages).where(isNotNull(contentPages.slug));
    expect(after.length).toBe(shipped.length);
    expect(after.find((p) => p.id === target.id)!.title).toBe('隐患处置');

    const insp = await app().signedIn('ent-a-insp1');
    const help = await insp.json('GET', '/api/v1/content?category=help&limit=200');
    expect(help.status).toBe(200);
    expect(help.body.items[0].title).toBe('登录与首页');
    const detail = await insp.json('GET', `/api/v1/content/${help.body.items[0].id}`);
    expect(detail.body.bodyHtml).toContain('<strong>用户名</strong>');
  });

  it('lets the platform admin create, edit and delete, sanitized and audited; others get 403', async () => {
    const admin = await app().signedIn('admin');
    const created = await admin.json('POST', '/api/v1/content', page());
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      category: 'policy',
      slug: null,
      title: '北京市安全生产条例',
      bodyHtml: '<p>第一条 为了<strong>加强安全生产</strong>工作</p>',
      excerpt: '第一条 为了加强安全生产工作',
      pinned: false,
      attachments: [],
    });
    const id = created.body.id;

    for (const user of ['gov-110102', 'ent-a-admin', 'gov-city']) {
      const c = await app().signedIn(user);
      expect((await c.json('POST', '/api/v1/content', page())).status).toBe(403);
      expect((await c.json('PUT', `/api/v1/content/${id}`, page({ title: '改' }))).status).toBe(403);
      expect((await c.json('DELETE', `/api/v1/content/${id}`)).status).toBe(403);
      expect((await c.json('GET', `/api/v1/content/${id}`)).body.title).toBe('北京市安全生产条例');
    }

    const empty = await admin.json(
      'POST',
      '/api/v1/content',
      page({ title: ' ', bodyHtml: '<p><script>x</script></p>' }),
    );
    expect(empty.status).toBe(422);
    expect(empty.body.error.fields.map((f: { path: string }) => f.path)).toEqual(['title']);
    const noText = await admin.json('POST', '/api/v1/content', page({ bodyHtml: '<p><img src=x></p>' }));
    expect(noText.body.error.fields).toEqual([{ path: 'bodyHtml', message: '请填写正文' }]);

    const edited = await admin.json(
      'PUT',
      `/api/v1/content/${id}`,
      page({ title: '北京市安全生产条例（2022 年修订）', pinned: true }),
    );
    expect(edited.body).toMatchObject({ title: '北京市安全生产条例（2022 年修订）', pinned: true });
    expect((await admin.json('DELETE', `/api/v1/content/${id}`)).status).toBe(204);
    expect((await admin.json('GET', `/api/v1/content/${id}`)).status).toBe(404);
    expect((await admin.json('DELETE', `/api/v1/content/${id}`)).status).toBe(404);

    const audit = await app()
      .database.db.select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'content_page'), eq(auditLog.entityId, id)));
    expect(audit.map((a) => a.action)).toEqual(['content.create', 'content.update', 'content.delete']);
  });

  it('searches titles and body text, pinned first then newest, page by page', async () => {
    const admin = await app().signedIn('admin');
    const mk = async (title: string, body: string, publishedAt: string, pinned = false) =>
      (
        await admin.json(
          'POST',
          '/api/v1/content',
          page({ category: 'news', title, bodyHtml: `<p>${body}</p>`, publishedAt, pinned }),
        )
      ).body.id;
    const a = await mk('甲 检索样本', '正文一', '2025-01-01T00:00:00+08:00');
    const b = await mk('乙', '正文含有 检索样本 字样', '2025-03-01T00:00:00+08:00');
    const c = await mk('丙 检索样本', '正文三', '2024-01-01T00:00:00+08:00', true);
    await mk('丁', '无关', '2025-06-01T00:00:00+08:00');
    const reader = await app().signedIn('ent-b-admin');
    const q = encodeURIComponent('检索样本');
    const all = await reader.json('GET', `/api/v1/content?category=news&q=${q}`);
    expect(all.body.items.map((i: { id: string }) => i.id)).toEqual([c, b, a]);
    const first = await reader.json('GET', `/api/v1/content?category=news&q=${q}&limit=2`);
    expect(first.body.items.map((i: { id: string }) => i.id)).toEqual([c, b]);
    const second = await reader.json(
      'GET',
      `/api/v1/content?category=news&q=${q}&limit=2&cursor=${first.body.nextCursor}`,
    );
    expect(second.body).toEqual({ items: [expect.objectContaining({ id: a })], nextCursor: null });
    expect((await reader.json('GET', '/api/v1/content?cursor=nonsense')).status).toBe(422);
    expect((await reader.json('GET', `/api/v1/content?q=${encodeURIComponent('%检索')}`)).body.items).toEqual(
      [],
    );
    expect((await app().client().get('/api/v1/content')).status).toBe(401);
  });

  it('gives a page’s attachments to every reader while the page exists', async () => {
    const admin = await app().signedIn('admin');
    const doc = v7();
    await putAttachment(admin, doc, samplePdf, 'content', '条例全文.pdf');
    const reader = await app().signedIn('ent-a-insp1');
    expect((await reader.get(`/api/v1/attachments/${doc}`)).status).toBe(404);

    const created = await admin.json('POST', '/api/v1/content', page({ attachmentIds: [doc] }));
    expect(created.body.attachments).toEqual([
      { id: doc, name: '条例全文.pdf', mime: 'application/pdf', sizeBytes: samplePdf.length },
    ]);
    expect(created.body.attachmentCount).toBe(1);
    expect((await reader.get(`/api/v1/attachments/${doc}`)).status).toBe(200);
    expect((await (await app().signedIn('gov-110108')).get(`/api/v1/attachments/${doc}`)).status).toBe(200);

    // Another page cannot take it; a foreign id is refused on the field.
    const taken = await admin.json('POST', '/api/v1/content', page({ attachmentIds: [doc] }));
    expect(taken.status).toBe(422);
    expect(taken.body.error.fields[0].path).toBe('attachmentIds');

    expect((await admin.json('DELETE', `/api/v1/content/${created.body.id}`)).status).toBe(204);
    expect((await reader.get(`/api/v1/attachments/${doc}`)).status).toBe(404);
    expect((await admin.get(`/api/v1/attachments/${doc}`)).status).toBe(200);
  });
});
