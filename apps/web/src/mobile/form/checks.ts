import { answerProblems, type CatalogDetail, type CatalogItem, shanghaiDate } from '@ancha/contracts';
import { type Draft, toAnswerInput } from './draft.ts';

/** Where each item sits, so a problem can open its category and scroll to it. */
export interface ItemPlace {
  item: CatalogItem;
  categoryId: string;
}

export function itemPlaces(catalog: CatalogDetail): ItemPlace[] {
  return catalog.categories.flatMap((category) =>
    category.children.flatMap((child) => child.items.map((item) => ({ item, categoryId: category.id }))),
  );
}

export interface DraftCheck {
  unanswered: number;
  /** Messages by item id, for every item that cannot be submitted as it is. */
  problems: Map<string, string[]>;
  /** The first item with a problem, in catalog order. */
  firstItemId: string | null;
  acknowledged: boolean;
}

/**
 * The checks 提交 runs on the server (every item answered, each 有隐患 complete, 法人已知晓),
 * run first on the phone with the contract's own rules so the inspector learns at once.
 */
export function checkDraft(draft: Draft, places: ItemPlace[], unansweredMessage: string): DraftCheck {
  const today = shanghaiDate(new Date());
  const problems = new Map<string, string[]>();
  let unanswered = 0;
  for (const { item } of places) {
    const answer = draft.answers[item.id];
    if (!answer) {
      unanswered++;
      problems.set(item.id, [unansweredMessage]);
      continue;
    }
    const found = answerProblems(toAnswerInput(answer), item.major !== null, today);
    if (found.length)
      problems.set(
        item.id,
        found.map((p) => p.message),
      );
  }
  const first = places.find(({ item }) => problems.has(item.id));
  return { unanswered, problems, firstItemId: first?.item.id ?? null, acknowledged: draft.acknowledged };
}

/**
 * The server's 422 fields (`answers.<itemId>` or `answers.<itemId>.<field>`) as the same
 * per-item messages the local check gives.
 */
export function problemsFromFields(fields: { path: string; message: string }[]): Map<string, string[]> {
  const problems = new Map<string, string[]>();
  for (const { path, message } of fields) {
    const [root, itemId] = path.split('.');
    if (root !== 'answers' || !itemId) continue;
    problems.set(itemId, [...(problems.get(itemId) ?? []), message]);
  }
  return problems;
}
