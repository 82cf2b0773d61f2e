import type { AnswerInput, HazardView } from '@ancha/contracts';
import { v7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import type { TestClient } from '../../../test/client.ts';
import { useTestApp } from '../../../test/harness.ts';
import {
  clearAnswer,
  immediateAnswer,
  type OfficeSite,
  officeSite,
  saveDraft,
  scheduledAnswer,
} from '../../../test/inspecting.ts';

const app = useTestApp();

/** A submitted record: item 0 a scheduled hazard, item 1 fixed on the spot, the rest clear. */
async function submittedRecord() {
  const insp = await app().signedIn('ent-a-insp1');
  const x = await officeSite(insp);
  const id = v7();
  const answers = x.items.map((item, i) =>
    i === 0 ? scheduledAnswer(item.id) : i === 1 ? immediateAnswer(item.id) : clearAnswer(item.id),
  );
  await saveDraft(insp, id, x, answers);
  expect((await insp.json('POST', `/api/v1/inspections/${id}/submit`)).status).toBe(200);
  return { insp, x, id, answers };
}

async function hazardsOf(c: TestClient, id: string, status = ''): Promise<HazardView[]> {
  const res = await c.json('GET', `/api/v1/hazards?limit=200${status && `&status=${status}`}`);
  return res.body.items.filter((h: HazardView) => h.inspectionId === id);
}

const withAnswer = (x: OfficeSite, answers: AnswerInput[], index: number, a: AnswerInput) =>
  answers.map((old, i) => (i === index ? { ...a, itemId: x.items[i]!.id } : old));

describe('correcting a submitted record (E8)', () => {
  it('lets its author correct it before reporting, and its hazards follow', async () => {
    const { insp, x, id, answers } = await submittedRecord();
    let next = withAnswer(x, answers, 0, scheduledAnswer('', { description: '配电室门口堆放纸箱' }));
    next = withAnswer(x, next, 1, clearAnswer(''));
    next = withAnswer(x, next, 2, scheduledAnswer('', { description: '电缆沟盖板缺失' }));
    const res = await saveDraft(insp, id, x, next);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('submitted');

    const listed = await hazardsOf(insp, id);
    expect(listed.map((h) => h.description).sort()).toEqual(['电缆沟盖板缺失', '配电室门口堆放纸箱']);
    const withdrawn = await hazardsOf(insp, id, 'withdrawn');
    expect(withdrawn.map((h) => h.description)).toEqual(['灭火器压力不足']);
    expect((await (await app().signedIn('admin')).json('GET', '/api/v1/audit/verify')).body.ok).toBe(true);

    // Nobody else may correct it: not a colleague, not another enterprise.
    for (const user of ['ent-a-insp2', 'ent-b-insp1'])
      expect((await saveDraft(await app().signedIn(user), id, x, next)).status).toBe(404);
  });

  it('must stay complete: an unanswered item is refused with the count and nothing changes', async () => {
    const { insp, x, id, answers } = await submittedRecord();
    const res = await saveDraft(insp, id, x, answers.slice(0, -2));
    expect(res.status).toBe(422);
    expect(res.body.error.message).toContain('还有 2 项未填写');
    const bad = await saveDraft(insp, id, x, withAnswer(x, answers, 3, scheduledAnswer('', { owner: '' })));
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields[0].path).toBe(`answers.${x.items[3]!.id}.owner`);
    const after = await insp.json('GET', `/api/v1/inspections/${id}`);
    expect(after.body.answeredCount).toBe(x.items.length);
    expect(await hazardsOf(insp, id)).toHaveLength(2);
  });

  it('keeps a handled hazard, a reported record and last month’s record as they are (409)', async () => {
    const { insp, x, id, answers } = await submittedRecord();
    const [pending] = await hazardsOf(insp, id, 'pending');
    await insp.json('POST', `/api/v1/hazards/${pending!.id}/rectification`, {
      note: '已清理',
      result: '通道畅通',
      spentFen: 0,
    });
    const handled = await saveDraft(insp, id, x, withAnswer(x, answers, 0, clearAnswer('')));
    expect(handled.status).toBe(409);
    expect(handled.body.error.message).toContain('已处置');

    // Next month (sessions last hours, so sign in again at that time).
    app().clock.now = new Date(Date.now() + 40 * 24 * 3600 * 1000);
    try {
      const later = await app().signedIn('ent-a-insp1');
      const late = await saveDraft(later, id, x, withAnswer(x, answers, 3, clearAnswer('')));
      expect(late.status).toBe(409);
      expect(late.body.error.message).toContain('只能修改本月提交的自查记录');
    } finally {
      app().clock.now = new Date();
    }

    expect(
      (await (await app().signedIn('ent-a-admin')).json('POST', '/api/v1/inspections/report')).status,
    ).toBe(200);
    const reported = await saveDraft(insp, id, x, answers);
    expect(reported.status).toBe(409);
    expect(reported.body.error.message).toContain('已上报');
  });
});
