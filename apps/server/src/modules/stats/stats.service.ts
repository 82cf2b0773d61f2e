import {
  type CompletenessQuery,
  type CompletenessStats,
  HAZARD_LEVEL_LABELS,
  HAZARD_TYPE_TREE,
  HAZARD_TYPES,
  type LedgerStats,
  type LedgerStatsQuery,
  type LedgerStatsRow,
  type MajorMap,
  type MajorMapQuery,
  PROFILE_REQUIRED_FIELDS,
  RECTIFICATION_TARGET,
  type RegionGroupBy,
  type StatsGroupBy,
  shanghaiDate,
  type UsageStats,
  type UsageStatsQuery,
} from '@ancha/contracts';
import { type Actor, CITY_CODE, enterpriseScopeWhere, requireAccess } from '../../lib/access.ts';
import type { Deps } from '../../lib/context.ts';
import { ledgerScope } from '../ledger/ledger.repository.ts';
import * as repo from './stats.repository.ts';

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);
const pad = (n: number) => String(n).padStart(2, '0');
const TOTAL = '合计';

/** A city-wide caller compares districts; everyone else the streets of its district or street. */
const defaultRegionGroup = (actor: Actor): RegionGroupBy =>
  actor.role === 'admin' || actor.regionCode === CITY_CODE ? 'district' : 'street';

/** Names the database does not hold: hazard types, levels and months are the contract's labels. */
function labelOf(groupBy: StatsGroupBy, key: string, name: string | null): string {
  if (name) return name;
  if (groupBy === 'hazardType')
    return key ? (HAZARD_TYPE_TREE[key as keyof typeof HAZARD_TYPE_TREE]?.label ?? key) : '未分类';
  if (groupBy === 'level') return HAZARD_LEVEL_LABELS[key as 'general' | 'major'] ?? key;
  if (groupBy === 'month') return `${Number(key.slice(5))}月`;
  if (groupBy === 'industry' && key === '') return '未注明行业';
  return key;
}

/** Groups in a reader's order: type and level in the contract's order, codes and months sorted. */
function ordered(groupBy: StatsGroupBy, items: LedgerStatsRow[], year: number | undefined) {
  if (groupBy === 'hazardType')
    return items.sort(
      (a, b) =>
        (HAZARD_TYPES as string[]).indexOf(a.key) - (HAZARD_TYPES as string[]).indexOf(b.key) ||
        a.key.localeCompare(b.key),
    );
  if (groupBy === 'level') return items.sort((a, b) => (a.key === b.key ? 0 : a.key === 'general' ? -1 : 1));
  if (groupBy === 'month' && year !== undefined) {
    // Every month of the year, empty ones too, so the chart's time axis has no holes.
    const months = Array.from({ length: 12 }, (_, i) => `${year}-${pad(i + 1)}`);
    return months.map(
      (key) => items.find((r) => r.key === key) ?? { ...emptyRow(key, labelOf('month', key, null)) },
    );
  }
  return items;
}

function emptyRow(key: string, name: string): LedgerStatsRow {
  return {
    key,
    name,
    listed: 0,
    inRectification: 0,
    rectified: 0,
    closed: 0,
    overdue: 0,
    major: 0,
    rate: null,
  };
}

