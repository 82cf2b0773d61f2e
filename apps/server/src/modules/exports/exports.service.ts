import { PassThrough, Readable } from 'node:stream';
import { type LedgerExportQuery, shanghaiDate } from '@ancha/contracts';
import { and, arrayContains, asc, eq, gt, ilike, isNotNull, or } from 'drizzle-orm';
import { ledgerEntries } from '../../db/schema/index.ts';
import { type Actor, requireAccess } from '../../lib/access.ts';
import type { Deps } from '../../lib/context.ts';
import { containsPattern } from '../../lib/paging.ts';
import { entryRows, type LedgerListRow, ledgerScope } from '../ledger/ledger.repository.ts';
import { writeLedgerSheet } from './ledger-sheet.ts';
import { createSupervisionExport } from './supervision-export.ts';

const PAGE = 1000;

/** The official Excel layouts (G3, seed 003), streamed page by page from the database. */
export function createExportsService(deps: Deps) {
  const { database, now, log } = deps;
  const db = database.db;

  /** The ledger's numbered entries in the caller's scope, in ledger-number order. */
  async function* ledgerPages(actor: Actor, q: LedgerExportQuery): AsyncIterable<LedgerListRow[]> {
    const words = q.keyword ? containsPattern(q.keyword) : undefined;
    let after: string | null = null;
    for (;;) {
      const page: LedgerListRow[] = await entryRows(db)
        .where(
          and(
            ledgerScope(actor),
            isNotNull(ledgerEntries.ledgerNo),
            q.districtCode ? eq(ledgerEntries.districtCode, q.districtCode) : undefined,
            q.streetCode ? eq(ledgerEntries.streetCode, q.streetCode) : undefined,
            q.industry ? arrayContains(ledgerEntries.industries, [q.industry]) : undefined,
            q.hazardType ? eq(ledgerEntries.hazardType, q.hazardType) : undefined,
            q.level ? eq(ledgerEntries.level, q.level) : undefined,
            words
              ? or(ilike(ledgerEntries.unitName, words), ilike(ledgerEntries.description, words))
              : undefined,
            after ? gt(ledgerEntries.ledgerNo, after) : undefined,
          ),
        )
        .orderBy(asc(ledgerEntries.ledgerNo))
        .limit(PAGE);
      if (page.length) yield page;
      if (page.length < PAGE) return;
      after = page.at(-1)!.entry.ledgerNo;
    }
  }

  return {
    ...createSupervisionExport(deps),
    /** 安全隐患台账表 as .xlsx; authorization happens before the first byte is sent. */
    ledger(caller: Actor | null, q: LedgerExportQuery) {
      const actor = requireAccess(caller, 'ledger.read');
      const out = new PassThrough();
      writeLedgerSheet(out, ledgerPages(actor, q)).catch((err: unknown) => {
        // Headers are gone by now: the client sees a cut-off file, the log says why.
        log.error({ err }, 'ledger export failed');
        out.destroy(err as Error);
      });
      return {
        fileName: `安全隐患台账表-${shanghaiDate(now()).replaceAll('-', '')}.xlsx`,
        body: Readable.toWeb(out) as ReadableStream<Uint8Array>,
      };
    },
  };
}

export type ExportsService = ReturnType<typeof createExportsService>;
