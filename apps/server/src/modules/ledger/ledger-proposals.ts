import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { enterprises, hazards, ledgerEntries } from '../../db/schema/index.ts';
import { recordAudits } from '../../lib/audit.ts';
import type { RequestMeta } from '../../lib/context.ts';
import { newId } from '../../lib/ids.ts';

/**
 * 提出挂账 (G4): hazards an enterprise reported become 'proposed' ledger entries for the safety
 * office to confirm. Runs inside the caller's transaction (submission of a major hazard, E7;
 * 上报 of a month's records, E8), so a hazard is proposed exactly when it becomes visible to the
 * regulators. Idempotent per hazard: proposing one again (a major hazard is proposed at
 * submission and again when its record is reported) changes nothing.
 */
export async function proposeHazards(tx: Tx, hazardIds: string[], at: Date, by: RequestMeta): Promise<void> {
  if (hazardIds.length === 0) return;
  const found = await tx
    .select({ h: hazards, e: enterprises })
    .from(hazards)
    .innerJoin(enterprises, eq(enterprises.id, hazards.enterpriseId))
    // A hazard withdrawn by correcting its record (E8) is not a hazard any more.
    .where(and(inArray(hazards.id, hazardIds), ne(hazards.status, 'withdrawn')));
  if (found.length === 0) return;
  const inserted = await tx
    .insert(ledgerEntries)
    .values(
      found.map(({ h, e }) => ({
        id: newId(),
        hazardId: h.id,
        enterpriseId: e.id,
        districtCode: h.districtCode,
        streetCode: h.streetCode,
        status: 'proposed' as const,
        ...unitColumns(e),
        source: 'inspection' as const,
        description: h.description,
        level: h.level,
        measures: h.measures ?? h.immediateAction,
        deadline: h.deadline,
        proposedAt: at,
        proposedBy: by.actor?.id ?? null,
      })),
    )
    .onConflictDoNothing({ target: ledgerEntries.hazardId })
    .returning();
  await recordAudits(
    tx,
    by,
    at,
    inserted.map((entry) => ({
      action: 'ledger.proposed',
      entityType: 'ledger_entry',
      entityId: entry.id,
      enterpriseId: entry.enterpriseId,
      regionCode: entry.streetCode,
      after: entry,
    })),
  );
}

type Enterprise = typeof enterprises.$inferSelect;

/** The unit as its profile stands now: attachment 2 records it as it was when listed. */
function unitColumns(e: Enterprise) {
  return {
    industries: e.industries,
    unitName: e.name,
    address: e.address,
    principalName: e.principalName,
    principalPhone: e.principalPhone,
    nature: e.nature,
    staffCount: e.staffCount,
    parentGroup: e.parentGroup,
    districtDepartment: e.districtDepartment,
    cityDepartment: e.cityDepartment,
  };
}

export interface ReportProposal {
  districtCode: string;
  streetCode: string;
  /** The registered enterprise the report concerns, if the office found one. */
  enterprise: Enterprise | null;
  /** Without an enterprise: the unit as the office names it, and where the hazard is. */
  unitName: string;
  place: string;
  description: string;
  level: 'general' | 'major';
  measures: string | null;
  deadline: string | null;
}

/**
 * 提出挂账 of a verified public report (P1): a 'proposed' entry with source 举报 and no hazard
 * behind it. It then follows the same 挂账 … 销账 as any entry; with no enterprise hazard to wait
 * for, 复查 is the office's own check on site (ledger-workflow.service.ts).
 */
export async function proposeReport(tx: Tx, p: ReportProposal, at: Date, by: RequestMeta) {
  const unit = p.enterprise
    ? unitColumns(p.enterprise)
    : { industries: [] as string[], unitName: p.unitName, address: p.place };
  const [entry] = await tx
    .insert(ledgerEntries)
    .values({
      id: newId(),
      hazardId: null,
      enterpriseId: p.enterprise?.id ?? null,
      // Where the hazard is, as verified: the report's place, even if the unit is registered elsewhere.
      districtCode: p.districtCode,
      streetCode: p.streetCode,
      status: 'proposed',
      ...unit,
      source: 'report',
      description: p.description,
      level: p.level,
      measures: p.measures,
      deadline: p.deadline,
      proposedAt: at,
      proposedBy: by.actor?.id ?? null,
    })
    .returning();
  await recordAudits(tx, by, at, [
    {
      action: 'ledger.proposed',
      entityType: 'ledger_entry',
      entityId: entry!.id,
      enterpriseId: entry!.enterpriseId,
      regionCode: entry!.streetCode,
      after: entry,
    },
  ]);
  return entry!;
}

/** The hazards of some inspection records, for proposing them when the records are reported. */
export async function hazardsOf(tx: Tx, inspectionIds: string[]): Promise<string[]> {
  if (inspectionIds.length === 0) return [];
  const found = await tx
    .select({ id: hazards.id })
    .from(hazards)
    .where(inArray(hazards.inspectionId, inspectionIds));
  return found.map((h) => h.id);
}
