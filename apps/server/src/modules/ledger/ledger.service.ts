import {
  type LedgerEntryDetail,
  type LedgerEntryView,
  type LedgerListQuery,
  type OverdueCounts,
  shanghaiDate,
} from '@ancha/contracts';
import { and, asc, eq } from 'drizzle-orm';
import { auditLog } from '../../db/schema/index.ts';
import { type Actor, CITY_CODE, requireAccess } from '../../lib/access.ts';
import type { Deps } from '../../lib/context.ts';
import { notFound } from '../../lib/errors.ts';
import { assertCursor } from '../../lib/paging.ts';
import * as repo from './ledger.repository.ts';

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** Reading the ledger (G3): the list with its filters, one entry with its history, overdue counts. */
export function createLedgerService({ database, now }: Deps) {
  const db = database.db;

  function toView(r: repo.LedgerListRow, today: string): LedgerEntryView {
    const e = r.entry;
    return {
      id: e.id,
      ledgerNo: e.ledgerNo,
      listedAt: iso(e.listedAt),
      status: e.status,
      hazardId: e.hazardId,
      enterpriseId: e.enterpriseId,
      districtCode: e.districtCode,
      districtName: r.districtName,
      streetCode: e.streetCode,
      streetName: r.streetName,
      industries: e.industries,
      unitName: e.unitName,
      address: e.address,
      principalName: e.principalName,
      principalPhone: e.principalPhone,
      nature: e.nature as LedgerEntryView['nature'],
      staffCount: e.staffCount,
      parentGroup: e.parentGroup,
      districtDepartment: e.districtDepartment,
      cityDepartment: e.cityDepartment,
      source: e.source,
      description: e.description,
      hazardType: e.hazardType as LedgerEntryView['hazardType'],
      hazardSubtype: e.hazardSubtype,
      level: e.level,
      illegalBuilding: e.illegalBuilding,
      illegalAreaM2: e.illegalAreaM2,
      demolishedAreaM2: e.demolishedAreaM2,
      measures: e.measures,
      deadline: e.deadline,
      // 逾期 (G4): still being rectified after its deadline, by the Beijing calendar.
      overdue: e.status === 'listed' && e.deadline !== null && e.deadline < today,
      reviewAt: iso(e.reviewAt),
      reviewResult: e.reviewResult,
      reviewNote: e.reviewNote,
      closed: e.status === 'closed',
      closedAt: iso(e.closedAt),
      proposedAt: e.proposedAt.toISOString(),
      rejectedReason: e.rejectedReason,
      supervisedAt: iso(e.supervisedAt),
      supervisionLevel: e.supervisionLevel,
      drawnForVerification: e.verificationId !== null,
      verifiedAt: iso(e.verifiedAt),
      verificationResult: e.verificationResult,
      verificationNote: e.verificationNote,
    };
  }

  return {
    async list(caller: Actor | null, q: LedgerListQuery) {
      const actor = requireAccess(caller, 'ledger.read');
      assertCursor(q.cursor);
      const today = shanghaiDate(now());
      const rows = await repo.listEntries(db, {
        ...q,
        scope: repo.ledgerScope(actor),
        today,
        after: q.cursor,
        limit: q.limit + 1,
      });
      const page = rows.slice(0, q.limit);
      return {
        items: page.map((r) => toView(r, today)),
        nextCursor: rows.length > q.limit ? page.at(-1)!.entry.id : null,
      };
    },

    async detail(caller: Actor | null, id: string): Promise<LedgerEntryDetail> {
      const actor = requireAccess(caller, 'ledger.read');
      const found = await repo.findEntry(db, repo.ledgerScope(actor), id);
      if (!found) throw notFound('台账隐患');
      // The history is the audit trail itself (X2): nothing to keep in step with the entry.
      const events = await db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entityType, 'ledger_entry'), eq(auditLog.entityId, id)))
        .orderBy(asc(auditLog.seq));
      return {
        ...toView(found, shanghaiDate(now())),
        history: events.map((e) => ({
          at: e.at.toISOString(),
          actorName: e.actorName,
          action: e.action,
          detail: e.after,
        })),
      };
    },

    /** Per street for a district or street office, per district for the city (and the admin). */
    async overdueCounts(caller: Actor | null): Promise<OverdueCounts> {
      const actor = requireAccess(caller, 'ledger.read');
      const groupBy = actor.role === 'admin' || actor.regionCode === CITY_CODE ? 'district' : 'street';
      const rows = await repo.overdueCounts(db, repo.ledgerScope(actor), shanghaiDate(now()), groupBy);
      return { groupBy, items: rows.map((r) => ({ ...r, overdue: Number(r.overdue) })) };
    },
  };
}

export type LedgerService = ReturnType<typeof createLedgerService>;
