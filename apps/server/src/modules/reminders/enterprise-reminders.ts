import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { enterprises, inspections, postChecklistItems, posts, users } from '../../db/schema/index.ts';
import { periodLabel } from '../standards/post-periods.ts';
import { adminsOf, enterpriseUsers, type ReminderDraft } from './recipients.ts';
import { beijingMonthBounds, inspectionDue, postPeriodDue, reportDayNear } from './reminder-rules.ts';
import { inspectionDueText, postDueText, reportDayText } from './reminder-texts.ts';

/**
 * 本期未自查 and 上报日将至, per enterprise and Beijing month: the period is the month, so each
 * is written once per enterprise (and admin) and month however often the job runs.
 */
export async function enterpriseMonthReminders(tx: Tx, today: string): Promise<ReminderDraft[]> {
  const month = today.slice(0, 7);
  const { start, end } = beijingMonthBounds(month);
  const rows = await tx
    .select({
      id: enterprises.id,
      name: enterprises.name,
      reportDay: enterprises.reportDay,
      submitted: sql<number>`count(${inspections.id})`.mapWith(Number),
      waiting:
        sql<number>`count(${inspections.id}) filter (where ${inspections.status} = 'submitted')`.mapWith(
          Number,
        ),
    })
    .from(enterprises)
    // Only the enterprise's own self-inspections count; a regulator's 监督检查 is not its 自查.
    .leftJoin(
      inspections,
      and(
        eq(inspections.enterpriseId, enterprises.id),
        eq(inspections.kind, 'self'),
        inArray(inspections.status, ['submitted', 'reported']),
        sql`${inspections.submittedAt} >= ${start.toISOString()} and ${inspections.submittedAt} < ${end.toISOString()}`,
      ),
    )
    .groupBy(enterprises.id);
  const due = rows.filter(
    (e) =>
      inspectionDue(today, e.reportDay, e.submitted > 0) ||
      reportDayNear(today, e.reportDay, e.waiting, e.submitted),
  );
  const people = await enterpriseUsers(
    tx,
    due.map((e) => e.id),
  );
  const out: ReminderDraft[] = [];
  for (const e of due) {
    const base = { subjectType: 'enterprise' as const, subjectId: e.id, period: month, enterpriseId: e.id };
    const texts = [];
    if (inspectionDue(today, e.reportDay, e.submitted > 0))
      texts.push({ kind: 'inspection_due' as const, ...inspectionDueText(e.name, month, e.reportDay) });
    if (reportDayNear(today, e.reportDay, e.waiting, e.submitted)) {
      const date = `${month}-${String(e.reportDay).padStart(2, '0')}`;
      texts.push({ kind: 'report_day' as const, ...reportDayText(e.name, date, e.waiting) });
    }
    for (const t of texts) for (const user of adminsOf(people, e.id)) out.push({ ...base, ...t, user });
  }
  return out;
}

/**
 * 岗位自查 (一岗一清单, E9): each holder of a post whose current period is due and which the holder
 * has not inspected yet. A post without checklist items has nothing to inspect and is skipped.
 */
export async function postReminders(tx: Tx, today: string): Promise<ReminderDraft[]> {
  const holders = await tx
    .select({
      userId: users.id,
      role: users.role,
      email: users.email,
      enterpriseId: users.enterpriseId,
      regionCode: users.regionCode,
      industries: users.industries,
      postId: posts.id,
      postName: posts.name,
      frequency: posts.frequency,
    })
    .from(users)
    .innerJoin(posts, eq(posts.id, users.postId))
    .where(
      and(
        eq(users.disabled, false),
        ne(posts.frequency, 'daily'),
        sql`exists (select 1 from ${postChecklistItems} where ${postChecklistItems.postId} = ${posts.id})`,
      ),
    );
  const due = holders.flatMap((h) => {
    const p = postPeriodDue(h.frequency, today);
    return p ? [{ ...h, ...p }] : [];
  });
  if (due.length === 0) return [];
  const done = await tx
    .select({ userId: inspections.inspectorId, postId: inspections.postId, period: inspections.period })
    .from(inspections)
    .where(
      and(
        inArray(inspections.postId, [...new Set(due.map((d) => d.postId))]),
        inArray(inspections.period, [...new Set(due.map((d) => d.period))]),
        ne(inspections.status, 'draft'),
      ),
    );
  const isDone = new Set(done.map((d) => `${d.userId}|${d.postId}|${d.period}`));
  return due
    .filter((d) => !isDone.has(`${d.userId}|${d.postId}|${d.period}`))
    .map((d) => ({
      kind: 'inspection_due' as const,
      subjectType: 'post' as const,
      subjectId: d.postId,
      period: d.period,
      enterpriseId: d.enterpriseId,
      user: { id: d.userId, ...d },
      ...postDueText(d.postName, periodLabel(d.frequency, d.period), d.end),
    }));
}
