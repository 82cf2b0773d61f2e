import { shanghaiDate } from '@ancha/contracts';
import { and, eq, lte, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import { enterprises, inspections, jobRuns } from '../../db/schema/index.ts';
import { type Actor, requireAccess } from '../../lib/access.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { Deps, RequestMeta } from '../../lib/context.ts';
import { hazardsOf, proposeHazards } from '../ledger/ledger-proposals.ts';

/** Any fixed number: only one app process runs the reporting job at a time. */
const REPORT_JOB_LOCK = 7_202_603;
export const AUTO_REPORT_JOB = 'auto-report';

/**
 * 上报 (E8): an enterprise's submitted records become reported — locked, and visible to its
 * regulators. The enterprise may report at any time; on its report day (default the 25th,
 * Beijing) the job reports whatever is still open, once per enterprise and month.
 */
export function createReportingService({ database, now }: Deps) {
  const db = database.db;

  async function reportOpen(
    tx: Tx,
    enterpriseId: string,
    at: Date,
    meta: RequestMeta,
    how: 'manual' | 'automatic',
  ) {
    const done = await tx
      .update(inspections)
      .set({ status: 'reported', reportedAt: at })
      // Only self-inspections wait for 上报; a supervision record is reported at submission (G2).
      .where(
        and(
          eq(inspections.enterpriseId, enterpriseId),
          eq(inspections.kind, 'self'),
          eq(inspections.status, 'submitted'),
        ),
      )
      .returning({ id: inspections.id });
    await proposeHazards(
      tx,
      await hazardsOf(
        tx,
        done.map((d) => d.id),
      ),
      at,
      meta,
    );
    if (done.length) {
      await recordAudit(tx, meta, at, {
        action: 'inspections.reported',
        entityType: 'enterprise',
        entityId: enterpriseId,
        enterpriseId,
        after: { how, inspections: done.map((d) => d.id) },
      });
    }
    return done.length;
  }

  return {
    async reportNow(caller: Actor | null, meta: RequestMeta): Promise<{ reported: number }> {
      const actor = requireAccess(caller, 'inspection.report');
      const at = now();
      const reported = await db.transaction((tx) =>
        reportOpen(tx, actor.enterpriseId!, at, { ...meta, actor }, 'manual'),
      );
      return { reported };
    },

    /**
     * The scheduled job. Safe to run as often as wanted and from every app process: the advisory
     * lock lets one run at a time, and a job_runs row per enterprise and month makes it idempotent.
     */
    async runAutoReport(at: Date = now()): Promise<{ enterprises: number; reported: number } | 'busy'> {
      const today = shanghaiDate(at);
      const month = today.slice(0, 7);
      const day = Number(today.slice(8, 10));
      const meta = { actor: null, requestId: `job:${AUTO_REPORT_JOB}`, ip: 'local' };
      return db.transaction(async (tx) => {
        const [lock] = await queryRows<{ ok: boolean }>(
          tx,
          sql`select pg_try_advisory_xact_lock(${REPORT_JOB_LOCK}) as ok`,
        );
        if (!lock?.ok) return 'busy' as const;
        const due = await tx
          .select({ id: enterprises.id })
          .from(enterprises)
          .where(lte(enterprises.reportDay, day));
        let count = 0;
        let reported = 0;
        for (const e of due) {
          const period = `${e.id}:${month}`;
          const inserted = await tx
            .insert(jobRuns)
            .values({ job: AUTO_REPORT_JOB, period, ranAt: at, summary: '' })
            .onConflictDoNothing()
            .returning({ period: jobRuns.period });
          if (inserted.length === 0) continue;
          const n = await reportOpen(tx, e.id, at, meta, 'automatic');
          await tx
            .update(jobRuns)
            .set({ summary: `reported ${n}` })
            .where(and(eq(jobRuns.job, AUTO_REPORT_JOB), eq(jobRuns.period, period)));
          count++;
          reported += n;
        }
        return { enterprises: count, reported };
      });
    },
  };
}

export type ReportingService = ReturnType<typeof createReportingService>;
