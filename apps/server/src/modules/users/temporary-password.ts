import { randomInt } from 'node:crypto';
import { passwordProblem } from '@ancha/contracts';

// Letters and digits that cannot be mistaken for one another when read out or copied by hand.
const upper = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const lower = 'abcdefghijkmnpqrstuvwxyz';
const digits = '23456789';
const symbols = '@#%+=?';
const all = upper + lower + digits + symbols;

/**
 * A 14-character temporary password from the system's CSPRNG, one character of each class at
 * least, so it always passes the password rule (about 82 bits; it lives only until first sign-in).
 */
export function temporaryPassword(length = 14): string {
  const chars = [upper, lower, digits, symbols].map((set) => set[randomInt(set.length)]!);
  while (chars.length < length) chars.push(all[randomInt(all.length)]!);
  // Fisher–Yates, so the guaranteed classes are not always first.
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  const password = chars.join('');
  if (passwordProblem(password)) throw new Error('temporary password breaks the password rule');
  return password;
}
