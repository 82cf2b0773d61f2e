import { v7 } from 'uuid';

/** UUIDv7: time-ordered, so ids created offline on a phone still index well (ARCHITECTURE.md). */
export function newId(): string {
  return v7();
}
