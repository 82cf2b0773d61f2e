import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness.ts';
import { auditLog, users } from '../../db/schema/index.ts';
import { recordAudit } from '../../lib/audit.ts';

const app = useTestApp();

describe('audit trail', () => {
  it('records sign-ins and failed sign-ins', async () => {
    await app().client().post('/api/v1/auth/sign-in', { username: 'gov-110102', password: 'bad' });
    await app().signedIn('gov-110102');
    const rows = await app()
      .database.db.select()
      .from(auditLog)
      .where(eq(auditLog.action, 'auth.sign_in_failed'));
    expect(rows.at(-1)).toMatchObject({
      actorId: null,
      after: { username: 'gov-110102', reason: 'wrong_password' },
    });
    const ok = await app().database.db.select().from(auditLog).where(eq(auditLog.action, 'auth.sign_in'));
    expect(ok.at(-1)?.actorName).toBe('西城区安委办（gov-110102）');
  });

  it('is verified by the admin, and refused to everyone else', async () => {
    const admin = await app().signedIn('admin');
    const res = await admin.json('GET', '/api/v1/audit/verify');
    expect(res.status).toBe(200);
    expect(res.body.ok).toBe(true);
    expect(res.body.checked).toBeGreaterThan(10);
    for (const who of ['gov-city', 'ent-a-admin']) {
      expect((await (await app().signedIn(who)).json('GET', '/api/v1/audit/verify')).status).toBe(403);
    }
  });

  it('refuses to change or delete an entry', async () => {
    await expect(
      app().database.db.update(auditLog).set({ action: 'x' }).where(eq(auditLog.seq, 1)),
    ).rejects.toThrow();
    await expect(app().database.db.delete(auditLog).where(eq(auditLog.seq, 1))).rejects.toThrow();
  });

  it('leaves no half record: a change that fails takes its audit entry with it', async () => {
    const before = await app().database.db.select({ seq: auditLog.seq }).from(auditLog);
    await expect(
      app().database.db.transaction(async (tx) => {
        await tx.update(users).set({ displayName: '改名' }).where(eq(users.username, 'ent-b-admin'));
        await recordAudit(tx, { actor: null, requestId: 'test', ip: 'test' }, new Date(), {
          action: 'user.renamed',
          entityType: 'user',
        });
        throw new Error('stopped halfway');
      }),
    ).rejects.toThrow('stopped halfway');
    const after = await app().database.db.select({ seq: auditLog.seq }).from(auditLog);
    expect(after.length).toBe(before.length);
    const user = await app().database.db.query.users.findFirst({ where: eq(users.username, 'ent-b-admin') });
    expect(user?.displayName).toBe('陈静');
  });

  // Runs last: it tampers with the trail.
  it('reports the first tampered entry and the first removed one', async () => {
    const admin = await app().signedIn('admin');
    await app().database.db.transaction(async (tx) => {
      // Only a superuser bypassing the append-only trigger can do this; the chain still shows it.
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx
        .update(auditLog)
        .set({ after: { username: 'someone-else' } })
        .where(eq(auditLog.seq, 5));
    });
    const tampered = await admin.json('GET', '/api/v1/audit/verify');
    expect(tampered.body).toMatchObject({
      ok: false,
      checked: 4,
      firstBroken: { seq: 5, reason: 'hash_mismatch' },
    });

    await app().database.db.transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx.delete(auditLog).where(eq(auditLog.seq, 3));
    });
    const removed = await admin.json('GET', '/api/v1/audit/verify');
    expect(removed.body).toMatchObject({
      ok: false,
      checked: 2,
      firstBroken: { seq: 4, reason: 'chain_break' },
    });
  });
});
