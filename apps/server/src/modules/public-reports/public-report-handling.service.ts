import {
  type PublicReportDetail,
  type PublicReportRewardInput,
  type PublicReportUnfoundedInput,
  type PublicReportVerifyInput,
  shanghaiDate,
} from '@ancha/contracts';
import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { enterprises, publicReports } from '../../db/schema/index.ts';
import { type Action, type Actor, enterpriseInScope, regionCovers, requireAccess } from '../../lib/access.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { Deps, RequestMeta } from '../../lib/context.ts';
import { conflict, fieldError, notFound } from '../../lib/errors.ts';
import { proposeReport } from '../ledger/ledger-proposals.ts';
import * as repo from './public-reports.repository.ts';
import type { PublicReportsService } from './public-reports.service.ts';

type Change = Partial<typeof publicReports.$inferInsert>;
const STATUS_LABEL = { submitted: '待核实', verified: '已核实', unfounded: '不属实' } as const;
const wrongState = (needs: string, row: repo.ReportRow) =>
  conflict(`${needs}（该举报当前状态：${STATUS_LABEL[row.status]}）`);

/**
 * The handling office's findings (P1): 核实 (into the ledger as 举报), 不属实, 奖励. Each is one
 * transaction on the locked report: scope first (another office's report reads as absent), then
 * the state, then the change and its audit entry with the reason.
 */
export function createPublicReportHandlingService({ database, now }: Deps, reports: PublicReportsService) {
  const db = database.db;

  async function act(
    caller: Actor | null,
    action: Action,
    id: string,
    meta: RequestMeta,
    step: (
      tx: Tx,
      row: repo.ReportRow,
      actor: Actor,
      at: Date,
    ) => Promise<{ event: string; set: Change; reason?: string | null }>,
  ): Promise<PublicReportDetail> {
    const actor = requireAccess(caller, action);
    const at = now();
    await db.transaction(async (tx) => {
      const row = await repo.lockReport(tx, id);
      if (!row || !regionCovers(actor.regionCode, row.districtCode, row.streetCode)) throw notFound('举报');
      const s = await step(tx, row, actor, at);
      await tx.update(publicReports).set(s.set).where(eq(publicReports.id, id));
      const before = Object.fromEntries(Object.keys(s.set).map((k) => [k, row[k as keyof repo.ReportRow]]));
      await recordAudit(tx, { ...meta, actor }, at, {
        action: s.event,
        entityType: 'public_report',
        entityId: id,
        enterpriseId: s.set.enterpriseId ?? row.enterpriseId,
        regionCode: row.streetCode,
        before,
        after: { ...s.set, reason: s.reason ?? null },
      });
    });
    return reports.detail(actor, id);
  }

  return {
    /** 核实: true; proposed to the ledger (source 举报), linked to a registered enterprise if any. */
    verify(caller: Actor | null, id: string, input: PublicReportVerifyInput, meta: RequestMeta) {
      return act(caller, 'report.handle', id, meta, async (tx, row, actor, at) => {
        if (row.status !== 'submitted') throw wrongState('只有待核实的举报可以核实', row);
        if (input.deadline && input.deadline < shanghaiDate(at))
          throw fieldError('deadline', '整改时限不能早于今天');
        let enterprise = null;
        if (input.enterpriseId) {
          [enterprise] = await tx.select().from(enterprises).where(eq(enterprises.id, input.enterpriseId));
          // An enterprise outside the office's scope is named like a missing one.
          if (!enterprise || !enterpriseInScope(actor, enterprise))
            throw fieldError('enterpriseId', '企业不存在或不在本辖区');
        }
        const unitName = input.unitName || row.unitName;
        if (!enterprise && !unitName) throw fieldError('unitName', '未关联企业时请填写单位名称');
        const entry = await proposeReport(
          tx,
          {
            districtCode: row.districtCode,
            streetCode: row.streetCode,
            enterprise: enterprise ?? null,
            unitName: unitName ?? '',
            place: row.place,
            description: input.description || row.description,
            level: input.level,
            measures: input.measures || null,
            deadline: input.deadline ?? null,
          },
          at,
          { ...meta, actor },
        );
        return {
          event: 'public_report.verified',
          set: {
            status: 'verified',
            handledAt: at,
            handledBy: actor.id,
            handlingNote: input.reply || '经核查，举报情况属实，已纳入隐患台账督促整改。',
            enterpriseId: enterprise?.id ?? null,
            ledgerEntryId: entry.id,
          },
        };
      });
    },

    /** 不属实: the reason is kept and is also the reporter's answer. */
    unfounded(caller: Actor | null, id: string, input: PublicReportUnfoundedInput, meta: RequestMeta) {
      return act(caller, 'report.handle', id, meta, async (_tx, row, actor, at) => {
        if (row.status !== 'submitted') throw wrongState('只有待核实的举报可以认定不属实', row);
        return {
          event: 'public_report.unfounded',
          set: { status: 'unfounded', handledAt: at, handledBy: actor.id, handlingNote: input.reason },
          reason: input.reason,
        };
      });
    },

    /** 奖励 of a verified report's real-name reporter (measure 10), once; money in fen. */
    reward(caller: Actor | null, id: string, input: PublicReportRewardInput, meta: RequestMeta) {
      return act(caller, 'report.handle', id, meta, async (_tx, row, actor, at) => {
        if (row.status !== 'verified') throw wrongState('只有已核实的举报可以奖励', row);
        if (row.anonymous) throw conflict('匿名举报无法奖励：奖励对象为实名举报人');
        if (row.rewardedAt) throw conflict('该举报已登记奖励');
        return {
          event: 'public_report.rewarded',
          set: {
            rewardFen: Math.round(input.amountYuan * 100),
            rewardNote: input.note || null,
            rewardedAt: at,
            rewardedBy: actor.id,
          },
          reason: input.note ?? null,
        };
      });
    },
  };
}

export type PublicReportHandlingService = ReturnType<typeof createPublicReportHandlingService>;
