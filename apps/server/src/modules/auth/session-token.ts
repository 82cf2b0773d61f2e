import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'ancha_session';
export const CSRF_COOKIE = 'ancha_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only the hash is stored: whoever reads the sessions table cannot sign in with it. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
