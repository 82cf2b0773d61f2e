import type { AnswerInput, MyPostChecklist, StandardView } from '@ancha/contracts';
import { eq } from 'drizzle-orm';
import { v7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness.ts';
import { scheduledAnswer } from '../../../test/inspecting.ts';
import { postOfA, publishedStandardOfA, standardItems } from '../../../test/standards.ts';
import { hazards } from '../../db/schema/index.ts';

const app = useTestApp();

const clear = (itemId: string): AnswerInput => ({ itemId, answer: 'clear' });

describe('post checklists and the post user’s 自查自纠 (一岗一清单)', () => {
  it('checks the checklist against the published standard, and inspects exactly its items once a period', async () => {
    // Wednesday of ISO week 48 (Beijing); the post was made in week 46.
    app().clock.now = new Date('2026-11-25T04:00:00Z');
    const admin = await app().signedIn('ent-a-admin');
    const postId = await postOfA(app(), {
      frequency: 'weekly',
      createdAt: new Date('2026-11-10T02:00:00Z'),
      holder: 'ent-a-insp2',
      name: '配电运维岗',
    });
    expect((await admin.json('PUT', `/api/v1/posts/${postId}/checklist`, { itemNos: [] })).status).toBe(409);
    const standard: StandardView = await publishedStandardOfA(admin);
    const nos = standardItems(standard).map((i) => i.no);

    const bad = await admin.json('PUT', `/api/v1/posts/${postId}/checklist`, {
      itemNos: [nos[0], 'power-grid-404', 'E-9'],
    });
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields.map((f: { path: string }) => f.path)).toEqual(['itemNos.1', 'itemNos.2']);
    expect(bad.body.error.message).toContain('power-grid-404');
    const chosen = nos.slice(0, 10);
    const set = await admin.json('PUT', `/api/v1/posts/${postId}/checklist`, { itemNos: chosen });
    expect(set.status).toBe(200);
    expect((await admin.json('GET', `/api/v1/posts/${postId}/checklist`)).body.itemNos.sort()).toEqual(
      [...chosen].sort(),
    );
    for (const who of ['ent-b-admin', 'ent-b-insp1']) {
      const b = await app().signedIn(who);
      expect((await b.json('GET', `/api/v1/posts/${postId}/checklist`)).status).toBe(404);
      expect((await b.json('PUT', `/api/v1/posts/${postId}/checklist`, { itemNos: chosen })).status).toBe(
        who === 'ent-b-admin' ? 404 : 403,
      );
    }

    const insp = await app().signedIn('ent-a-insp2');
    const mine: MyPostChecklist = (await insp.json('GET', '/api/v1/standard/my-post')).body;
    expect(mine.itemIds).toHaveLength(10);
    expect(mine.periods.map((p) => [p.period, p.status])).toEqual([
      ['2026-W48', 'due'],
      ['2026-W47', 'missed'],
      ['2026-W46', 'missed'],
    ]);
    const body = (period: string, answers: AnswerInput[]) => ({
      siteId: mine.siteId,
      catalogId: mine.catalogId,
      postId,
      period,
      acknowledged: true,
      answers,
    });
    const id = v7();
    // No back-filling (seed 004, question 18), nor filling ahead.
    const missed = await insp.json('PUT', `/api/v1/inspections/${id}`, body('2026-W47', []));
    expect(missed.status).toBe(409);
    expect(missed.body.error.message).toBe('该周期已结束，不能补录');
    expect((await insp.json('PUT', `/api/v1/inspections/${id}`, body('2026-W49', []))).status).toBe(409);
    expect((await insp.json('PUT', `/api/v1/inspections/${id}`, body('2026-11', []))).status).toBe(422);
    const other = standardItems(standard).find((i) => !chosen.includes(i.no))!;
    const outside = await insp.json('PUT', `/api/v1/inspections/${id}`, body('2026-W48', [clear(other.id)]));
    expect(outside.status).toBe(422);
    expect(outside.body.error.fields[0].path).toBe('answers.0.itemId');
    const stranger = await app().signedIn('ent-a-insp1');
    expect((await stranger.json('PUT', `/api/v1/inspections/${v7()}`, body('2026-W48', []))).status).toBe(
      422,
    );

    const half = mine.itemIds.slice(0, 9).map(clear);
    expect((await insp.json('PUT', `/api/v1/inspections/${id}`, body('2026-W48', half))).status).toBe(200);
    const incomplete = await insp.json('POST', `/api/v1/inspections/${id}/submit`);
    expect(incomplete.status).toBe(422);
    expect(incomplete.body.error.message).toContain('还有 1 项未填写');
    const answers = [scheduledAnswer(mine.itemIds[0]!), ...mine.itemIds.slice(1).map(clear)];
    expect((await insp.json('PUT', `/api/v1/inspections/${id}`, body('2026-W48', answers))).status).toBe(200);
    const done = await insp.json('POST', `/api/v1/inspections/${id}/submit`);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({
      status: 'submitted',
      itemCount: 10,
      answeredCount: 10,
      postId,
      period: '2026-W48',
      catalogVersion: 1,
    });
    expect((await insp.json('PUT', `/api/v1/inspections/${v7()}`, body('2026-W48', []))).status).toBe(409);
    const after: MyPostChecklist = (await insp.json('GET', '/api/v1/standard/my-post')).body;
    expect(after.periods[0]).toMatchObject({ status: 'done', inspectionId: id });

    // A new version of the standard: the record keeps the version it used.
    await admin.json('POST', '/api/v1/standard/drafts');
    const v2: StandardView = (await admin.json('POST', '/api/v1/standard/publish')).body;
    expect(v2.version).toBe(2);
    expect((await insp.json('GET', `/api/v1/inspections/${id}`)).body.catalogVersion).toBe(1);
    expect((await insp.json('GET', '/api/v1/standard/my-post')).body.version).toBe(2);

    // The next week the record of week 48 is done, week 49 due.
    app().clock.now = new Date('2026-12-01T04:00:00Z');
    const later = await app().signedIn('ent-a-insp2');
    const next: MyPostChecklist = (await later.json('GET', '/api/v1/standard/my-post')).body;
    expect(next.periods.slice(0, 2).map((p) => [p.period, p.status])).toEqual([
      ['2026-W49', 'due'],
      ['2026-W48', 'done'],
    ]);
    app().clock.now = new Date();
  });

  it('lets the enterprise define hazard grades; a grade sets the legal level and a contradictory level is refused', async () => {
    app().clock.now = new Date();
    const admin = await app().signedIn('ent-a-admin');
    const wrong = await admin.json('PUT', '/api/v1/hazard-grades', {
      items: [{ code: '', name: 'A级', level: 'huge' }],
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual([
      'items.0.code',
      'items.0.level',
    ]);
    const grades = [
      { code: 'A', name: 'A级（重大）', level: 'major' },
      { code: 'B', name: 'B级', level: 'general' },
      { code: 'C', name: 'C级', level: 'general' },
      { code: 'D', name: 'D级', level: 'general' },
    ];
    expect((await admin.json('PUT', '/api/v1/hazard-grades', { items: grades })).body.items).toEqual(grades);
    expect(
      (await (await app().signedIn('ent-a-insp1')).json('PUT', '/api/v1/hazard-grades', { items: [] }))
        .status,
    ).toBe(403);
    expect(
      (await (await app().signedIn('ent-b-insp1')).json('GET', '/api/v1/hazard-grades')).body.items,
    ).toEqual([]);

    const insp = await app().signedIn('ent-a-insp1');
    const { officeSite, allAnswered } = await import('../../../test/inspecting.ts');
    const x = await officeSite(insp);
    const save = (id: string, first: AnswerInput) =>
      insp.json('PUT', `/api/v1/inspections/${id}`, {
        siteId: x.site.id,
        catalogId: x.catalog.id,
        acknowledged: true,
        answers: allAnswered(x, first),
      });
    const id = v7();
    const contradicts = await save(id, scheduledAnswer('', { gradeCode: 'B', level: 'major' }));
    expect(contradicts.status).toBe(422);
    expect(contradicts.body.error.fields[0].path).toBe('answers.0.level');
    expect((await save(id, scheduledAnswer('', { gradeCode: 'Z' }))).body.error.fields[0].path).toBe(
      'answers.0.gradeCode',
    );
    expect((await save(id, scheduledAnswer(''))).status).toBe(200);
    const ungraded = await insp.json('POST', `/api/v1/inspections/${id}/submit`);
    expect(ungraded.status).toBe(422);
    expect(ungraded.body.error.fields[0].message).toBe('请选择隐患分级');
    const { level: _level, ...noLevel } = scheduledAnswer('', { gradeCode: 'C' });
    expect((await save(id, noLevel)).status).toBe(200);
    expect((await insp.json('POST', `/api/v1/inspections/${id}/submit`)).status).toBe(200);
    const [hazard] = await app().database.db.select().from(hazards).where(eq(hazards.inspectionId, id));
    expect(hazard).toMatchObject({ gradeCode: 'C', level: 'general' });
  });
});
