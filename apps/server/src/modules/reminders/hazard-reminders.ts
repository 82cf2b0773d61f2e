import { shanghaiDate } from '@ancha/contracts';
import { and, eq, gte, inArray, isNotNull, lte, ne, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { enterprises, hazards, ledgerEntries } from '../../db/schema/index.ts';
import {
  adminsOf,
  enterpriseUsers,
  type Person,
  type ReminderDraft,
  regulatorsOf,
  uniquePeople,
} from './recipients.ts';
import {
  addDays,
  deadlineNear,
  deadlinePassed,
  LEAD_DAYS,
  MAJOR_LOOKBACK_DAYS,
  STALE_DAYS,
  staleWindow,
} from './reminder-rules.ts';
import {
  deadlineNearText,
  deadlinePassedText,
  hazardLink,
  ledgerStaleText,
  majorHazardText,
} from './reminder-texts.ts';

/**
 * 整改期限将至 and 已逾期, once per hazard and deadline (a corrected deadline is a new one).
 * The enterprise's admins and the user who found it (if one of its own) are told of both; its
 * street and district offices of a passed deadline only once the hazard is in their ledger: the
 * record of a general hazard is theirs to see only after it is reported (E8).
 */
export async function deadlineReminders(tx: Tx, today: string, offices: Person[]): Promise<ReminderDraft[]> {
  const rows = await tx
    .select({
      id: hazards.id,
      enterpriseId: hazards.enterpriseId,
      enterprise: enterprises.name,
      districtCode: hazards.districtCode,
      streetCode: hazards.streetCode,
      industries: enterprises.industries,
      description: hazards.description,
      deadline: hazards.deadline,
      foundBy: hazards.foundBy,
      entryId: ledgerEntries.id,
    })
    .from(hazards)
    .innerJoin(enterprises, eq(enterprises.id, hazards.enterpriseId))
    .leftJoin(
      ledgerEntries,
      and(eq(ledgerEntries.hazardId, hazards.id), ne(ledgerEntries.status, 'rejected')),
    )
    .where(
      and(
        eq(hazards.status, 'pending'),
        isNotNull(hazards.deadline),
        lte(hazards.deadline, addDays(today, LEAD_DAYS)),
      ),
    );
  const people = await enterpriseUsers(
    tx,
    rows.map((r) => r.enterpriseId),
  );
  const out: ReminderDraft[] = [];
  for (const h of rows) {
    const deadline = h.deadline!;
    const admins = adminsOf(people, h.enterpriseId);
    const base = {
      subjectType: 'hazard' as const,
      subjectId: h.id,
      period: deadline,
      enterpriseId: h.enterpriseId,
    };
    const facts = { enterprise: h.enterprise, description: h.description, deadline };
    let kind: 'deadline_near' | 'deadline_passed';
    let to: Person[];
    let text: { title: string; body: string };
    if (deadlineNear(today, deadline)) {
      const finder = (people.get(h.enterpriseId) ?? []).filter((p) => p.id === h.foundBy);
      [kind, to, text] = ['deadline_near', uniquePeople([...admins, ...finder]), deadlineNearText(facts)];
    } else if (deadlinePassed(today, deadline)) {
      const offices_ = h.entryId ? regulatorsOf(offices, h) : [];
      [kind, to, text] = ['deadline_passed', [...admins, ...offices_], deadlinePassedText(facts)];
    } else continue;
    for (const user of to)
      out.push({ ...base, kind, user, ...text, link: hazardLink(user.role, h.id, h.entryId) });
  }
  return out;
}

/**
 * 重大隐患上报: a major hazard proposed to the ledger (from a record, a supervision or a public
 * report), to every office that regulates its place: street, district, city and its industries'
 * departments. Once per entry; only recent proposals, so a first run does not replay history.
 */
export async function majorHazardReminders(tx: Tx, at: Date, offices: Person[]): Promise<ReminderDraft[]> {
  const since = new Date(at.getTime() - MAJOR_LOOKBACK_DAYS * 86_400_000);
  const rows = await tx
    .select()
    .from(ledgerEntries)
    .where(
      and(
        eq(ledgerEntries.level, 'major'),
        ne(ledgerEntries.status, 'rejected'),
        gte(ledgerEntries.proposedAt, since),
        lte(ledgerEntries.proposedAt, at),
      ),
    );
  return rows.flatMap((e) =>
    regulatorsOf(offices, e, true).map((user) => ({
      kind: 'major_hazard' as const,
      subjectType: 'ledger_entry' as const,
      subjectId: e.id,
      period: shanghaiDate(e.proposedAt),
      enterpriseId: e.enterpriseId,
      user,
      ...majorHazardText(e.unitName, e.description, e.deadline),
      link: `/console/ledger?id=${e.id}`,
    })),
  );
}

/**
 * 台账15天未更新: a listed entry not yet closed whose latest activity (its own steps, and the
 * enterprise's rectification and acceptance of its hazard) is more than 15 days old, to its
 * district safety office and its street office, once per entry and fifteen-day window.
 */
export async function ledgerStaleReminders(
  tx: Tx,
  at: Date,
  today: string,
  offices: Person[],
): Promise<ReminderDraft[]> {
  const latest =
    sql<number>`extract(epoch from greatest(${ledgerEntries.proposedAt}, ${ledgerEntries.listedAt},
    ${ledgerEntries.reviewAt}, ${ledgerEntries.supervisedAt}, ${hazards.rectifiedAt}, ${hazards.acceptedAt}))`.mapWith(
      Number,
    );
  const rows = await tx
    .select({ entry: ledgerEntries, latest })
    .from(ledgerEntries)
    .leftJoin(hazards, eq(hazards.id, ledgerEntries.hazardId))
    .where(inArray(ledgerEntries.status, ['listed', 'reviewed']));
  const staleBefore = at.getTime() - STALE_DAYS * 86_400_000;
  const out: ReminderDraft[] = [];
  for (const { entry: e, latest: seconds } of rows) {
    if (seconds * 1000 > staleBefore) continue;
    const last = shanghaiDate(new Date(seconds * 1000));
    const window = staleWindow(today, last);
    if (window === null) continue;
    const text = ledgerStaleText(e.unitName, e.description, e.ledgerNo, last);
    for (const user of regulatorsOf(offices, e))
      out.push({
        kind: 'ledger_stale',
        subjectType: 'ledger_entry',
        subjectId: e.id,
        period: `${last}/${window}`,
        enterpriseId: e.enterpriseId,
        user,
        ...text,
        link: `/console/ledger?id=${e.id}`,
      });
  }
  return out;
}
