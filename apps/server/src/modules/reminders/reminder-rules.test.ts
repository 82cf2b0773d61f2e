import { describe, expect, it } from 'vitest';
import {
  addDays,
  beijingMonthBounds,
  deadlineNear,
  deadlinePassed,
  inspectionDue,
  inspectionDueDay,
  postPeriodDue,
  reportDayNear,
  staleWindow,
} from './reminder-rules.ts';

/** Every Beijing date of March 2027 on which `rule` holds. */
const daysOfMarch = (rule: (day: string) => boolean) =>
  Array.from({ length: 31 }, (_, i) => addDays('2027-03-01', i)).filter(rule);

describe('when reminders are due', () => {
  it('reminds an enterprise without inspections from the 20th, or five days before an early report day', () => {
    expect(inspectionDueDay(25)).toBe(20);
    expect(inspectionDueDay(28)).toBe(20);
    expect(inspectionDueDay(10)).toBe(5);
    expect(inspectionDueDay(3)).toBe(1);
    expect(daysOfMarch((d) => inspectionDue(d, 25, false))[0]).toBe('2027-03-20');
    expect(daysOfMarch((d) => inspectionDue(d, 25, true))).toEqual([]);
  });

  it('warns of the report day in the three days before it, unless everything is reported', () => {
    expect(daysOfMarch((d) => reportDayNear(d, 25, 2, 3))).toEqual([
      '2027-03-22',
      '2027-03-23',
      '2027-03-24',
    ]);
    expect(daysOfMarch((d) => reportDayNear(d, 25, 0, 0))).toHaveLength(3);
    expect(daysOfMarch((d) => reportDayNear(d, 25, 0, 4))).toEqual([]);
    expect(daysOfMarch((d) => reportDayNear(d, 2, 0, 0))).toEqual(['2027-03-01']);
  });

  it('says a deadline is near from three days before it through the day itself, then passed', () => {
    expect(daysOfMarch((d) => deadlineNear(d, '2027-03-10'))).toEqual([
      '2027-03-07',
      '2027-03-08',
      '2027-03-09',
      '2027-03-10',
    ]);
    expect(daysOfMarch((d) => deadlinePassed(d, '2027-03-10'))[0]).toBe('2027-03-11');
    expect(deadlineNear('2027-02-28', '2027-03-03')).toBe(true);
  });

  it('finds a ledger entry stale after more than fifteen idle days, in fifteen-day windows', () => {
    expect(staleWindow('2027-03-18', '2027-03-03')).toBeNull();
    expect(staleWindow('2027-03-19', '2027-03-03')).toBe(1);
    expect(staleWindow('2027-04-02', '2027-03-03')).toBe(1);
    expect(staleWindow('2027-04-03', '2027-03-03')).toBe(2);
    expect(staleWindow('2027-04-18', '2027-03-03')).toBe(3);
  });

  it('reminds post users on Friday, the 20th, or the 20th of the quarter’s last month; never daily', () => {
    // 2027-03-05 is a Friday of ISO week 9.
    expect(postPeriodDue('weekly', '2027-03-04')).toBeNull();
    expect(postPeriodDue('weekly', '2027-03-05')).toEqual({
      period: '2027-W09',
      end: '2027-03-07',
      from: '2027-03-05',
    });
    expect(postPeriodDue('monthly', '2027-03-19')).toBeNull();
    expect(postPeriodDue('monthly', '2027-03-20')?.period).toBe('2027-03');
    expect(postPeriodDue('quarterly', '2027-02-25')).toBeNull();
    expect(postPeriodDue('quarterly', '2027-03-20')).toEqual({
      period: '2027-Q1',
      end: '2027-03-31',
      from: '2027-03-20',
    });
    expect(postPeriodDue('daily', '2027-03-20')).toBeNull();
  });

  it('bounds a Beijing month in instants, across the year end', () => {
    expect(beijingMonthBounds('2027-12')).toEqual({
      start: new Date('2027-11-30T16:00:00Z'),
      end: new Date('2027-12-31T16:00:00Z'),
    });
  });
});
