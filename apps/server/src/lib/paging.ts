import { fieldError } from './errors.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Lists page on time-ordered UUIDs: a cursor is the last id of the page before. */
export function assertCursor(cursor: string | undefined): void {
  if (cursor !== undefined && !UUID.test(cursor)) throw fieldError('cursor', '分页游标无效');
}

/** A LIKE pattern matching the words anywhere, with the user's % and _ taken literally. */
export function containsPattern(words: string): string {
  return `%${words.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
}

/** An id no record has: a scope with nothing in it still yields a valid condition. */
export const NO_ID = '00000000-0000-0000-0000-000000000000';
