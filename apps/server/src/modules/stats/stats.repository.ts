import type { RegionGroupBy, StatsGroupBy } from '@ancha/contracts';
import { type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.ts';

// Each figure of 统计分析 is one aggregate query, grouped in the database: the rows never leave
// it. The caller's scope arrives as a condition (ledgerScope / enterpriseScopeWhere), so the
// planner can use the indexes that lead with district_code and street_code.

/** Beijing local time of a timestamptz column; Asia/Shanghai has had no DST since 1991. */
const beijing = (column: SQL) => sql`(${column} at time zone 'Asia/Shanghai')`;
/** The instant a Beijing calendar day (YYYY-MM-DD) begins, as a timestamptz. */
export const dayStart = (day: string) => sql`(${day}::timestamp at time zone 'Asia/Shanghai')`;

/** The group key of an entry, written without parameters so select and group by stay identical. */
function ledgerKey(groupBy: StatsGroupBy): SQL {
  switch (groupBy) {
    case 'district':
      return sql`ledger_entries.district_code`;
    case 'street':
      return sql`ledger_entries.street_code`;
    case 'industry':
      return sql`g.code`;
    case 'hazardType':
      return sql`coalesce(ledger_entries.hazard_type, '')`;
    case 'level':
      return sql`ledger_entries.level`;
    case 'month':
      return sql`coalesce(to_char(${beijing(sql`ledger_entries.listed_at`)}, 'YYYY-MM'), '')`;
  }
}

export interface LedgerCountsRow {
  key: string | null;
  name: string | null;
  listed: number;
  in_rectification: number;
  rectified: number;
  closed: number;
  overdue: number;
  major: number;
}

export interface LedgerCountsFilter {
  groupBy: StatsGroupBy;
  scope: SQL | undefined;
  /** Beijing year of 上账; undefined for all years. */
  year: number | undefined;
  today: string;
  /** An industry department's own industries: the only industry groups it is shown. */
  industries: string[] | undefined;
}

/**
 * Ledger counts per group plus the total (grouping sets, key null), over entries with a ledger
 * number. By industry an entry is counted once per industry it carries (an unnest), so the total
 * counts distinct entries instead; entries with no industry (public reports) form the '' group.
 */
export function ledgerCounts(db: DbOrTx, f: LedgerCountsFilter) {
  const key = ledgerKey(f.groupBy);
  const byIndustry = f.groupBy === 'industry';
  const n = (cond: SQL) =>
    byIndustry
      ? sql`(count(distinct ledger_entries.id) filter (where ${cond}))::int`
      : sql`(count(*) filter (where ${cond}))::int`;
  const lateral = byIndustry
    ? sql`cross join lateral unnest(case when cardinality(ledger_entries.industries) = 0
        then array['']::text[] else ledger_entries.industries end) as g(code)`
    : sql``;
  const own = f.industries
    ? f.industries.length
      ? sql`and g.code in (${sql.join(
          f.industries.map((i) => sql`${i}`),
          sql`, `,
        )})`
      : sql`and false`
    : sql``;
  const year =
    f.year === undefined
      ? sql``
      : sql`and ledger_entries.listed_at >= ${dayStart(`${f.year}-01-01`)}
            and ledger_entries.listed_at < ${dayStart(`${f.year + 1}-01-01`)}`;
  const names =
    f.groupBy === 'district' || f.groupBy === 'street'
      ? sql`left join regions n on n.code = s.key`
      : byIndustry
        ? sql`left join industries n on n.code = s.key`
        : sql`left join (select null::text as code, null::text as name) n on false`;
  return queryRows<LedgerCountsRow>(
    db,
    sql`select s.*, n.name from (
      select ${key} as key,
        ${n(sql`true`)} as listed,
        ${n(sql`ledger_entries.status = 'listed'`)} as in_rectification,
        ${n(sql`ledger_entries.status in ('reviewed', 'closed')`)} as rectified,
        ${n(sql`ledger_entries.status = 'closed'`)} as closed,
        ${n(sql`ledger_entries.status = 'listed' and ledger_entries.deadline < ${f.today}::date`)} as overdue,
        ${n(sql`ledger_entries.level = 'major'`)} as major
      from ledger_entries ${lateral}
      where ledger_entries.ledger_no is not null and ${f.scope ?? sql`true`} ${own} ${year}
      group by grouping sets ((${key}), ())
    ) s ${names}
    order by s.key nulls last`,
  );
}

export interface UsageCountsRow {
  key: string | null;
  name: string | null;
  enterprises: number;
  first_half: number;
  second_half: number;
  month: number;
}

const reportedBetween = (from: SQL, to: SQL) => sql`exists (
  select 1 from inspections i
  where i.enterprise_id = enterprises.id and i.kind = 'self' and i.status = 'reported'
    and i.reported_at >= ${from} and i.reported_at < ${to})`;

/**
 * Enterprises in scope per region, and how many reported at least one self-inspection in each
 * half of the month ([1st, 16th) and [16th, next 1st), Beijing days) and in the whole month.
 */
export function usageCounts(
  db: DbOrTx,
  f: { scope: SQL | undefined; groupBy: RegionGroupBy; first: string; middle: string; next: string },
) {
  const key = f.groupBy === 'district' ? sql`enterprises.district_code` : sql`enterprises.street_code`;
  const [first, middle, next] = [dayStart(f.first), dayStart(f.middle), dayStart(f.next)];
  return queryRows<UsageCountsRow>(
    db,
    sql`select s.*, n.name from (
      select ${key} as key,
        count(*)::int as enterprises,
        (count(*) filter (where ${reportedBetween(first, middle)}))::int as first_half,
        (count(*) filter (where ${reportedBetween(middle, next)}))::int as second_half,
        (count(*) filter (where ${reportedBetween(first, next)}))::int as month
      from enterprises
      where ${f.scope ?? sql`true`}
      group by grouping sets ((${key}), ())
    ) s left join regions n on n.code = s.key
    order by s.key nulls last`,
  );
}

export interface CompletenessCountsRow {
  key: string | null;
  name: string | null;
  enterprises: number;
  complete: number;
  filled_fields: number;
}

/** Whether each required profile field (PROFILE_REQUIRED_FIELDS) holds a value, as 0 or 1. */
const filled = [
  sql`(btrim(enterprises.address) <> '')`,
  sql`(coalesce(btrim(enterprises.legal_representative), '') <> '')`,
  sql`(coalesce(btrim(enterprises.legal_representative_phone), '') <> '')`,
  sql`(coalesce(btrim(enterprises.principal_name), '') <> '')`,
  sql`(coalesce(btrim(enterprises.principal_phone), '') <> '')`,
  sql`(enterprises.staff_count is not null)`,
  sql`(enterprises.nature is not null)`,
];
export const REQUIRED_COLUMN_COUNT = filled.length;

export function completenessCounts(db: DbOrTx, f: { scope: SQL | undefined; groupBy: RegionGroupBy }) {
  const key = f.groupBy === 'district' ? sql`enterprises.district_code` : sql`enterprises.street_code`;
  const filledSum = sql.join(
    filled.map((c) => sql`${c}::int`),
    sql` + `,
  );
  return queryRows<CompletenessCountsRow>(
    db,
    sql`select s.*, n.name from (
      select ${key} as key,
        count(*)::int as enterprises,
        (count(*) filter (where ${sql.join(filled, sql` and `)}))::int as complete,
        coalesce(sum(${filledSum}), 0)::int as filled_fields
      from enterprises
      where ${f.scope ?? sql`true`}
      group by grouping sets ((${key}), ())
    ) s left join regions n on n.code = s.key
    order by s.key nulls last`,
  );
}

export interface MajorCountsRow {
  district_code: string;
  name: string | null;
  major: number;
  open: number;
}

/** Major entries with a ledger number per district, and those still being rectified. */
export function majorCounts(db: DbOrTx, f: { scope: SQL | undefined; year: number | undefined }) {
  const year =
    f.year === undefined
      ? sql``
      : sql`and ledger_entries.listed_at >= ${dayStart(`${f.year}-01-01`)}
            and ledger_entries.listed_at < ${dayStart(`${f.year + 1}-01-01`)}`;
  return queryRows<MajorCountsRow>(
    db,
    sql`select s.*, n.name from (
      select ledger_entries.district_code,
        count(*)::int as major,
        (count(*) filter (where ledger_entries.status = 'listed'))::int as open
      from ledger_entries
      where ledger_entries.ledger_no is not null and ledger_entries.level = 'major'
        and ${f.scope ?? sql`true`} ${year}
      group by ledger_entries.district_code
    ) s left join regions n on n.code = s.district_code
    order by s.district_code`,
  );
}
