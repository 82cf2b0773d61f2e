import { describe, expect, it } from 'vitest';
import { periodLabel, periodOf, periodRange, periodsBetween } from './post-periods.ts';

describe('post periods on the Beijing calendar', () => {
  it('names the period of a date by frequency, ISO weeks across the year end', () => {
    expect(periodOf('daily', '2026-11-23')).toBe('2026-11-23');
    expect(periodOf('weekly', '2026-11-23')).toBe('2026-W48');
    expect(periodOf('weekly', '2027-01-01')).toBe('2026-W53');
    expect(periodOf('weekly', '2025-12-29')).toBe('2026-W01');
    expect(periodOf('monthly', '2026-11-23')).toBe('2026-11');
    expect(periodOf('quarterly', '2026-11-23')).toBe('2026-Q4');
    expect(periodOf('quarterly', '2026-03-31')).toBe('2026-Q1');
  });

  it('gives each period its days and refuses periods of another frequency or none at all', () => {
    expect(periodRange('weekly', '2026-W48')).toEqual({ start: '2026-11-23', end: '2026-11-29' });
    expect(periodRange('monthly', '2026-02')).toEqual({ start: '2026-02-01', end: '2026-02-28' });
    expect(periodRange('quarterly', '2026-Q4')).toEqual({ start: '2026-10-01', end: '2026-12-31' });
    expect(periodRange('weekly', '2026-W54')).toBeUndefined();
    expect(periodRange('daily', '2026-02-30')).toBeUndefined();
    expect(periodRange('weekly', '2026-11')).toBeUndefined();
  });

  it('lists the periods back to the first, newest first', () => {
    expect(periodsBetween('weekly', '2026-11-10', '2026-11-25', 10)).toEqual([
      '2026-W48',
      '2026-W47',
      '2026-W46',
    ]);
    expect(periodsBetween('monthly', '2026-11-10', '2026-11-25', 10)).toEqual(['2026-11']);
    expect(periodsBetween('daily', '2026-01-01', '2026-11-25', 3)).toHaveLength(3);
    expect(periodLabel('weekly', '2026-W48')).toBe('2026年第48周（11月23日—11月29日）');
  });
});
