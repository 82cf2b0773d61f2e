import type { CatalogDetail, HazardView, LedgerEntryView, SiteView } from '@ancha/contracts';
import { v7 } from 'uuid';
import { expect } from 'vitest';
import type { TestClient } from './client.ts';
import type { TestApp } from './harness.ts';
import { allAnswered, clearAnswer, scheduledAnswer } from './inspecting.ts';
import { enterpriseARecords } from './tenant-records.ts';

// The government-scope sweep's world: records of 西城 and of 海淀, each made through the API by
// the people who would make them, so every route reads what the workflow really leaves behind.

const specialReport = { situation: '安全出口被锁闭', severity: '火灾时无法疏散', plan: '立即开锁并专人值守' };
const listing = { hazardType: 'fire', hazardSubtype: 'other', note: '确认挂账' };

/** A site of the inspector's enterprise with its fire-safety catalog (both demo enterprises have one). */
async function fireSite(insp: TestClient, siteName: string) {
  const sites: SiteView[] = (await insp.json('GET', '/api/v1/sites')).body.items;
  const site = sites.find((s) => s.name === siteName)!;
  const catalog = site.catalogs.find((c) => c.industryCode === 'fire_safety')!;
  const detail: CatalogDetail = (await insp.json('GET', `/api/v1/catalogs/${catalog.id}`)).body;
  const items = detail.categories.flatMap((c) => c.children.flatMap((s) => s.items));
  return { site, catalog, items };
}

/** An inspector submits a record with one major hazard (proposed at once, E7); the district lists it. */
async function listedMajor(app: TestApp, inspector: string, siteName: string, district: string) {
  const insp = await app.signedIn(inspector);
  const x = await fireSite(insp, siteName);
  const major = x.items.find((i) => i.major)!;
  const id = v7();
  const answers = x.items.map((i) =>
    i.id === major.id
      ? scheduledAnswer(i.id, { description: `${siteName}安全出口被锁闭`, level: 'major', specialReport })
      : clearAnswer(i.id),
  );
  const body = { siteId: x.site.id, catalogId: x.catalog.id, post: '安全员', acknowledged: true, answers };
  expect((await insp.json('PUT', `/api/v1/inspections/${id}`, body)).status).toBe(200);
  expect((await insp.json('POST', `/api/v1/inspections/${id}/submit`)).status).toBe(200);
  const hazards: HazardView[] = (await insp.json('GET', '/api/v1/hazards?status=pending')).body.items;
  const hazardId = hazards.find((h) => h.inspectionId === id)!.id;
  const office = await app.signedIn(district);
  const proposed: LedgerEntryView[] = (await office.json('GET', '/api/v1/ledger?status=proposed&limit=200'))
    .body.items;
  const entry = proposed.find((e) => e.hazardId === hazardId)!;
  const listed = await office.json('POST', `/api/v1/ledger/${entry.id}/list`, listing);
  expect(listed.status).toBe(200);
  return { inspectionId: id, hazardId, entryId: entry.id, ledgerNo: listed.body.ledgerNo as string, x };
}

/** A regulator's submitted supervision inspection of a site (G2). */
async function supervise(app: TestApp, user: string, x: Awaited<ReturnType<typeof fireSite>>, unit: string) {
  const office = await app.signedIn(user);
  const id = v7();
  const saved = await office.json('PUT', `/api/v1/supervision-inspections/${id}`, {
    siteId: x.site.id,
    catalogId: x.catalog.id,
    acknowledged: true,
    answers: allAnswered(x, clearAnswer('')),
    checkType: 'routine',
    checkUnit: unit,
    checkPeople: 2,
    penaltyType: 'order',
  });
  expect(saved.status).toBe(200);
  expect((await office.json('POST', `/api/v1/supervision-inspections/${id}/submit`)).status).toBe(200);
  return id;
}

/** An office's plan for the year; returns its id. */
async function plan(app: TestApp, user: string, year: number, unitName: string) {
  const office = await app.signedIn(user);
  const rows = [{ schedule: '每季度', people: '2 人', targets: '辖区企业', focus: '消防通道' }];
  const saved = await office.json('PUT', `/api/v1/plans/${year}`, {
    unitName,
    targetInspections: 12,
    verificationPercent: 20,
    note: '',
    rows,
  });
  expect(saved.status).toBe(200);
  return saved.body.id as string;
}

/**
 * 西城: enterprise A's records of every kind (tenant-records), a major hazard listed by 西城区, a
 * supervision inspection by 西长安街街道 and its plan. 海淀: B's major hazard listed by 海淀区, a
 * supervision inspection and a plan of 紫竹院街道.
 */
export async function scopeWorld(app: TestApp, year: number) {
  const a = await enterpriseARecords(app);
  const aMajor = await listedMajor(app, 'ent-a-insp1', '办公区域', 'gov-110102');
  const aPlan = await plan(app, 'gov-110102001', year, '西长安街街道办事处');
  const bMajor = await listedMajor(app, 'ent-b-insp1', '东部办公区域', 'gov-110108');
  const bSupervision = await supervise(app, 'gov-110108006', bMajor.x, '紫竹院街道办事处');
  const bPlan = await plan(app, 'gov-110108006', year, '紫竹院街道办事处');

  // Everything of 西城 that exists, as 西城区's own office sees it.
  const xicheng = await app.signedIn('gov-110102');
  const ids = async (path: string) =>
    ((await xicheng.json('GET', `/api/v1/${path}`)).body.items as { id: string }[]).map((r) => r.id);
  const ledger: LedgerEntryView[] = (await xicheng.json('GET', '/api/v1/ledger?limit=200')).body.items;
  const enterprise = (await xicheng.json('GET', `/api/v1/enterprises/${a.enterpriseId}`)).body;
  return {
    a,
    aMajor,
    aPlan,
    bMajor,
    bSupervision,
    bPlan,
    xicheng: {
      enterpriseId: a.enterpriseId,
      names: [enterprise.name as string, enterprise.uscc as string],
      sites: await ids(`sites?enterpriseId=${a.enterpriseId}&limit=200`),
      inspections: await ids(`inspections?enterpriseId=${a.enterpriseId}&limit=200`),
      hazards: await ids(`hazards?enterpriseId=${a.enterpriseId}&limit=200`),
      supervisions: await ids(`supervision-inspections?enterpriseId=${a.enterpriseId}&limit=200`),
      ledger: ledger.map((e) => e.id),
      ledgerNos: ledger.flatMap((e) => (e.ledgerNo ? [e.ledgerNo] : [])),
      files: [a.fileId],
    },
  };
}
export type ScopeWorld = Awaited<ReturnType<typeof scopeWorld>>;

/** Every string that must never reach a 海淀 office: 西城's ids, names and ledger numbers. */
export function xichengSecrets(w: ScopeWorld): string[] {
  const x = w.xicheng;
  return [
    x.enterpriseId,
    ...x.names,
    ...x.sites,
    ...x.inspections,
    ...x.hazards,
    ...x.supervisions,
    ...x.ledger,
    ...x.ledgerNos,
    ...x.files,
    w.a.imageId,
    w.a.personId,
    w.a.draftId,
    w.aPlan,
  ];
}
