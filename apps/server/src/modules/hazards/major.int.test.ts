import type { HazardDetail } from '@ancha/contracts';
import { v7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness.ts';
import { clearAnswer, officeSite, saveDraft, scheduledAnswer } from '../../../test/inspecting.ts';

const app = useTestApp();

const report = {
  situation: '疏散通道被货物占用，因仓储空间不足',
  severity: '火灾时人员无法疏散，整改需腾退库房',
  plan: '一周内清理通道并划线',
};

/** An office-site inspection against the fire catalog: a major hazard on an item with a clause. */
async function inspectWithMajor(specialReport?: typeof report) {
  const insp = await app().signedIn('ent-a-insp1');
  const x = await officeSite(insp, 'fire_safety');
  const majorItem = x.items.find((i) => i.major)!;
  const generalItem = x.items.find((i) => !i.major)!;
  const hazard = (itemId: string, level: 'major' | 'general') =>
    scheduledAnswer(itemId, {
      description: '安全出口被锁闭',
      level,
      ...(level === 'major' && specialReport ? { specialReport } : {}),
    });
  const answers = x.items.map((i) =>
    i.id === majorItem.id
      ? hazard(i.id, 'major')
      : i.id === generalItem.id
        ? hazard(i.id, 'general')
        : clearAnswer(i.id),
  );
  const id = v7();
  await saveDraft(insp, id, x, answers);
  return { insp, id, majorItem };
}

describe('major hazards (E7)', () => {
  it('need the three-part special report before they can be submitted', async () => {
    const { insp, id, majorItem } = await inspectWithMajor();
    const res = await insp.json('POST', `/api/v1/inspections/${id}/submit`);
    expect(res.status).toBe(422);
    expect(res.body.error.fields.map((f: { path: string }) => f.path)).toEqual([
      `answers.${majorItem.id}.specialReport.situation`,
      `answers.${majorItem.id}.specialReport.severity`,
      `answers.${majorItem.id}.specialReport.plan`,
    ]);
  });

  it('are reported at once to the district and street offices, and can no longer be changed or deleted', async () => {
    const { insp, id } = await inspectWithMajor(report);
    expect((await insp.json('POST', `/api/v1/inspections/${id}/submit`)).status).toBe(200);
    const mine = (await insp.json('GET', '/api/v1/hazards?status=pending')).body.items.filter(
      (h: { inspectionId: string }) => h.inspectionId === id,
    );
    const major = mine.find((h: { level: string }) => h.level === 'major');
    const general = mine.find((h: { level: string }) => h.level === 'general');

    for (const office of ['gov-110102', 'gov-110102001', 'gov-city']) {
      const res = await (await app().signedIn(office)).json('GET', `/api/v1/hazards/${major.id}`);
      expect(res.status, office).toBe(200);
      expect((res.body as HazardDetail).specialReport).toEqual(report);
      // The general one waits for the record to be reported.
      expect((await (await app().signedIn(office)).json('GET', `/api/v1/hazards/${general.id}`)).status).toBe(
        404,
      );
    }
    expect(
      (await (await app().signedIn('gov-110108')).json('GET', `/api/v1/hazards/${major.id}`)).status,
    ).toBe(404);

    const plan = { description: '改了描述', owner: '王五' };
    const put = await insp.json('PUT', `/api/v1/hazards/${major.id}`, plan);
    expect(put.status).toBe(409);
    expect(put.body.error.message).toContain('不能修改或删除');
    expect((await insp.request('DELETE', `/api/v1/hazards/${major.id}`)).status).toBe(409);

    const fixed = await insp.json('PUT', `/api/v1/hazards/${general.id}`, plan);
    expect(fixed.status).toBe(200);
    expect(fixed.body.owner).toBe('王五');
    expect((await insp.request('DELETE', `/api/v1/hazards/${general.id}`)).status).toBe(409);
    expect(
      (await (await app().signedIn('ent-b-admin')).json('PUT', `/api/v1/hazards/${general.id}`, plan)).status,
    ).toBe(404);
  });
});
