import type { PostFrequency } from '../../db/schema/index.ts';

// A post's periods by its 上报频次 (E9), on the Beijing calendar: callers pass Beijing dates
// ('YYYY-MM-DD', shanghaiDate), so the arithmetic here is on plain calendar days in UTC.

const DAY = 86_400_000;
const toDay = (d: string) => Date.parse(`${d}T00:00:00Z`);
const fromDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const pad = (n: number) => String(n).padStart(2, '0');

/** ISO 8601 week: weeks start on Monday; week 1 holds the year's first Thursday. */
function isoWeek(date: string): { year: number; week: number } {
  const ms = toDay(date);
  const weekday = (new Date(ms).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = new Date(ms + (3 - weekday) * DAY);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY / 7) + 1;
  return { year, week };
}

function mondayOfWeek(year: number, week: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  const weekday = (new Date(jan4).getUTCDay() + 6) % 7;
  return jan4 - weekday * DAY + (week - 1) * 7 * DAY;
}

/** The period a Beijing date falls in: '2026-11-23', '2026-W48', '2026-11' or '2026-Q4'. */
export function periodOf(frequency: PostFrequency, date: string): string {
  switch (frequency) {
    case 'daily':
      return date;
    case 'weekly': {
      const { year, week } = isoWeek(date);
      return `${year}-W${pad(week)}`;
    }
    case 'monthly':
      return date.slice(0, 7);
    case 'quarterly':
      return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
  }
}

/** The first and last day of a period, or undefined when it is not one of `frequency`'s. */
export function periodRange(
  frequency: PostFrequency,
  period: string,
): { start: string; end: string } | undefined {
  let start: number;
  let end: number;
  if (frequency === 'daily' && /^\d{4}-\d{2}-\d{2}$/.test(period)) {
    start = end = toDay(period);
  } else if (frequency === 'weekly' && /^\d{4}-W\d{2}$/.test(period)) {
    start = mondayOfWeek(Number(period.slice(0, 4)), Number(period.slice(6)));
    end = start + 6 * DAY;
  } else if (frequency === 'monthly' && /^\d{4}-\d{2}$/.test(period)) {
    const [y, m] = [Number(period.slice(0, 4)), Number(period.slice(5))];
    start = Date.UTC(y, m - 1, 1);
    end = Date.UTC(y, m, 1) - DAY;
  } else if (frequency === 'quarterly' && /^\d{4}-Q[1-4]$/.test(period)) {
    const [y, q] = [Number(period.slice(0, 4)), Number(period.slice(6))];
    start = Date.UTC(y, (q - 1) * 3, 1);
    end = Date.UTC(y, q * 3, 1) - DAY;
  } else {
    return undefined;
  }
  const range = { start: fromDay(start), end: fromDay(end) };
  // A well-formed but impossible period (2026-W60, 2026-13, 2026-02-30) names another one.
  return Number.isNaN(start) || periodOf(frequency, range.start) !== period ? undefined : range;
}

/** The periods from the one holding `from` to the one holding `to`, newest first, at most `limit`. */
export function periodsBetween(frequency: PostFrequency, from: string, to: string, limit: number): string[] {
  const out: string[] = [];
  let day = to;
  const first = periodOf(frequency, from);
  while (out.length < limit) {
    const period = periodOf(frequency, day);
    out.push(period);
    if (period <= first) break;
    day = fromDay(toDay(periodRange(frequency, period)!.start) - DAY);
  }
  return out;
}

export function periodLabel(frequency: PostFrequency, period: string): string {
  const y = period.slice(0, 4);
  switch (frequency) {
    case 'daily':
      return `${y}年${Number(period.slice(5, 7))}月${Number(period.slice(8))}日`;
    case 'weekly': {
      const r = periodRange(frequency, period)!;
      const md = (d: string) => `${Number(d.slice(5, 7))}月${Number(d.slice(8))}日`;
      return `${y}年第${Number(period.slice(6))}周（${md(r.start)}—${md(r.end)}）`;
    }
    case 'monthly':
      return `${y}年${Number(period.slice(5))}月`;
    case 'quarterly':
      return `${y}年第${period.slice(6)}季度`;
  }
}
