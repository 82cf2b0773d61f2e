import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { asc, desc, gt, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.ts';
import { auditLog } from '../db/schema/index.ts';
import type { RequestMeta } from './context.ts';

const GENESIS = '0'.repeat(64);
/** Serialises appends so that each entry chains onto the one before it, across app processes. */
const AUDIT_LOCK = 7_202_602;

export interface AuditInput {
  action: string;
  entityType: string;
  entityId?: string | null;
  enterpriseId?: string | null;
  regionCode?: string | null;
  before?: unknown;
  after?: unknown;
}

type AuditRow = typeof auditLog.$inferSelect;

/** JSON as PostgreSQL's jsonb will give it back: Dates as strings, undefined dropped. */
function asJson(value: unknown): unknown {
  return value === undefined || value === null ? null : JSON.parse(JSON.stringify(value));
}

export function entryHash(row: Omit<AuditRow, 'hash'>): string {
  const content = canonicalize([
    row.seq,
    row.at.toISOString(),
    row.actorId,
    row.actorName,
    row.action,
    row.entityType,
    row.entityId,
    row.enterpriseId,
    row.regionCode,
    row.before,
    row.after,
    row.requestId,
    row.ip,
    row.prevHash,
  ]);
  return createHash('sha256').update(`${content}`).digest('hex');
}

/**
 * Appends entries inside the caller's transaction, so the business change and its audit entries
 * commit together or not at all (X2). Taking a Tx, not a Db, makes that impossible to forget.
 * Several entries share one lock, one read of the chain's tail and one insert.
 */
export async function recordAudits(tx: Tx, meta: RequestMeta, at: Date, inputs: AuditInput[]): Promise<void> {
  if (inputs.length === 0) return;
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK})`);
  const [last] = await tx
    .select({ seq: auditLog.seq, hash: auditLog.hash })
    .from(auditLog)
    .orderBy(desc(auditLog.seq))
    .limit(1);
  let seq = last?.seq ?? 0;
  let prevHash = last?.hash ?? GENESIS;
  const rows = inputs.map((input) => {
    const row: Omit<AuditRow, 'hash'> = {
      seq: ++seq,
      at,
      actorId: meta.actor?.id ?? null,
      actorName: meta.actor ? `${meta.actor.displayName}（${meta.actor.username}）` : null,
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId ?? null,
      enterpriseId: input.enterpriseId ?? null,
      regionCode: input.regionCode ?? null,
      before: asJson(input.before),
      after: asJson(input.after),
      requestId: meta.requestId,
      ip: meta.ip,
      prevHash,
    };
    prevHash = entryHash(row);
    return { ...row, hash: prevHash };
  });
  await tx.insert(auditLog).values(rows);
}

export function recordAudit(tx: Tx, meta: RequestMeta, at: Date, input: AuditInput): Promise<void> {
  return recordAudits(tx, meta, at, [input]);
}

export interface ChainCheck {
  ok: boolean;
  checked: number;
  firstBroken: { seq: number; at: string; reason: 'hash_mismatch' | 'chain_break' } | null;
}

/** Recomputes the whole chain in pages, so memory stays flat however long the trail is. */
export async function verifyChain(db: Db, pageSize = 2000): Promise<ChainCheck> {
  let prevHash = GENESIS;
  let prevSeq = 0;
  let checked = 0;
  for (;;) {
    const page = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.seq, prevSeq))
      .orderBy(asc(auditLog.seq))
      .limit(pageSize);
    for (const row of page) {
      const broken = (reason: 'hash_mismatch' | 'chain_break') => ({
        ok: false,
        checked,
        firstBroken: { seq: row.seq, at: row.at.toISOString(), reason },
      });
      // A missing or inserted entry shows as a gap in seq or a prev_hash that does not match.
      if (row.seq !== prevSeq + 1 || row.prevHash !== prevHash) return broken('chain_break');
      if (entryHash(row) !== row.hash) return broken('hash_mismatch');
      prevHash = row.hash;
      prevSeq = row.seq;
      checked++;
    }
    if (page.length < pageSize) return { ok: true, checked, firstBroken: null };
  }
}
