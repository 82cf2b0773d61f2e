// Display rules shared by the record and hazard pages.

/** The API keeps money in integer fen; people read yuan with two decimals. */
export function formatYuan(fen: number): string {
  return (fen / 100).toFixed(2);
}

/** Item numbers like 1.2.10 in reading order, not string order (1.2.10 after 1.2.9). */
export function compareItemNo(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/** The history's action names (hazard.found …) become the i18n keys under hazardDetail.actions. */
export const historyActions = ['found', 'rectified', 'accepted', 'acceptance_failed'] as const;
export type HistoryAction = (typeof historyActions)[number];

export function historyAction(action: string): HistoryAction | null {
  const key = action.replace(/^hazard\./, '');
  return (historyActions as readonly string[]).includes(key) ? (key as HistoryAction) : null;
}
