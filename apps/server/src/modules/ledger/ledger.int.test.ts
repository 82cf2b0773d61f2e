import type { HazardView, LedgerEntryDetail, LedgerEntryView } from '@ancha/contracts';
import { eq } from 'drizzle-orm';
import { v7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness.ts';
import { clearAnswer, officeSite, saveDraft, scheduledAnswer } from '../../../test/inspecting.ts';
import { ledgerRow } from '../../../test/ledger.ts';
import { ledgerEntries } from '../../db/schema/index.ts';

const app = useTestApp();

const specialReport = { situation: '安全出口被锁闭', severity: '火灾时无法疏散', plan: '立即开锁并专人值守' };

/** ent-a-insp1 submits a record with one hazard of the given level; returns its ledger proposal. */
async function proposed(level: 'major' | 'general' = 'major') {
  const insp = await app().signedIn('ent-a-insp1');
  const x = await officeSite(insp, 'fire_safety');
  const item = x.items.find((i) => i.major)!;
  const hazard = scheduledAnswer(item.id, { description: '安全出口被锁闭', level, specialReport });
  const id = v7();
  await saveDraft(
    insp,
    id,
    x,
    x.items.map((i) => (i.id === item.id ? hazard : clearAnswer(i.id))),
  );
  expect((await insp.json('POST', `/api/v1/inspections/${id}/submit`)).status).toBe(200);
  if (level === 'general') {
    // A general hazard is proposed when its record is reported (E8).
    const admin = await app().signedIn('ent-a-admin');
    expect((await admin.json('POST', '/api/v1/inspections/report')).status).toBe(200);
  }
  const hazards: HazardView[] = (await insp.json('GET', '/api/v1/hazards?status=pending')).body.items;
  const hazardId = hazards.find((h) => h.inspectionId === id)!.id;
  const street = await app().signedIn('gov-110102001');
  const entries: LedgerEntryView[] = (await street.json('GET', '/api/v1/ledger?status=proposed&limit=200'))
    .body.items;
  const entry = entries.find((e) => e.hazardId === hazardId)!;
  expect(entry, 'proposed and visible to the street office').toBeDefined();
  return { insp, hazardId, entry };
}

const post = async (user: string, path: string, body: unknown = {}) =>
  (await app().signedIn(user)).json('POST', `/api/v1/ledger/${path}`, body);
const read = async (id: string): Promise<LedgerEntryDetail> =>
  (await (await app().signedIn('gov-city')).json('GET', `/api/v1/ledger/${id}`)).body;
const listing = { hazardType: 'fire', hazardSubtype: 'other', note: '确认挂账' };

describe('the hazard ledger (G3, G4)', () => {
  it('follows a major hazard from submission to 销账', async () => {
    const { insp, hazardId, entry } = await proposed();
    expect(entry).toMatchObject({ status: 'proposed', level: 'major', source: 'inspection', ledgerNo: null });
    expect(entry.unitName).toBeTruthy();
    expect(entry.streetCode).toBe('110102001');

    const listed = await post('gov-110102', `${entry.id}/list`, listing);
    expect(listed.status).toBe(200);
    expect(listed.body.status).toBe('listed');
    expect(listed.body.ledgerNo).toMatch(/^110102001\d{8}\d{4}$/);
    expect(listed.body.hazardType).toBe('fire');

    // The enterprise has not fixed it yet: nothing to review.
    expect((await post('gov-110102001', `${entry.id}/review`, { result: 'passed' })).status).toBe(409);

    const admin = await app().signedIn('ent-a-admin');
    const fix = { note: '已开锁', result: '出口畅通', spentFen: 0 };
    expect((await insp.json('POST', `/api/v1/hazards/${hazardId}/rectification`, fix)).status).toBe(200);
    expect(
      (await admin.json('POST', `/api/v1/hazards/${hazardId}/acceptance`, { passed: true })).status,
    ).toBe(200);

    const reviewed = await post('gov-110102001', `${entry.id}/review`, {
      result: 'passed',
      reason: '现场核实',
    });
    expect(reviewed.status).toBe(200);
    expect(reviewed.body).toMatchObject({ status: 'reviewed', reviewResult: 'passed' });

    const closed = await post('gov-110102', `${entry.id}/close`, { note: '验收销账' });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'closed', closed: true });
    const detail = await read(entry.id);
    expect(detail.history.map((h) => h.action)).toEqual([
      'ledger.proposed',
      'ledger.listed',
      'ledger.review_passed',
      'ledger.closed',
    ]);
  });

  it('refuses the wrong role (403) and the wrong state (409), leaving the entry as it was', async () => {
    const { entry } = await proposed();
    expect((await post('gov-110102001', `${entry.id}/list`, listing)).status).toBe(403);
    expect((await post('gov-ind-power', `${entry.id}/list`, listing)).status).toBe(403);
    expect((await post('ent-a-admin', `${entry.id}/list`, listing)).status).toBe(403);
    expect((await post('gov-110108', `${entry.id}/list`, listing)).status).toBe(404);
    expect((await post('gov-110102', `${entry.id}/close`)).status).toBe(409);
    expect(await read(entry.id)).toMatchObject({ status: 'proposed', ledgerNo: null });

    const bad = await post('gov-110102', `${entry.id}/list`, { hazardType: 'fire', hazardSubtype: 'coal' });
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields[0].path).toBe('hazardSubtype');

    expect((await post('gov-110102', `${entry.id}/list`, listing)).status).toBe(200);
    const again = await post('gov-110102', `${entry.id}/list`, listing);
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain('待确认');
    expect((await post('gov-110102', `${entry.id}/reject`, { reason: '重复' })).status).toBe(409);

    // A street office may not close; nobody closes before the review.
    expect((await post('gov-110102001', `${entry.id}/close`)).status).toBe(403);
    const early = await post('gov-110102', `${entry.id}/close`);
    expect(early.status).toBe(409);
    expect(early.body.error.message).toContain('复查合格后才能销账');
    expect(await read(entry.id)).toMatchObject({ status: 'listed', closedAt: null });

    // Reviewing or supervising a closed entry is refused.
    await app()
      .database.db.update(ledgerEntries)
      .set({ status: 'closed' })
      .where(eq(ledgerEntries.id, entry.id));
    expect((await post('gov-110102001', `${entry.id}/review`, { result: 'passed' })).status).toBe(409);
    expect((await read(entry.id)).reviewResult).toBe('none');
  });

  it('rejects a proposal with its reason', async () => {
    const { entry } = await proposed();
    expect((await post('gov-110102', `${entry.id}/reject`, { reason: '' })).status).toBe(422);
    const res = await post('gov-city', `${entry.id}/reject`, { reason: '不属于安全隐患' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'rejected', rejectedReason: '不属于安全隐患' });
  });

  it('sends the hazard back to the enterprise’s 待处置 when the review fails', async () => {
    const { insp, hazardId, entry } = await proposed();
    await post('gov-110102', `${entry.id}/list`, listing);
    await insp.json('POST', `/api/v1/hazards/${hazardId}/rectification`, {
      note: '已整改',
      result: '好',
      spentFen: 0,
    });
    expect((await post('gov-110102001', `${entry.id}/review`, { result: 'failed' })).status).toBe(422);
    const res = await post('gov-110102001', `${entry.id}/review`, { result: 'failed', reason: '出口仍被堵' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'listed', reviewResult: 'failed', reviewNote: '出口仍被堵' });
    const hazard = (await insp.json('GET', `/api/v1/hazards/${hazardId}`)).body;
    expect(hazard.status).toBe('pending');
    expect(hazard.acceptedAt).toBeNull();
    expect(hazard.history.at(-1).action).toBe('hazard.review_failed');
  });

  it('puts major hazards only under supervised listing, district then city', async () => {
    const major = (await proposed()).entry;
    await post('gov-110102', `${major.id}/list`, listing);
    const supervised = await post('gov-110102', `${major.id}/supervise`, { note: '区级督办' });
    expect(supervised.status).toBe(200);
    expect(supervised.body.supervisionLevel).toBe('district');
    expect((await post('gov-110102', `${major.id}/supervise`)).status).toBe(409);
    expect((await post('gov-110102001', `${major.id}/supervise`)).status).toBe(403);
    expect((await post('gov-city', `${major.id}/supervise`)).body.supervisionLevel).toBe('city');

    const general = (await proposed('general')).entry;
    await post('gov-110102', `${general.id}/list`, listing);
    const refused = await post('gov-110102', `${general.id}/supervise`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('重大隐患');
  });

  it('shows each office only its scope', async () => {
    const { entry } = await proposed();
    // An entry of another industry in the same street (as a public report would make it).
    const row = ledgerRow('110102', '110102001', { industries: ['building'] });
    await app().database.db.insert(ledgerEntries).values(row);
    const other = row.id;
    const ids = async (user: string) =>
      (
        (await (await app().signedIn(user)).json('GET', '/api/v1/ledger?limit=200')).body
          .items as LedgerEntryView[]
      ).map((e) => e.id);
    expect(await ids('gov-110102001')).toEqual(expect.arrayContaining([entry.id, other]));
    expect(await ids('gov-110108006')).toEqual([]);
    expect(
      (await (await app().signedIn('gov-110108006')).json('GET', `/api/v1/ledger/${entry.id}`)).status,
    ).toBe(404);
    const power = await ids('gov-ind-power');
    expect(power).toContain(entry.id);
    expect(power).not.toContain(other);
    const industry = (await (await app().signedIn('gov-ind-power')).json('GET', '/api/v1/ledger?limit=200'))
      .body.items;
    for (const e of industry as LedgerEntryView[]) expect(e.industries).toContain('power');
    expect((await (await app().signedIn('ent-a-admin')).json('GET', '/api/v1/ledger')).status).toBe(403);
  });
});
