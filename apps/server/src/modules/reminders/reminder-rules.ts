import type { PostFrequency } from '../../db/schema/index.ts';
import { periodOf, periodRange } from '../standards/post-periods.ts';

// When each reminder is due, as pure functions of Beijing calendar dates ('YYYY-MM-DD', from
// shanghaiDate). The job (reminders.job.ts) asks them for one instant; the unit tests walk dates.

const DAY = 86_400_000;
const toDay = (d: string) => Date.parse(`${d}T00:00:00Z`);
export const addDays = (d: string, n: number) => new Date(toDay(d) + n * DAY).toISOString().slice(0, 10);
/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string) => Math.round((toDay(to) - toDay(from)) / DAY);
const dayOfMonth = (d: string) => Number(d.slice(8, 10));

/** 整改期限将至 and 上报日将至 both warn this many days ahead (issue 7). */
export const LEAD_DAYS = 3;
/** 台账 is to be updated every half month (seed 003, 信息管理制度: 每半月更新台账). */
export const STALE_DAYS = 15;
/** A major hazard proposed longer ago than this is old news, e.g. on the first run after an upgrade. */
export const MAJOR_LOOKBACK_DAYS = 7;

/**
 * 本期未自查 for an enterprise: from the 20th of the month when nothing was submitted this month.
 * By the 20th two thirds of the month are gone, and the default report day (the 25th) is five
 * days off: time enough to inspect before the month's records are reported. An enterprise with
 * an earlier report day is reminded five days before it instead (never before the 1st).
 */
export function inspectionDueDay(reportDay: number): number {
  return Math.max(1, Math.min(20, reportDay - 5));
}

export function inspectionDue(today: string, reportDay: number, submittedThisMonth: boolean): boolean {
  return !submittedThisMonth && dayOfMonth(today) >= inspectionDueDay(reportDay);
}

/**
 * 上报日将至: in the three days before the report day, when the month still has submitted records
 * waiting to be reported, or none at all. A report day in the first three days of a month gets
 * only the days of its own month before it, rather than reaching back into the month before.
 */
export function reportDayNear(today: string, reportDay: number, waiting: number, submitted: number): boolean {
  const day = dayOfMonth(today);
  const inWindow = day >= reportDay - LEAD_DAYS && day < reportDay;
  return inWindow && (waiting > 0 || submitted === 0);
}

/** 整改期限将至: the deadline is today or within the next three days. */
export function deadlineNear(today: string, deadline: string): boolean {
  const left = daysBetween(today, deadline);
  return left >= 0 && left <= LEAD_DAYS;
}

/** 已逾期: the deadline day has ended. */
export function deadlinePassed(today: string, deadline: string): boolean {
  return daysBetween(today, deadline) < 0;
}

/**
 * 台账15天未更新: the window a stale entry is in, or null while it is fresh. An entry last touched
 * on day D is stale from D+16 (more than 15 days); windows 1, 2, ... start at D+16, D+31, ...,
 * so an entry left alone is reminded of every fifteen days, and any new activity starts over.
 */
export function staleWindow(today: string, lastActivity: string): number | null {
  const idle = daysBetween(lastActivity, today);
  return idle > STALE_DAYS ? Math.floor((idle - 1) / STALE_DAYS) : null;
}

/**
 * A post user's current period (一岗一清单), and the day from which it is reminded of it while not
 * done: weekly posts on Friday, so the work is not left to the weekend; monthly posts on the 20th,
 * as enterprises; quarterly posts on the 20th of the quarter's last month. Daily posts get no
 * reminder: one every day would be noise, and the phone lists the day's checklist as due anyway.
 */
export function postPeriodDue(
  frequency: PostFrequency,
  today: string,
): { period: string; end: string; from: string } | null {
  if (frequency === 'daily') return null;
  const period = periodOf(frequency, today);
  const { end } = periodRange(frequency, period)!;
  const from = frequency === 'weekly' ? addDays(end, -2) : `${end.slice(0, 8)}20`;
  return today >= from ? { period, end, from } : null;
}

/** The first instant of a Beijing month ('2027-03'), and of the next one. */
export function beijingMonthBounds(month: string): { start: Date; end: Date } {
  const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return { start: new Date(`${month}-01T00:00:00+08:00`), end: new Date(`${next}-01T00:00:00+08:00`) };
}
