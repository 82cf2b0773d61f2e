// The values the phone pages handle in their own form: record ids, money, times.

/**
 * A UUIDv7 (RFC 9562) chosen on the phone: the inspection keeps this id from the first keystroke,
 * so a draft saved offline and submitted later, or submitted twice, is still one record.
 */
export { v7 as uuidv7 } from 'uuid';

// The API counts money in integer fen so sums never drift; people read and type yuan.

const yuanPattern = /^\d{1,10}(\.\d{0,2})?$/;

/** 1234.5 元 typed as text → 123450 fen; undefined for empty or malformed text. */
export function yuanToFen(text: string | undefined): number | undefined {
  const value = text?.trim();
  if (!value || !yuanPattern.test(value)) return undefined;
  const [whole = '0', part = ''] = value.split('.');
  return Number(whole) * 100 + Number(part.padEnd(2, '0'));
}

export function isYuan(text: string | undefined): boolean {
  return yuanToFen(text) !== undefined;
}

/** 123450 → "1234.50", the form the inputs and details show. */
export function fenToYuan(fen: number): string {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}

// Times as the seed's lists show them (2023-05-07 11:05:01), always in Beijing time.

const dateTime = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hour12: false,
});

const clock = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hour12: false,
});

/** "2023-05-07 11:05:01"; the Swedish locale happens to write exactly the ISO-like form. */
export function formatStamp(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

/** "11:05:01", for the form's 已保存 line. */
export function formatClock(at: Date): string {
  return clock.format(at);
}
