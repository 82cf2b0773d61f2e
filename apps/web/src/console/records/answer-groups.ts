import type { CatalogDetail } from '@ancha/contracts';
import { compareItemNo } from '../hazards/hazard-format.ts';
import type { AnswerRow } from './AnswerItem.tsx';

export interface AnswerGroup {
  key: string;
  /** 类别 › 子类 of the catalog version answered; null when the catalog could not be read. */
  title: string | null;
  answers: AnswerRow[];
}

/**
 * The answers under the headings of the catalog version they were given against. Answers whose
 * item the catalog does not hold (or all of them, without a catalog) follow in item-number order.
 */
export function groupAnswers(
  answers: readonly AnswerRow[],
  catalog: CatalogDetail | undefined,
): AnswerGroup[] {
  const byItem = new Map(answers.map((answer) => [answer.itemId, answer]));
  const groups: AnswerGroup[] = [];
  for (const category of catalog?.categories ?? []) {
    for (const child of category.children) {
      const found = child.items.flatMap((item) => {
        const answer = byItem.get(item.id);
        if (!answer) return [];
        byItem.delete(item.id);
        return [answer];
      });
      if (found.length > 0)
        groups.push({ key: child.id, title: `${category.name} › ${child.name}`, answers: found });
    }
  }
  const rest = [...byItem.values()].sort((a, b) => compareItemNo(a.itemNo, b.itemNo));
  if (rest.length > 0) groups.push({ key: 'rest', title: null, answers: rest });
  return groups;
}
