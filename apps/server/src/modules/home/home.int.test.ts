import type { EnterpriseHome, GovernmentHome } from '@ancha/contracts';
import { eq } from 'drizzle-orm';
import { v7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness.ts';
import { allAnswered, officeSite, saveDraft, scheduledAnswer } from '../../../test/inspecting.ts';
import { ledgerRow, withoutDemoLedger } from '../../../test/ledger.ts';
import { ledgerEntries, reminders, users } from '../../db/schema/index.ts';
import { newId } from '../../lib/ids.ts';

const app = useTestApp();
const DAY = 86_400_000;

const homeOf = async <T>(username: string): Promise<T> => {
  const res = await (await app().signedIn(username)).json('GET', '/api/v1/home');
  expect(res.status).toBe(200);
  return res.body;
};

/** A 系统提醒 for one user, as the reminders job writes it. */
async function remind(username: string) {
  const db = app().database.db;
  const [u] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  await db.insert(reminders).values({
    id: newId(),
    kind: 'report_day',
    subjectType: 'enterprise',
    subjectId: newId(),
    period: '2026-11',
    userId: u!.id,
    title: '上报日将至',
    body: '请在上报日前上报本月的自查记录',
    createdAt: new Date(),
  });
}

describe('首页 (G7)', () => {
  it("counts an enterprise's records, hazards and unread reminders of this month, for it alone", async () => {
    const before = await homeOf<EnterpriseHome>('ent-a-admin');
    expect(before).toMatchObject({ kind: 'enterprise', enterprise: { streetName: '西长安街街道' } });
    const insp = await app().signedIn('ent-a-insp1');
    const x = await officeSite(insp);
    const id = v7();
    const deadline = new Date(app().clock.now.getTime() + 5 * DAY).toISOString().slice(0, 10);
    await saveDraft(insp, id, x, allAnswered(x, scheduledAnswer('', { deadline })));
    expect((await insp.json('POST', `/api/v1/inspections/${id}/submit`)).status).toBe(200);
    await remind('ent-a-admin');

    const after = await homeOf<EnterpriseHome>('ent-a-admin');
    expect(after.inspections.submitted).toBe(before.inspections.submitted + 1);
    expect(after.hazards.pending).toBe(before.hazards.pending + 1);
    expect(after.hazards.overdue).toBe(before.hazards.overdue);
    expect(after.unread.reminders).toBe(before.unread.reminders + 1);

    // Ten days on, the deadline has passed: the same hazard is now overdue.
    const saved = app().clock.now;
    app().clock.now = new Date(saved.getTime() + 10 * DAY);
    try {
      expect((await homeOf<EnterpriseHome>('ent-a-admin')).hazards.overdue).toBe(before.hazards.overdue + 1);
    } finally {
      app().clock.now = saved;
    }
    // Enterprise B sees none of it.
    const b = await homeOf<EnterpriseHome>('ent-b-admin');
    expect(b.enterprise.id).not.toBe(after.enterprise.id);
    expect(b.unread.reminders).toBe(0);
  });

  it("counts the ledger's work of an office in its own scope only", async () => {
    const db = app().database.db;
    await withoutDemoLedger(db);
    const past = '2020-01-01';
    await db.insert(ledgerEntries).values([
      ledgerRow('110102', '110102001'),
      ledgerRow('110102', '110102001', { status: 'listed', deadline: past, listedAt: new Date() }),
      ledgerRow('110102', '110102003', {
        status: 'listed',
        deadline: '2099-01-01',
        listedAt: new Date(),
        supervisedAt: new Date(),
      }),
      ledgerRow('110108', '110108006', { status: 'listed', deadline: past, listedAt: new Date() }),
    ]);
    const district = await homeOf<GovernmentHome>('gov-110102');
    expect(district).toMatchObject({
      kind: 'government',
      // Entries without an enterprise (a public report) are reviewed as soon as they are listed.
      ledger: { proposed: 1, overdue: 1, supervised: 1, open: 2, awaitingReview: 2 },
    });
    expect(district.enterprises).toBeGreaterThan(0);
    const street = await homeOf<GovernmentHome>('gov-110102001');
    expect(street.ledger).toEqual({ proposed: 1, overdue: 1, supervised: 0, open: 1, awaitingReview: 1 });
    const other = await homeOf<GovernmentHome>('gov-110108006');
    expect(other.ledger).toEqual({ proposed: 0, overdue: 1, supervised: 0, open: 1, awaitingReview: 1 });
    const city = await homeOf<GovernmentHome>('gov-city');
    expect(city.ledger.open).toBe(3);
    await db.delete(ledgerEntries).where(eq(ledgerEntries.districtCode, '110102'));
    await db.delete(ledgerEntries).where(eq(ledgerEntries.districtCode, '110108'));
  });

  it('asks for a sign-in', async () => {
    const res = await app().client().get('/api/v1/home');
    expect(res.status).toBe(401);
  });
});
