import type { InspectionView } from '@ancha/contracts';
import { v7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness.ts';
import {
  clearAnswer,
  immediateAnswer,
  officeSite,
  saveDraft,
  scheduledAnswer,
} from '../../../test/inspecting.ts';

const app = useTestApp();

async function setup() {
  const insp = await app().signedIn('ent-a-insp1');
  return { insp, ...(await officeSite(insp)) };
}

describe('self-inspection', () => {
  it('keeps a draft, refuses an incomplete submission with the count, and loses nothing', async () => {
    const x = await setup();
    const id = v7();
    const some = [scheduledAnswer(x.items[0]!.id), ...x.items.slice(1, 5).map((i) => clearAnswer(i.id))];
    const saved = await saveDraft(x.insp, id, x, some);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ status: 'draft', answeredCount: 5, itemCount: x.items.length });

    const refused = await x.insp.json('POST', `/api/v1/inspections/${id}/submit`);
    expect(refused.status).toBe(422);
    expect(refused.body.error.message).toContain(`还有 ${x.items.length - 5} 项未填写`);
    expect(refused.body.error.fields[0].path).toBe(`answers.${x.items[5]!.id}`);
    const again: InspectionView = (await x.insp.json('GET', `/api/v1/inspections/${id}`)).body;
    expect(again.status).toBe('draft');
    expect(again.answers).toHaveLength(5);
    expect(again.answers[0]).toMatchObject({ owner: '李杰', fundsFen: 100_000 });
  });

  it('submits once even when sent twice at the same time, turning 有隐患 answers into hazards', async () => {
    const x = await setup();
    const id = v7();
    const answers = x.items.map((item, i) =>
      i === 0 ? scheduledAnswer(item.id) : i === 1 ? immediateAnswer(item.id) : clearAnswer(item.id),
    );
    await saveDraft(x.insp, id, x, answers);
    const [a, b] = await Promise.all([
      x.insp.json('POST', `/api/v1/inspections/${id}/submit`),
      x.insp.json('POST', `/api/v1/inspections/${id}/submit`),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.body.status).toBe('submitted');
    expect(b.body.submittedAt).toBe(a.body.submittedAt);
    expect(a.body.hasHazards).toBe(true);

    const hazards = await x.insp.json('GET', '/api/v1/hazards');
    const mine = hazards.body.items.filter((h: { inspectionId: string }) => h.inspectionId === id);
    expect(mine).toHaveLength(2);
    expect(mine.map((h: { status: string }) => h.status).sort()).toEqual(['pending', 'resolved']);

    // Saving the same answers again (a late autosave) changes nothing: still one set of hazards.
    expect((await saveDraft(x.insp, id, x, answers)).body.status).toBe('submitted');
    const again = (await x.insp.json('GET', '/api/v1/hazards')).body.items;
    expect(again.filter((h: { inspectionId: string }) => h.inspectionId === id)).toHaveLength(2);
    // The submission appended several audit entries at once; the chain still verifies.
    expect((await (await app().signedIn('admin')).json('GET', '/api/v1/audit/verify')).body.ok).toBe(true);
    const admin = await app().signedIn('ent-a-admin');
    const record = await admin.json('GET', `/api/v1/inspections/${id}`);
    expect(record.body).toMatchObject({ hasHazards: true, status: 'submitted' });
    expect(
      (await admin.json('GET', '/api/v1/hazards?status=pending')).body.counts.pending,
    ).toBeGreaterThanOrEqual(1);
  });

  it('requires the five assurances, a deadline not in the past and the acknowledgement', async () => {
    const x = await setup();
    const id = v7();
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(app().clock.now);
    const answers = (deadline: string) =>
      x.items.map((item, i) =>
        i === 0 ? scheduledAnswer(item.id, { owner: undefined, deadline }) : clearAnswer(item.id),
      );
    // A deadline already past is refused even in a draft.
    const past = await saveDraft(x.insp, id, x, answers('2000-01-01'), false);
    expect(past.status).toBe(422);
    expect(past.body.error.fields).toEqual([
      { path: 'answers.0.deadline', message: '整改截止时间不能早于今天' },
    ]);
    expect((await saveDraft(x.insp, id, x, answers(today), false)).status).toBe(200);

    // Two days later the deadline saved as today has passed: submission names it too.
    app().clock.now = new Date(app().clock.now.getTime() + 2 * 24 * 3600 * 1000);
    try {
      const later = await app().signedIn('ent-a-insp1');
      const res = await later.json('POST', `/api/v1/inspections/${id}/submit`);
      expect(res.status).toBe(422);
      expect(res.body.error.fields.map((f: { path: string }) => f.path)).toEqual([
        `answers.${x.items[0]!.id}.owner`,
        `answers.${x.items[0]!.id}.deadline`,
        'acknowledged',
      ]);
      expect(res.body.error.fields[1].message).toContain('整改截止时间不能早于今天');
    } finally {
      app().clock.now = new Date();
    }
  });

  it('lists bad fields on save and stores nothing', async () => {
    const x = await setup();
    const id = v7();
    const res = await x.insp.json('PUT', `/api/v1/inspections/${id}`, {
      siteId: x.site.id,
      catalogId: x.catalog.id,
      answers: [{ itemId: x.items[0]!.id, answer: 'maybe', fundsFen: -5 }],
    });
    expect(res.status).toBe(422);
    expect(res.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual([
      'answers.0.answer',
      'answers.0.fundsFen',
    ]);
    expect((await x.insp.json('GET', `/api/v1/inspections/${id}`)).status).toBe(404);
  });

  it('answers 404 to other enterprises and other inspectors, for every inspection and hazard endpoint', async () => {
    const x = await setup();
    const id = v7();
    await saveDraft(x.insp, id, x, [scheduledAnswer(x.items[0]!.id)]);
    for (const who of ['ent-b-admin', 'ent-b-insp1', 'ent-a-insp2', 'gov-110108006']) {
      const c = await app().signedIn(who);
      expect((await c.json('GET', `/api/v1/inspections/${id}`)).status, who).toBe(404);
    }
    // An inspector cannot see, save over or submit another inspector's draft.
    const other = await app().signedIn('ent-a-insp2');
    expect((await saveDraft(other, id, x, [])).status).toBe(404);
    expect((await other.json('POST', `/api/v1/inspections/${id}/submit`)).status).toBe(404);
    // Nor start one on a site that is not theirs.
    const b = await app().signedIn('ent-b-insp1');
    const foreign = await saveDraft(b, v7(), x, []);
    expect(foreign.status).toBe(422);
    expect(foreign.body.error.fields[0].path).toBe('siteId');

    const allHazards = await (await app().signedIn('ent-a-admin')).json('GET', '/api/v1/hazards');
    for (const h of allHazards.body.items as { id: string }[]) {
      expect((await b.json('GET', `/api/v1/hazards/${h.id}`)).status).toBe(404);
      expect(
        (await (await app().signedIn('ent-b-admin')).json('GET', `/api/v1/hazards/${h.id}`)).status,
      ).toBe(404);
    }
  });
});
