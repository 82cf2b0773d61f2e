import type { AnswerInput, HazardView, LedgerEntryView, ReminderView } from '@ancha/contracts';
import { eq, sql } from 'drizzle-orm';
import { v7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness.ts';
import { clearAnswer, officeSite, saveDraft, scheduledAnswer } from '../../../test/inspecting.ts';
import { withoutDemoLedger } from '../../../test/ledger.ts';
import { postOfA } from '../../../test/standards.ts';
import { queryRows } from '../../db/client.ts';
import { postChecklistItems, reminders } from '../../db/schema/index.ts';
import { createLogger } from '../../lib/logger.ts';
import { addDays } from './reminder-rules.ts';
import { createRemindersJob } from './reminders.job.ts';

const app = useTestApp();

/** A Beijing date and hour as the instant the test clock is set to. */
const beijing = (date: string, hour: number) =>
  new Date(`${date}T${String(hour).padStart(2, '0')}:00:00+08:00`);

function job() {
  const t = app();
  return createRemindersJob({
    config: t.config,
    database: t.database,
    log: createLogger('silent'),
    now: () => t.clock.now,
  });
}

interface Seen {
  id: string;
  kind: string;
  subject: string;
  username: string;
}
async function allReminders(): Promise<Seen[]> {
  return queryRows<Seen>(
    app().database.db,
    sql`select r.id, r.kind, r.subject_id as subject, u.username from reminders r join users u on u.id = r.user_id`,
  );
}

/** ent-a-insp1 submits a record of 办公区域 with one hazard; returns the hazard's id. */
async function submitHazard(level: 'general' | 'major', deadline: string, description: string) {
  const insp = await app().signedIn('ent-a-insp1');
  const x = await officeSite(insp, 'fire_safety');
  const item = x.items.find((i) => Boolean(i.major) === (level === 'major'))!;
  const special = { situation: description, severity: '火灾时无法疏散', plan: '立即整改' };
  const hazard: AnswerInput = scheduledAnswer(item.id, {
    description,
    level,
    deadline,
    ...(level === 'major' ? { specialReport: special } : {}),
  });
  const id = v7();
  await saveDraft(
    insp,
    id,
    x,
    x.items.map((i) => (i.id === item.id ? hazard : clearAnswer(i.id))),
  );
  expect((await insp.json('POST', `/api/v1/inspections/${id}/submit`)).status).toBe(200);
  const list: HazardView[] = (await insp.json('GET', '/api/v1/hazards?status=pending&limit=200')).body.items;
  return list.find((h) => h.inspectionId === id)!.id;
}

async function entryOf(hazardId: string): Promise<LedgerEntryView> {
  const office = await app().signedIn('gov-110102');
  const list: LedgerEntryView[] = (await office.json('GET', '/api/v1/ledger?limit=200')).body.items;
  return list.find((e) => e.hazardId === hazardId)!;
}

describe('系统提醒 over a simulated month (G7)', () => {
  it('writes each reminder once, on its day, to the right people, however often the job runs', async () => {
    const run = job();
    // The demo's own ledger would add its stale reminders; this month is about the records made
    // here. Its record is reported first, so that no later 上报 proposes its hazards again.
    app().clock.now = beijing('2027-02-28', 8);
    const admin = await app().signedIn('ent-a-admin');
    expect((await admin.json('POST', '/api/v1/inspections/report')).status).toBe(200);
    await withoutDemoLedger(app().database.db);
    const postId = await postOfA(app(), {
      frequency: 'monthly',
      createdAt: beijing('2027-02-01', 9),
      holder: 'ent-a-insp2',
      name: '配电巡检岗',
    });
    await app().database.db.insert(postChecklistItems).values({ postId, itemNo: '1.1.1' });
    // Whatever the demo data is due for by the end of February is written now, and not again.
    app().clock.now = beijing('2027-02-28', 9);
    await run.run();
    const seen = new Set((await allReminders()).map((r) => r.id));

    const s: { h1?: string; m?: string; h1Entry?: string; mEntry?: string } = {};
    const offices = ['gov-110102', 'gov-110102001'];
    // Who gets what about the records made here, by day; anything else on another day fails.
    const expectedOn = (day: string): string[] => {
      const to = (kind: string, subject: string | undefined, users: string[]) =>
        users.map((u) => `${kind} ${subject} ${u}`);
      switch (day) {
        case '2027-03-03':
          return to('major_hazard', s.mEntry, [...offices, 'gov-city', 'gov-ind-power']);
        case '2027-03-07':
          return to('deadline_near', s.h1, ['ent-a-admin', 'ent-a-insp1']);
        case '2027-03-11':
          return to('deadline_passed', s.h1, ['ent-a-admin', ...offices]);
        case '2027-03-19':
          return to('ledger_stale', s.mEntry, offices);
        case '2027-03-20':
          return to('inspection_due', postId, ['ent-a-insp2']);
        default:
          return [];
      }
    };

    for (let day = '2027-03-01'; day <= '2027-03-31'; day = addDays(day, 1)) {
      app().clock.now = beijing(day, 9);
      await run.run();
      app().clock.now = beijing(day, 10);
      if (day === '2027-03-02') {
        s.h1 = await submitHazard('general', '2027-03-10', '配电室门口堆放杂物');
        const admin = await app().signedIn('ent-a-admin');
        expect((await admin.json('POST', '/api/v1/inspections/report')).body).toEqual({ reported: 1 });
        s.h1Entry = (await entryOf(s.h1)).id;
      }
      if (day === '2027-03-03') {
        s.m = await submitHazard('major', '2027-04-15', '安全出口被锁闭');
        s.mEntry = (await entryOf(s.m)).id;
        const listing = { hazardType: 'fire', hazardSubtype: 'other', note: '确认挂账' };
        const office = await app().signedIn('gov-110102');
        expect((await office.json('POST', `/api/v1/ledger/${s.mEntry}/list`, listing)).status).toBe(200);
      }
      // Evening runs on the days something happened, and every fifth day: the same instant's rules again.
      if (['2027-03-02', '2027-03-03'].includes(day) || day.endsWith('5') || day.endsWith('0')) {
        app().clock.now = beijing(day, 18);
        await run.run();
        await run.run();
      }
      const fresh = (await allReminders()).filter((r) => !seen.has(r.id));
      for (const r of fresh) seen.add(r.id);
      const want = expectedOn(day);
      const got = fresh.map((r) => `${r.kind} ${r.subject} ${r.username}`);
      const enterprises = fresh.filter(
        (r) => ['inspection_due', 'report_day'].includes(r.kind) && r.subject !== postId,
      );
      const others = got.filter(
        (g) => !enterprises.some((e) => g === `${e.kind} ${e.subject} ${e.username}`),
      );
      expect(others.sort(), day).toEqual(want.sort());
      // Enterprise-month reminders: B (no record this month) on the 20th and the 22nd; A only of its
      // unreported record on the 22nd, since it did inspect this month.
      const monthly = enterprises.map((r) => `${r.kind} ${r.username}`).sort();
      const wantMonthly =
        day === '2027-03-20'
          ? ['inspection_due ent-b-admin']
          : day === '2027-03-22'
            ? ['report_day ent-a-admin', 'report_day ent-b-admin']
            : [];
      expect(monthly, day).toEqual(wantMonthly);
    }

    // Running again at the end of the month, or twice more on a day already done, adds nothing.
    const before = (await allReminders()).length;
    expect(await run.run(beijing('2027-03-31', 23))).toEqual({ created: 0, emails: 0 });
    expect(await run.run(beijing('2027-03-20', 12))).toEqual({ created: 0, emails: 0 });
    expect((await allReminders()).length).toBe(before);

    // What the enterprise admin sees: the reminders in its words, with the page that handles them.
    const admin2 = await app().signedIn('ent-a-admin');
    const mine: ReminderView[] = (await admin2.json('GET', '/api/v1/reminders?limit=200')).body.items;
    const near = mine.find((r) => r.kind === 'deadline_near')!;
    expect(near.title).toContain('整改期限将至');
    expect(near.body).toContain('配电室门口堆放杂物');
    expect(near.body).toContain('2027年3月10日');
    expect(near.link).toBe(`/console/hazards?id=${s.h1}`);
    const insp = await app().signedIn('ent-a-insp1');
    const inspNear: ReminderView[] = (await insp.json('GET', '/api/v1/reminders?status=unread')).body.items;
    expect(inspNear.map((r) => r.link)).toEqual([`/m/hazards/${s.h1}`]);
    const district = await app().signedIn('gov-110102');
    const stale: ReminderView[] = (await district.json('GET', '/api/v1/reminders?keyword=台账')).body.items;
    expect(stale.map((r) => r.link)).toEqual([`/console/ledger?id=${s.mEntry}`]);
  }, 180_000);
});

describe('a user’s own reminders', () => {
  it('lists, counts, filters and marks only the caller’s reminders; another’s id is 404', async () => {
    const db = app().database.db;
    app().clock.now = new Date('2027-05-21T02:00:00Z');
    const [a, b] = await queryRows<{ id: string }>(
      db,
      sql`select id from users where username in ('ent-a-admin', 'ent-b-admin') order by username`,
    );
    const row = (userId: string, title: string, createdAt: Date) => ({
      id: v7(),
      kind: 'report_day' as const,
      subjectType: 'enterprise',
      subjectId: v7(),
      period: '2027-05',
      userId,
      title,
      body: `${title}。`,
      link: '/console/records',
      createdAt,
    });
    const old = row(a!.id, '上报日将至：旧的', new Date('2027-05-01T02:00:00Z'));
    const recent = row(a!.id, '上报日将至：新的', new Date('2027-05-20T02:00:00Z'));
    const theirs = row(b!.id, '上报日将至：别人的', new Date('2027-05-20T02:00:00Z'));
    await db.delete(reminders);
    await db.insert(reminders).values([old, recent, theirs]);

    const admin = await app().signedIn('ent-a-admin');
    expect((await admin.json('GET', '/api/v1/reminders/unread-count')).body).toEqual({ unread: 2 });
    const titles = async (query: string) =>
      ((await admin.json('GET', `/api/v1/reminders?${query}`)).body.items as ReminderView[]).map(
        (r) => r.title,
      );
    expect(await titles('')).toEqual(['上报日将至：新的', '上报日将至：旧的']);
    expect(await titles('keyword=旧')).toEqual(['上报日将至：旧的']);
    expect(await titles('from=2027-05-20&to=2027-05-20')).toEqual(['上报日将至：新的']);
    expect(await titles('to=2027-05-01')).toEqual(['上报日将至：旧的']);
    const paged = await admin.json('GET', '/api/v1/reminders?limit=1');
    expect(await titles(`limit=1&cursor=${paged.body.nextCursor}`)).toEqual(['上报日将至：旧的']);
    expect((await admin.json('GET', '/api/v1/reminders?status=other&from=5月')).status).toBe(422);

    // Another user's reminder is absent, to read and to mark; it stays unread.
    expect((await admin.json('POST', `/api/v1/reminders/${theirs.id}/read`)).status).toBe(404);
    const office = await app().signedIn('gov-110102');
    expect((await office.json('POST', `/api/v1/reminders/${recent.id}/read`)).status).toBe(404);
    expect((await office.json('GET', '/api/v1/reminders')).body.items).toEqual([]);
    const opened = await admin.json('POST', `/api/v1/reminders/${recent.id}/read`);
    expect(opened.status).toBe(200);
    expect(opened.body.readAt).toBe('2027-05-21T02:00:00.000Z');
    expect(await titles('status=read')).toEqual(['上报日将至：新的']);
    expect(await titles('status=unread')).toEqual(['上报日将至：旧的']);
    expect((await admin.json('POST', '/api/v1/reminders/read-all')).body).toEqual({ updated: 1 });
    expect((await admin.json('GET', '/api/v1/reminders/unread-count')).body).toEqual({ unread: 0 });
    const [other] = await db.select().from(reminders).where(eq(reminders.id, theirs.id));
    expect(other!.readAt).toBeNull();
    const b_ = await app().signedIn('ent-b-admin');
    expect((await b_.json('GET', '/api/v1/reminders/unread-count')).body).toEqual({ unread: 1 });
    // The platform admin has no reminders at all.
    expect((await (await app().signedIn('admin')).json('GET', '/api/v1/reminders')).status).toBe(403);
  });
});
