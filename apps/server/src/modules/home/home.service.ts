import type { EnterpriseHome, GovernmentHome, HomeSummary, HomeUnread } from '@ancha/contracts';
import { governmentRoles, shanghaiDate } from '@ancha/contracts';
import {
  and,
  count,
  eq,
  gte,
  inArray,
  isNotNull,
  isNull,
  lt,
  notExists,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.ts';
import {
  enterprises,
  hazards,
  inspections,
  ledgerEntries,
  noticeReads,
  noticeRecipients,
  regions,
  reminders,
} from '../../db/schema/index.ts';
import { type Actor, enterpriseScopeWhere, requireAccess } from '../../lib/access.ts';
import type { Deps } from '../../lib/context.ts';
import { notFound } from '../../lib/errors.ts';
import { ledgerScope, overdueWhere } from '../ledger/ledger.repository.ts';

const total = async (q: Promise<{ n: number }[]>) => (await q)[0]?.n ?? 0;

/** The caller's unread 公告通知 (addressed to its enterprise, not opened by it) and 系统提醒. */
async function unreadOf(db: DbOrTx, actor: Actor): Promise<HomeUnread> {
  const notices = actor.enterpriseId
    ? total(
        db
          .select({ n: count() })
          .from(noticeRecipients)
          .where(
            and(
              eq(noticeRecipients.enterpriseId, actor.enterpriseId),
              notExists(
                db
                  .select({ one: sql`1` })
                  .from(noticeReads)
                  .where(
                    and(
                      eq(noticeReads.noticeId, noticeRecipients.noticeId),
                      eq(noticeReads.userId, actor.id),
                    ),
                  ),
              ),
            ),
          ),
      )
    : Promise.resolve(0);
  const mine = total(
    db
      .select({ n: count() })
      .from(reminders)
      .where(and(eq(reminders.userId, actor.id), isNull(reminders.readAt))),
  );
  const [n, r] = await Promise.all([notices, mine]);
  return { notices: n, reminders: r };
}

/** A Beijing month as an instant range [from, to): China keeps UTC+8 all year. */
function beijingMonth(today: string) {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return {
    from: new Date(`${today.slice(0, 7)}-01T00:00:00+08:00`),
    to: new Date(`${next}-01T00:00:00+08:00`),
  };
}

const district = alias(regions, 'district');
const street = alias(regions, 'street');

async function enterpriseHome(db: DbOrTx, actor: Actor, today: string): Promise<EnterpriseHome> {
  const id = actor.enterpriseId!;
  const [e] = await db
    .select({
      id: enterprises.id,
      name: enterprises.name,
      reportDay: enterprises.reportDay,
      districtName: district.name,
      streetName: street.name,
    })
    .from(enterprises)
    .innerJoin(district, eq(district.code, enterprises.districtCode))
    .innerJoin(street, eq(street.code, enterprises.streetCode))
    .where(eq(enterprises.id, id));
  if (!e) throw notFound('企业');
  const month = beijingMonth(today);
  const records = (status: 'submitted' | 'reported') =>
    total(
      db
        .select({ n: count() })
        .from(inspections)
        .where(
          and(
            eq(inspections.enterpriseId, id),
            eq(inspections.kind, 'self'),
            eq(inspections.status, status),
            gte(inspections.submittedAt, month.from),
            lt(inspections.submittedAt, month.to),
          ),
        ),
    );
  const hazardCount = (...where: (SQL | undefined)[]) =>
    total(
      db
        .select({ n: count() })
        .from(hazards)
        .where(and(eq(hazards.enterpriseId, id), ...where)),
    );
  const pending = eq(hazards.status, 'pending');
  const [submitted, reported, open, overdue, awaitingAcceptance, major, unread] = await Promise.all([
    records('submitted'),
    records('reported'),
    hazardCount(pending),
    hazardCount(pending, isNotNull(hazards.deadline), lt(hazards.deadline, today)),
    hazardCount(eq(hazards.status, 'resolved'), isNull(hazards.acceptedAt)),
    hazardCount(pending, eq(hazards.level, 'major')),
    unreadOf(db, actor),
  ]);
  return {
    kind: 'enterprise',
    enterprise: e,
    month: today.slice(0, 7),
    inspections: { submitted, reported },
    hazards: { pending: open, overdue, awaitingAcceptance, major },
    unread,
  };
}

async function governmentHome(db: DbOrTx, actor: Actor, today: string): Promise<GovernmentHome> {
  const scope = ledgerScope(actor);
  const entries = (...where: (SQL | undefined)[]) =>
    total(
      db
        .select({ n: count() })
        .from(ledgerEntries)
        .where(and(scope, ...where)),
    );
  const listed = eq(ledgerEntries.status, 'listed');
  // 待复查: listed, and its hazard (if any) rectified by the enterprise — what the street office reviews.
  const rectified = or(
    isNull(ledgerEntries.hazardId),
    inArray(
      ledgerEntries.hazardId,
      db.select({ id: hazards.id }).from(hazards).where(eq(hazards.status, 'resolved')),
    ),
  );
  const [inScope, proposed, awaitingReview, overdue, supervised, open, unread] = await Promise.all([
    total(db.select({ n: count() }).from(enterprises).where(enterpriseScopeWhere(actor))),
    entries(eq(ledgerEntries.status, 'proposed')),
    entries(listed, rectified),
    entries(overdueWhere(today)),
    entries(isNotNull(ledgerEntries.supervisedAt), inArray(ledgerEntries.status, ['listed', 'reviewed'])),
    entries(inArray(ledgerEntries.status, ['listed', 'reviewed'])),
    unreadOf(db, actor),
  ]);
  return {
    kind: 'government',
    enterprises: inScope,
    ledger: { proposed, awaitingReview, overdue, supervised, open },
    unread,
  };
}

/** 首页: one call, a handful of counts in the caller's scope, so the first screen opens at once. */
export function createHomeService({ database, now }: Deps) {
  const db = database.db;
  return {
    async summary(caller: Actor | null): Promise<HomeSummary> {
      const actor = requireAccess(caller, 'home.read');
      const today = shanghaiDate(now());
      if (actor.enterpriseId) return enterpriseHome(db, actor, today);
      if (governmentRoles.includes(actor.role)) return governmentHome(db, actor, today);
      return { kind: 'platform', unread: await unreadOf(db, actor) };
    },
  };
}

export type HomeService = ReturnType<typeof createHomeService>;
