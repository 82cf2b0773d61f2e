import { eq } from 'drizzle-orm';
import {
  catalogVersions,
  enterprises,
  inspections,
  type ledgerEntries,
  siteCatalogs,
  sites,
  users,
} from '../src/db/schema/index.ts';
import { newId } from '../src/lib/ids.ts';
import type { TestApp } from './harness.ts';
import { ledgerRow } from './ledger.ts';

// The statistics tests' world, written to the database directly: what the figures count is the
// rows, not how the workflow made them (the ledger and inspection tests cover that).

export const XICHENG = '110102';
export const XICHENG_A = '110102001';
export const XICHENG_B = '110102003';
export const HAIDIAN = '110108';
export const HAIDIAN_A = '110108006';

let sequence = 0;
function listed(
  district: string,
  street: string,
  listedAt: string,
  patch: Partial<typeof ledgerEntries.$inferInsert>,
) {
  sequence++;
  return ledgerRow(district, street, {
    status: 'listed',
    ledgerNo: `${street}20260101${String(sequence).padStart(4, '0')}`,
    listedAt: new Date(listedAt),
    hazardType: 'fire',
    deadline: '2026-12-31',
    industries: ['power'],
    ...patch,
  });
}

/**
 * Nine entries; "today" is 2026-11-23 in Beijing. Listed in 2026 (Beijing): 西城 five (two
 * overdue, two major, one reviewed, one closed), 海淀 two; one 海淀 entry listed 2025-12-31 23:00
 * Beijing, which is 2025 there; one 西城 entry listed 2025-12-31T16:30Z, which is 2026-01-01.
 */
export function ledgerWorld() {
  return [
    listed(XICHENG, XICHENG_A, '2026-03-10T02:00:00Z', { deadline: '2026-11-30' }),
    listed(XICHENG, XICHENG_A, '2026-11-02T02:00:00Z', { deadline: '2026-11-01', level: 'major' }),
    listed(XICHENG, XICHENG_A, '2026-11-05T02:00:00Z', {
      status: 'reviewed',
      reviewResult: 'passed',
      industries: ['power', 'postal'],
      hazardType: 'transport',
    }),
    listed(XICHENG, XICHENG_A, '2026-11-05T03:00:00Z', { status: 'closed', level: 'major' }),
    ledgerRow(XICHENG, XICHENG_A, { industries: ['power'], level: 'major' }), // proposed: not in the ledger yet
    listed(XICHENG, XICHENG_B, '2025-12-31T16:30:00Z', { deadline: '2026-10-01', industries: ['postal'] }),
    listed(HAIDIAN, HAIDIAN_A, '2026-06-01T02:00:00Z', {
      level: 'major',
      deadline: '2027-01-01',
      industries: ['postal'],
    }),
    listed(HAIDIAN, HAIDIAN_A, '2026-06-01T03:00:00Z', { status: 'closed', industries: ['postal'] }),
    listed(HAIDIAN, HAIDIAN_A, '2025-12-31T15:00:00Z', { deadline: null }),
  ];
}

/** Two more enterprises in 西城 beside demo A and B: C with 3 of 7 required fields, D with none. */
export async function enterpriseWorld(t: TestApp) {
  const db = t.database.db;
  const at = new Date('2026-10-01T00:00:00Z');
  const base = { createdAt: at, updatedAt: at, industries: ['power'] };
  const c = newId();
  const d = newId();
  await db.insert(enterprises).values([
    {
      ...base,
      id: c,
      name: '统计测试企业C',
      uscc: 'STATS-TEST-C',
      districtCode: XICHENG,
      streetCode: XICHENG_A,
      address: '新街口 1 号',
      legalRepresentative: '王五',
      staffCount: 5,
    },
    {
      ...base,
      id: d,
      name: '统计测试企业D',
      uscc: 'STATS-TEST-D',
      districtCode: XICHENG,
      streetCode: XICHENG_B,
    },
  ]);
  const [a] = await db
    .select()
    .from(enterprises)
    .where(eq(enterprises.districtCode, XICHENG_A.slice(0, 6)));
  const [b] = await db.select().from(enterprises).where(eq(enterprises.districtCode, HAIDIAN));
  return { a: a!.id, b: b!.id, c, d };
}

/** An inspection row of an enterprise, on demo A's first site (the figures look at the enterprise). */
export async function inspectionRow(
  t: TestApp,
  enterpriseId: string,
  patch: Partial<typeof inspections.$inferInsert>,
) {
  const db = t.database.db;
  const [site] = await db.select().from(sites).limit(1);
  const [chosen] = await db.select().from(siteCatalogs).where(eq(siteCatalogs.siteId, site!.id)).limit(1);
  const [version] = await db
    .select()
    .from(catalogVersions)
    .where(eq(catalogVersions.catalogId, chosen!.catalogId))
    .limit(1);
  const [inspector] = await db.select().from(users).where(eq(users.username, 'ent-a-insp1'));
  const at = new Date('2026-11-01T00:00:00Z');
  await db.insert(inspections).values({
    id: newId(),
    enterpriseId,
    districtCode: XICHENG,
    streetCode: XICHENG_A,
    siteId: site!.id,
    catalogId: chosen!.catalogId,
    catalogVersionId: version!.id,
    inspectorId: inspector!.id,
    status: 'reported',
    createdAt: at,
    savedAt: at,
    submittedAt: at,
    ...patch,
  });
}
