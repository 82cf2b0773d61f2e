import { shanghaiDate } from '@ancha/contracts';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.ts';
import { reminders } from '../../db/schema/index.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { Deps } from '../../lib/context.ts';
import { newId } from '../../lib/ids.ts';
import { queueEmails } from '../delivery/outbox.ts';
import { enterpriseMonthReminders, postReminders } from './enterprise-reminders.ts';
import { deadlineReminders, ledgerStaleReminders, majorHazardReminders } from './hazard-reminders.ts';
import { activeOffices, type ReminderDraft } from './recipients.ts';

export const REMINDERS_JOB = 'reminders';
/** Any fixed number, distinct from the other jobs' locks: one app process writes reminders at a time. */
const REMINDERS_JOB_LOCK = 7_202_604;
const CHUNK = 500;

export interface RemindersRun {
  created: number;
  emails: number;
}

/**
 * 系统提醒 (G7): applies every rule for one instant and writes what is due, in one transaction
 * under the advisory lock. The unique key (kind, subject, period, user) makes it idempotent: run
 * it every ten minutes, or twice at once from two processes, and each reminder exists once.
 * Emails for the new reminders are queued in the same transaction (modules/delivery).
 */
export function createRemindersJob({ database, config, now }: Deps) {
  const db = database.db;
  return {
    async run(at: Date = now()): Promise<RemindersRun | 'busy'> {
      const today = shanghaiDate(at);
      const meta = { actor: null, requestId: `job:${REMINDERS_JOB}`, ip: 'local' };
      return db.transaction(async (tx) => {
        const [lock] = await queryRows<{ ok: boolean }>(
          tx,
          sql`select pg_try_advisory_xact_lock(${REMINDERS_JOB_LOCK}) as ok`,
        );
        if (!lock?.ok) return 'busy' as const;
        const offices = await activeOffices(tx);
        const drafts: ReminderDraft[] = [
          ...(await enterpriseMonthReminders(tx, today)),
          ...(await postReminders(tx, today)),
          ...(await deadlineReminders(tx, today, offices)),
          ...(await majorHazardReminders(tx, at, offices)),
          ...(await ledgerStaleReminders(tx, at, today, offices)),
        ];
        const unique = [
          ...new Map(drafts.map((d) => [`${d.kind}|${d.subjectId}|${d.period}|${d.user.id}`, d])).values(),
        ];
        const created: { id: string; draft: ReminderDraft }[] = [];
        for (let i = 0; i < unique.length; i += CHUNK) {
          const chunk = unique.slice(i, i + CHUNK).map((d) => ({ id: newId(), draft: d }));
          const inserted = await tx
            .insert(reminders)
            .values(
              chunk.map(({ id, draft: d }) => ({
                id,
                kind: d.kind,
                subjectType: d.subjectType,
                subjectId: d.subjectId,
                period: d.period,
                userId: d.user.id,
                enterpriseId: d.enterpriseId,
                title: d.title,
                body: d.body,
                link: d.link,
                createdAt: at,
              })),
            )
            .onConflictDoNothing()
            .returning({ id: reminders.id });
          const ids = new Set(inserted.map((r) => r.id));
          created.push(...chunk.filter((c) => ids.has(c.id)));
        }
        if (created.length === 0) return { created: 0, emails: 0 };
        const emails = await queueEmails(
          tx,
          config,
          at,
          created.map(({ id, draft: d }) => ({
            sourceType: 'reminder',
            sourceId: id,
            userId: d.user.id,
            email: d.user.email,
            subject: `【安查系统提醒】${d.title}`,
            text: d.body,
            link: d.link,
          })),
        );
        const byKind: Record<string, number> = {};
        for (const { draft } of created) byKind[draft.kind] = (byKind[draft.kind] ?? 0) + 1;
        // One entry per run that wrote anything: who was reminded of what is in the rows themselves.
        await recordAudit(tx, meta, at, {
          action: 'reminders.created',
          entityType: 'job',
          after: { day: today, created: byKind, emails },
        });
        return { created: created.length, emails };
      });
    },
  };
}

export type RemindersJob = ReturnType<typeof createRemindersJob>;
