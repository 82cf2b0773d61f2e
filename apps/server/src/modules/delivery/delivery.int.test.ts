import type { AddressInfo } from 'node:net';
import type { HazardView } from '@ancha/contracts';
import { eq, inArray } from 'drizzle-orm';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { v7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness.ts';
import { clearAnswer, officeSite, saveDraft, scheduledAnswer } from '../../../test/inspecting.ts';
import { type Config, loadConfig } from '../../config/env.ts';
import { deliveries, users } from '../../db/schema/index.ts';
import { createLogger } from '../../lib/logger.ts';
import { createRemindersJob } from '../reminders/reminders.job.ts';
import { configuredChannels } from './channel.ts';
import { createDeliveryJob, MAX_ATTEMPTS } from './delivery.job.ts';

const app = useTestApp();

// A real SMTP server on a free local port: what the channel sends is parsed as a mail client
// would, Chinese subject and body included. It refuses one recipient, as a real server may.
const received: ParsedMail[] = [];
const REFUSED = 'nobody@refused.test';
let server: SMTPServer;
let port = 0;
beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address === REFUSED) return callback(new Error('550 用户不存在'));
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function deps(patch: Partial<Config>) {
  const t = app();
  return {
    config: { ...t.config, ...patch },
    database: t.database,
    log: createLogger('silent'),
    now: () => t.clock.now,
  };
}

/** ent-a-insp1 submits a record with one general hazard due on `deadline`; returns its id. */
async function hazardDue(deadline: string, description: string): Promise<string> {
  const insp = await app().signedIn('ent-a-insp1');
  const x = await officeSite(insp, 'fire_safety');
  const item = x.items.find((i) => !i.major)!;
  const id = v7();
  const answers = x.items.map((i) =>
    i.id === item.id ? scheduledAnswer(item.id, { description, deadline }) : clearAnswer(i.id),
  );
  await saveDraft(insp, id, x, answers);
  expect((await insp.json('POST', `/api/v1/inspections/${id}/submit`)).status).toBe(200);
  const list: HazardView[] = (await insp.json('GET', '/api/v1/hazards?status=pending&limit=200')).body.items;
  return list.find((h) => h.inspectionId === id)!.id;
}

describe('delivery by email (G7 item 6)', () => {
  it('queues nothing without SMTP; with it, mails each reminder once and retries a refused one a bounded number of times', async () => {
    const db = app().database.db;
    app().clock.now = new Date('2027-06-05T02:00:00Z');
    await db.update(users).set({ email: 'liuming@ent-a.test' }).where(eq(users.username, 'ent-a-admin'));
    await db.update(users).set({ email: REFUSED }).where(eq(users.username, 'ent-a-insp1'));

    await hazardDue('2027-06-07', '灭火器过期未更换');
    expect(await createRemindersJob(deps({})).run()).toMatchObject({ emails: 0 });
    expect(await db.select().from(deliveries)).toEqual([]);

    const smtp = { url: `smtp://127.0.0.1:${port}`, from: '安查系统 <noreply@ancha.test>' };
    const withMail = deps({ smtp, publicUrl: 'https://ancha.example.com' });
    const hazardId = await hazardDue('2027-06-08', '配电室应急照明损坏');
    // Only the new hazard's reminders are new; ent-a-insp2 has no email address and gets none.
    expect(await createRemindersJob(withMail).run()).toEqual({ created: 2, emails: 2 });
    const queued = await db.select().from(deliveries);
    expect(queued.map((d) => [d.address, d.status]).sort()).toEqual([
      ['liuming@ent-a.test', 'pending'],
      [REFUSED, 'pending'],
    ]);

    const delivery = createDeliveryJob(withMail, configuredChannels(withMail.config));
    const [first, second] = await Promise.all([delivery.run(), delivery.run()]);
    expect([first, second]).toContainEqual('busy');
    expect([first, second]).toContainEqual({ sent: 1, failed: 1 });

    expect(received).toHaveLength(1);
    const mail = received[0]!;
    expect(mail.subject).toBe('【安查系统提醒】整改期限将至：配电室应急照明损坏');
    expect(mail.from?.text).toContain('noreply@ancha.test');
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : '').toBe('liuming@ent-a.test');
    expect(mail.text).toContain(
      '北京安查示范电力运维有限公司（演示）的隐患“配电室应急照明损坏”整改期限为2027年6月8日',
    );
    expect(mail.text).toContain(`处理页面：https://ancha.example.com/console/hazards?id=${hazardId}`);

    const byAddress = async () =>
      Object.fromEntries((await db.select().from(deliveries)).map((d) => [d.address, d]));
    let rows = await byAddress();
    expect(rows['liuming@ent-a.test']).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
    expect(rows['liuming@ent-a.test']!.sentAt).toEqual(app().clock.now);
    expect(rows[REFUSED]).toMatchObject({ status: 'failed', attempts: 1 });
    expect(rows[REFUSED]!.lastError).toContain('用户不存在');

    // Later runs retry the refused one until its attempts are spent, and never resend the other.
    for (let i = 0; i < MAX_ATTEMPTS + 2; i++) await delivery.run();
    rows = await byAddress();
    expect(rows[REFUSED]).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS });
    expect(rows['liuming@ent-a.test']!.attempts).toBe(1);
    expect(received).toHaveLength(1);

    // A reminder job run again queues nothing new.
    expect(await createRemindersJob(withMail).run()).toEqual({ created: 0, emails: 0 });
    expect(
      await db
        .select()
        .from(deliveries)
        .where(inArray(deliveries.status, ['pending'])),
    ).toEqual([]);
  });

  it('refuses an SMTP URL without a sender at start', () => {
    expect(() => loadConfig({ ANCHA_SMTP_URL: 'smtp://127.0.0.1:25' })).toThrow('ANCHA_SMTP_FROM');
    expect(() => loadConfig({ ANCHA_SMTP_URL: 'http://x' })).toThrow('ANCHA_SMTP_URL');
    expect(loadConfig({}).smtp).toBeNull();
  });
});
