import type { HazardDetail } from '@ancha/contracts';
import { v7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness.ts';
import { allAnswered, officeSite, saveDraft, scheduledAnswer } from '../../../test/inspecting.ts';

const app = useTestApp();

/** 李强 submits an inspection of the office site with one scheduled hazard; its id is returned. */
async function pendingHazard(): Promise<string> {
  const insp = await app().signedIn('ent-a-insp1');
  const x = await officeSite(insp);
  const id = v7();
  await saveDraft(insp, id, x, allAnswered(x, scheduledAnswer('', { description: '应急照明损坏' })));
  expect((await insp.json('POST', `/api/v1/inspections/${id}/submit`)).status).toBe(200);
  const hazards = (await insp.json('GET', '/api/v1/hazards?status=pending')).body.items as {
    id: string;
    inspectionId: string;
  }[];
  return hazards.find((h) => h.inspectionId === id)!.id;
}

describe('handling a hazard', () => {
  it('goes from 待处置 to 已处置 by 去处置, is accepted, and keeps its whole history', async () => {
    const id = await pendingHazard();
    const insp = await app().signedIn('ent-a-insp1');
    const before = (await insp.json('GET', '/api/v1/hazards')).body.counts;

    const bad = await insp.json('POST', `/api/v1/hazards/${id}/rectification`, {
      note: '',
      result: '已更换',
      spentFen: -1,
    });
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['note', 'spentFen']);

    const done = await insp.json('POST', `/api/v1/hazards/${id}/rectification`, {
      note: '更换了两盏应急照明灯',
      result: '照明恢复正常',
      spentFen: 42_000,
    });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'resolved', spentFen: 42_000 });
    const after = (await insp.json('GET', '/api/v1/hazards')).body.counts;
    expect(after).toEqual({ pending: before.pending - 1, resolved: before.resolved + 1 });
    expect(
      (
        await insp.json('POST', `/api/v1/hazards/${id}/rectification`, {
          note: 'x',
          result: 'y',
          spentFen: 0,
        })
      ).status,
    ).toBe(409);

    expect((await insp.json('POST', `/api/v1/hazards/${id}/acceptance`, { passed: true })).status).toBe(403);
    const admin = await app().signedIn('ent-a-admin');
    const accepted: HazardDetail = (
      await admin.json('POST', `/api/v1/hazards/${id}/acceptance`, { passed: true, note: '现场核实' })
    ).body;
    expect(accepted.acceptedAt).not.toBeNull();
    expect(accepted.history.map((e) => e.action)).toEqual([
      'hazard.found',
      'hazard.rectified',
      'hazard.accepted',
    ]);
    expect(accepted.history[1]!.actorName).toBe('李强（ent-a-insp1）');
  });

  it('sends a failed acceptance back to 待处置', async () => {
    const id = await pendingHazard();
    await (await app().signedIn('ent-a-insp1')).json('POST', `/api/v1/hazards/${id}/rectification`, {
      note: '临时处理',
      result: '待观察',
      spentFen: 0,
    });
    const res = await (await app().signedIn('ent-a-admin')).json('POST', `/api/v1/hazards/${id}/acceptance`, {
      passed: false,
      note: '未整改到位',
    });
    expect(res.body.status).toBe('pending');
  });

  it('refuses other enterprises and other inspectors with 404', async () => {
    const id = await pendingHazard();
    const body = { note: '越权', result: '越权', spentFen: 0 };
    for (const who of ['ent-b-admin', 'ent-b-insp1', 'ent-a-insp2']) {
      const c = await app().signedIn(who);
      expect((await c.json('POST', `/api/v1/hazards/${id}/rectification`, body)).status, who).toBe(404);
    }
    expect(
      (
        await (
          await app().signedIn('ent-b-admin')
        ).json('POST', `/api/v1/hazards/${id}/acceptance`, { passed: true })
      ).status,
    ).toBe(404);
    expect(
      (await (await app().signedIn('gov-110102')).json('POST', `/api/v1/hazards/${id}/rectification`, body))
        .status,
    ).toBe(403);
  });
});
