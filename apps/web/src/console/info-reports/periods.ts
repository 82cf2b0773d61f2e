import { periodLabel, periodOf, shanghaiDate } from '@ancha/contracts';

/** The current month ('2026-05') or quarter ('2026-Q2') in Beijing, as the server counts them. */
export const currentPeriod = (quarterly: boolean, now = new Date()) => periodOf(shanghaiDate(now), quarterly);

/**
 * The periods a form or filter offers, newest first: the last twelve months or the last four
 * quarters, never a future one (the server refuses those).
 */
export function recentPeriods(quarterly: boolean, now = new Date()): { value: string; label: string }[] {
  const [year, month] = shanghaiDate(now).split('-').map(Number) as [number, number];
  const count = quarterly ? 4 : 12;
  const step = quarterly ? 3 : 1;
  return Array.from({ length: count }, (_, i) => {
    const index = year * 12 + (month - 1) - i * step;
    const date = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
    const value = periodOf(date, quarterly);
    return { value, label: periodLabel(value) };
  });
}
