import {
  type InfoReportKind,
  type InfoReportOfficeStatus,
  type InfoReportOverview,
  isQuarterPeriod,
  periodLabel,
  periodOf,
  shanghaiDate,
} from '@ancha/contracts';
import { and } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { type Actor, requireAccess } from '../../lib/access.ts';
import { officesBelow, requireOffice } from '../../lib/offices.ts';
import * as repo from './info-reports.repository.ts';

/**
 * Seed 003: 每月至少报送一篇工作信息或典型案例，每季度报送一次工作总结. A month is met by either
 * monthly kind, a quarter by its summary.
 */
export function kindsFor(period: string): InfoReportKind[] {
  return isQuarterPeriod(period) ? ['quarterly_summary'] : ['work_info', 'typical_case'];
}

/** No office has more than a few hundred offices below it; a period's reports fit in one read. */
const MAX_REPORTS = 5000;

/**
 * 下级报送情况: for a month or quarter, each office below the caller's with 已报送 or 未报送 and
 * what it sent. An office that sent something but is no longer below (its account was disabled
 * or moved) is still listed with its reports, so nothing received is hidden.
 */
export function createOverview(db: Db, now: () => Date) {
  return async (caller: Actor | null, requested?: string): Promise<InfoReportOverview> => {
    const actor = requireAccess(caller, 'info_report.submit');
    const own = requireOffice(actor);
    const period = requested ?? periodOf(shanghaiDate(now()), false);
    const kinds = kindsFor(period);
    const [below, rows] = await Promise.all([
      officesBelow(db, own),
      repo.listReports(db, and(repo.sentTo(own), repo.filterWhere({ period, kinds })), MAX_REPORTS),
    ]);
    const reports = await repo.summaries(db, rows);
    const offices = new Map<string, InfoReportOfficeStatus>(
      below.map((o) => [o.key, { officeKey: o.key, officeName: o.name, submitted: false, reports: [] }]),
    );
    for (const r of reports) {
      const office = offices.get(r.officeKey) ?? {
        officeKey: r.officeKey,
        officeName: r.officeName,
        submitted: false,
        reports: [],
      };
      office.submitted = true;
      office.reports.push(r);
      offices.set(r.officeKey, office);
    }
    // 未报送 first: the office above is looking for who still owes a report.
    const list = [...offices.values()].sort(
      (a, b) => Number(a.submitted) - Number(b.submitted) || a.officeKey.localeCompare(b.officeKey),
    );
    const submittedCount = list.filter((o) => o.submitted).length;
    return {
      period,
      periodLabel: periodLabel(period),
      kinds,
      submittedCount,
      missingCount: list.length - submittedCount,
      offices: list,
    };
  };
}
