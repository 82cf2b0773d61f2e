import type { DbOrTx } from '../src/db/client.ts';
import { ledgerEntries } from '../src/db/schema/index.ts';
import { newId } from '../src/lib/ids.ts';

/**
 * A proposed ledger entry with only its required columns, for tests that need many entries
 * (or one with no enterprise behind it, as a public report makes) without the whole workflow.
 */
export function ledgerRow(
  districtCode: string,
  streetCode: string,
  patch: Partial<typeof ledgerEntries.$inferInsert> = {},
): typeof ledgerEntries.$inferInsert & { id: string } {
  return {
    id: newId(),
    districtCode,
    streetCode,
    status: 'proposed' as const,
    unitName: '张某出租房',
    source: 'report' as const,
    description: '电动自行车楼道充电',
    level: 'general' as const,
    proposedAt: new Date(),
    ...patch,
  };
}

/**
 * Empties the ledger the demo seed leaves (one entry 待确认, one 已挂账), for tests that count
 * every row of a world of their own.
 */
export async function withoutDemoLedger(db: DbOrTx): Promise<void> {
  await db.delete(ledgerEntries);
}
