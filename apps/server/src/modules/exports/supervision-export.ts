import { PassThrough, Readable } from 'node:stream';
import { type SupervisionExportQuery, shanghaiDate } from '@ancha/contracts';
import { and, eq } from 'drizzle-orm';
import { inspections } from '../../db/schema/index.ts';
import { type Actor, requireAccess } from '../../lib/access.ts';
import type { Deps } from '../../lib/context.ts';
import * as repo from '../supervision/supervision.repository.ts';
import { type SupervisionSheetRow, writeSupervisionSheet } from './supervision-sheet.ts';

const PAGE = 1000;

/** The 监督检查台账表 export (G2, attachment 1): submitted records in scope, with the list's filters. */
export function createSupervisionExport({ database, now, log }: Deps) {
  const db = database.db;

  async function* pages(actor: Actor, q: SupervisionExportQuery): AsyncIterable<SupervisionSheetRow[]> {
    // Drafts are not yet inspections on record: only submitted (reported) ones are printed.
    const where = and(repo.supervisionScope(actor), eq(inspections.status, 'reported'), repo.filterWhere(q));
    let after: string | null = null;
    let no = 0;
    for (;;) {
      const page = await repo.exportPage(db, where, after, PAGE);
      const found = await repo.hazardsAndLedgerNos(
        db,
        page.map((r) => r.inspection.id),
      );
      if (page.length)
        yield page.map((row) => ({
          no: ++no,
          row,
          hazardCount: found.get(row.inspection.id)?.hazardCount ?? 0,
          ledgerNos: found.get(row.inspection.id)?.ledgerNos ?? [],
        }));
      if (page.length < PAGE) return;
      after = page.at(-1)!.inspection.id;
    }
  }

  return {
    /** 监督检查台账表 as .xlsx; authorization happens before the first byte is sent. */
    supervision(caller: Actor | null, q: SupervisionExportQuery) {
      const actor = requireAccess(caller, 'supervision.export');
      const out = new PassThrough();
      writeSupervisionSheet(out, pages(actor, q)).catch((err: unknown) => {
        // Headers are gone by now: the client sees a cut-off file, the log says why.
        log.error({ err }, 'supervision export failed');
        out.destroy(err as Error);
      });
      return {
        fileName: `监督检查台账表-${shanghaiDate(now()).replaceAll('-', '')}.xlsx`,
        body: Readable.toWeb(out) as ReadableStream<Uint8Array>,
      };
    },
  };
}