/** 统计分析 (G6): each method is one aggregate query in the caller's scope. */
export function createStatsService({ database, now }: Deps) {
  const db = database.db;

  return {
    async ledger(caller: Actor | null, q: LedgerStatsQuery): Promise<LedgerStats> {
      const actor = requireAccess(caller, 'stats.read');
      const today = shanghaiDate(now());
      const rows = await repo.ledgerCounts(db, {
        groupBy: q.groupBy,
        scope: ledgerScope(actor),
        year: q.year,
        today,
        industries: q.groupBy === 'industry' && actor.role === 'gov_industry' ? actor.industries : undefined,
      });
      const toRow = (r: repo.LedgerCountsRow): LedgerStatsRow => ({
        key: r.key ?? '',
        name: r.key === null ? TOTAL : labelOf(q.groupBy, r.key, r.name),
        listed: r.listed,
        inRectification: r.in_rectification,
        rectified: r.rectified,
        closed: r.closed,
        overdue: r.overdue,
        major: r.major,
        rate: ratio(r.rectified, r.listed),
      });
      const total = rows.find((r) => r.key === null);
      const items = rows.filter((r) => r.key !== null).map(toRow);
      return {
        groupBy: q.groupBy,
        year: q.year ?? null,
        target: RECTIFICATION_TARGET,
        today,
        items: ordered(q.groupBy, items, q.year),
        // No entry at all leaves grouping sets with no total row either.
        total: total ? toRow(total) : emptyRow('', TOTAL),
      };
    },

    async usage(caller: Actor | null, q: UsageStatsQuery): Promise<UsageStats> {
      const actor = requireAccess(caller, 'stats.read');
      const [thisYear, thisMonth] = shanghaiDate(now()).split('-').map(Number) as [number, number];
      const year = q.year ?? thisYear;
      const month = q.month ?? thisMonth;
      const groupBy = q.groupBy ?? defaultRegionGroup(actor);
      const next = month === 12 ? `${year + 1}-01-01` : `${year}-${pad(month + 1)}-01`;
      const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
      const rows = await repo.usageCounts(db, {
        scope: enterpriseScopeWhere(actor),
        groupBy,
        first: `${year}-${pad(month)}-01`,
        middle: `${year}-${pad(month)}-16`,
        next,
      });
      const toRow = (r: repo.UsageCountsRow) => ({
        key: r.key ?? '',
        name: r.key === null ? TOTAL : (r.name ?? r.key),
        enterprises: r.enterprises,
        firstHalf: r.first_half,
        firstHalfRate: ratio(r.first_half, r.enterprises),
        secondHalf: r.second_half,
        secondHalfRate: ratio(r.second_half, r.enterprises),
        month: r.month,
        monthRate: ratio(r.month, r.enterprises),
      });
      const total = rows.find((r) => r.key === null);
      return {
        year,
        month,
        groupBy,
        halves: [
          { from: `${year}-${pad(month)}-01`, to: `${year}-${pad(month)}-15` },
          { from: `${year}-${pad(month)}-16`, to: `${year}-${pad(month)}-${pad(lastDay)}` },
        ],
        items: rows.filter((r) => r.key !== null).map(toRow),
        total: toRow(
          total ?? { key: null, name: null, enterprises: 0, first_half: 0, second_half: 0, month: 0 },
        ),
      };
    },

    async completeness(caller: Actor | null, q: CompletenessQuery): Promise<CompletenessStats> {
      const actor = requireAccess(caller, 'stats.read');
      const groupBy = q.groupBy ?? defaultRegionGroup(actor);
      const rows = await repo.completenessCounts(db, { scope: enterpriseScopeWhere(actor), groupBy });
      const toRow = (r: repo.CompletenessCountsRow) => ({
        key: r.key ?? '',
        name: r.key === null ? TOTAL : (r.name ?? r.key),
        enterprises: r.enterprises,
        complete: r.complete,
        filledFields: r.filled_fields,
        rate: ratio(r.filled_fields, r.enterprises * repo.REQUIRED_COLUMN_COUNT),
      });
      const total = rows.find((r) => r.key === null);
      return {
        groupBy,
        requiredFields: [...PROFILE_REQUIRED_FIELDS],
        items: rows.filter((r) => r.key !== null).map(toRow),
        total: toRow(total ?? { key: null, name: null, enterprises: 0, complete: 0, filled_fields: 0 }),
      };
    },

    async majorMap(caller: Actor | null, q: MajorMapQuery): Promise<MajorMap> {
      const actor = requireAccess(caller, 'stats.read');
      const rows = await repo.majorCounts(db, { scope: ledgerScope(actor), year: q.year });
      return {
        year: q.year ?? null,
        items: rows.map((r) => ({
          districtCode: r.district_code,
          districtName: r.name ?? r.district_code,
          major: r.major,
          open: r.open,
        })),
      };
    },
  };
}

export type StatsService = ReturnType<typeof createStatsService>;
