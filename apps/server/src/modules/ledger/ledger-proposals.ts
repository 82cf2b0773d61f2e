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
        industries: e.industries,
        status: 'proposed' as const,
        // The unit as its profile stands now: attachment 2 records it as it was when listed.
        unitName: e.name,
        address: e.address,
        principalName: e.principalName,
        principalPhone: e.principalPhone,
        nature: e.nature,
        staffCount: e.staffCount,
        parentGroup: e.parentGroup,
        districtDepartment: e.districtDepartment,
        cityDepartment: e.cityDepartment,
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

/** The hazards of some inspection records, for proposing them when the records are reported. */
export async function hazardsOf(tx: Tx, inspectionIds: string[]): Promise<string[]> {
  if (inspectionIds.length === 0) return [];
  const found = await tx
    .select({ id: hazards.id })
    .from(hazards)
    .where(inArray(hazards.inspectionId, inspectionIds));
  return found.map((h) => h.id);
}
