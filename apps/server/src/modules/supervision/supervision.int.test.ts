import type { HazardView, LedgerEntryView, SupervisionView } from '@ancha/contracts';
import { v7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import type { TestClient } from '../../../test/client.ts';
import { useTestApp } from '../../../test/harness.ts';
import { allAnswered, type OfficeSite, officeSite, scheduledAnswer } from '../../../test/inspecting.ts';

const app = useTestApp();

const attachment = {
  checkType: 'spot',
  checkUnit: '西长安街街道办事处',
  checkPeople: 3,
  findings: '配电室管理混乱',
  penaltyType: 'fine',
  fineFen: 2_000_000,
} as const;

/** 暂存 of a supervision inspection of enterprise A's 办公区域, as the console sends it. */
function saveSupervision(c: TestClient, id: string, x: OfficeSite, patch: Record<string, unknown> = {}) {
  return c.json('PUT', `/api/v1/supervision-inspections/${id}`, {
    siteId: x.site.id,
    catalogId: x.catalog.id,
    acknowledged: true,
    answers: allAnswered(x, scheduledAnswer('', { description: '监督检查发现：配电室无绝缘垫' })),
    ...attachment,
    ...patch,
  });
}

describe('supervision inspections (G2)', () => {
  it('turns a regulator’s hazard into the enterprise’s, proposed for the ledger, once', async () => {
    const street = await app().signedIn('gov-110102001');
    // A regulator's GET /sites lists the sites in its scope, with their chosen catalogs.
    const x = await officeSite(street);
    const id = v7();
    const draft = await saveSupervision(street, id, x);
    expect(draft.status).toBe(200);
    expect(draft.body).toMatchObject({ status: 'draft', checkType: 'spot', fineFen: 2_000_000 });

    // The draft is the regulator's: neither the enterprise nor the self-inspection endpoints see it.
    const admin = await app().signedIn('ent-a-admin');
    expect((await admin.json('GET', `/api/v1/supervision-inspections/${id}`)).status).toBe(404);
    expect((await street.json('GET', `/api/v1/inspections/${id}`)).status).toBe(404);
    const insp = await app().signedIn('ent-a-insp1');
    expect((await insp.json('POST', `/api/v1/inspections/${id}/submit`)).status).toBe(404);

    const [a, b] = await Promise.all([
      street.json('POST', `/api/v1/supervision-inspections/${id}/submit`),
      street.json('POST', `/api/v1/supervision-inspections/${id}/submit`),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.body).toMatchObject({ status: 'reported', hasHazards: true, hazardCount: 1, ledgerNos: [] });
    expect(b.body.submittedAt).toBe(a.body.submittedAt);

    const pending: HazardView[] = (await admin.json('GET', '/api/v1/hazards?status=pending&limit=200')).body
      .items;
    const found = pending.filter((h) => h.inspectionId === id);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      description: '监督检查发现：配电室无绝缘垫',
      enterpriseId: x.site.enterpriseId,
    });

    const proposed: LedgerEntryView[] = (await street.json('GET', '/api/v1/ledger?status=proposed&limit=200'))
      .body.items;
    const entry = proposed.find((e) => e.hazardId === found[0]!.id);
    expect(entry).toMatchObject({ status: 'proposed', source: 'inspection' });

    // The enterprise reads the submitted record; the self-inspection list does not show it.
    const seen: SupervisionView = (await admin.json('GET', `/api/v1/supervision-inspections/${id}`)).body;
    expect(seen).toMatchObject({
      checkUnit: '西长安街街道办事处',
      penaltyType: 'fine',
      enterpriseName: x.site.enterpriseName,
    });
    const selfList = (await admin.json('GET', '/api/v1/inspections?limit=200')).body.items;
    expect(selfList.some((r: { id: string }) => r.id === id)).toBe(false);

    // Listed in the ledger, the number shows on the supervision record.
    const district = await app().signedIn('gov-110102');
    const listed = await district.json('POST', `/api/v1/ledger/${entry!.id}/list`, {
      hazardType: 'fire',
      hazardSubtype: 'other',
    });
    expect(listed.status).toBe(200);
    const after: SupervisionView = (await street.json('GET', `/api/v1/supervision-inspections/${id}`)).body;
    expect(after.ledgerNos).toEqual([listed.body.ledgerNo]);

    // A late autosave of a submitted record is refused.
    expect((await saveSupervision(street, id, x)).status).toBe(409);
  });

  it('keeps to the regulator’s scope: another street reads 404 and cannot inspect', async () => {
    const street = await app().signedIn('gov-110102001');
    const x = await officeSite(street);
    const id = v7();
    await saveSupervision(street, id, x, { penaltyType: 'order', fineFen: undefined });
    await street.json('POST', `/api/v1/supervision-inspections/${id}/submit`);

    const other = await app().signedIn('gov-110108006');
    expect((await other.json('GET', `/api/v1/supervision-inspections/${id}`)).status).toBe(404);
    const list = (await other.json('GET', '/api/v1/supervision-inspections?limit=200')).body.items;
    expect(list.some((r: { id: string }) => r.id === id)).toBe(false);
    expect((await saveSupervision(other, v7(), x)).status).toBe(404);
    expect((await other.json('POST', `/api/v1/supervision-inspections/${id}/submit`)).status).toBe(404);

    // The district and the city see it; the ledger's filters find it.
    for (const user of ['gov-110102', 'gov-city']) {
      const c = await app().signedIn(user);
      const page = (await c.json('GET', '/api/v1/supervision-inspections?penaltyType=order&checkType=spot'))
        .body.items;
      expect(page.map((r: { id: string }) => r.id)).toContain(id);
    }
    const none = (await street.json('GET', '/api/v1/supervision-inspections?penaltyType=close')).body.items;
    expect(none.some((r: { id: string }) => r.id === id)).toBe(false);
    const byName = (
      await street.json(
        'GET',
        `/api/v1/supervision-inspections?keyword=${encodeURIComponent(x.site.enterpriseName.slice(0, 4))}`,
      )
    ).body.items;
    expect(byName.map((r: { id: string }) => r.id)).toContain(id);
    const past = (await street.json('GET', '/api/v1/supervision-inspections?from=2000-01-01&to=2000-12-31'))
      .body.items;
    expect(past).toEqual([]);
  });

  it('refuses bad input with each field, incomplete records, and enterprise users', async () => {
    const street = await app().signedIn('gov-110102001');
    const x = await officeSite(street);
    const bad = await saveSupervision(street, v7(), x, { checkPeople: -2, fineFen: undefined });
    expect(bad.status).toBe(422);
    const paths = bad.body.error.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['checkPeople', 'fineFen']));
    const amountWithoutFine = await saveSupervision(street, v7(), x, { penaltyType: 'none' });
    expect(amountWithoutFine.status).toBe(422);
    expect(amountWithoutFine.body.error.fields[0].path).toBe('fineFen');

    // A draft may leave the attachment's fields empty; submitting names each one.
    const id = v7();
    const partial = await saveSupervision(street, id, x, {
      checkType: undefined,
      checkPeople: undefined,
      penaltyType: undefined,
      fineFen: undefined,
    });
    expect(partial.status).toBe(200);
    const refused = await street.json('POST', `/api/v1/supervision-inspections/${id}/submit`);
    expect(refused.status).toBe(422);
    expect(refused.body.error.fields.map((f: { path: string }) => f.path)).toEqual([
      'checkType',
      'checkPeople',
      'penaltyType',
    ]);

    for (const user of ['ent-a-admin', 'ent-a-insp1']) {
      const c = await app().signedIn(user);
      const xs = await officeSite(c);
      expect((await saveSupervision(c, v7(), xs)).status).toBe(403);
    }
  });
});
