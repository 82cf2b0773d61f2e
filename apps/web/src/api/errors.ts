import type { ErrorBody, ErrorCode, FieldError } from '@ancha/contracts';

/** Codes the client itself produces when the server never answered with an ErrorBody. */
export type ClientErrorCode = 'NETWORK' | 'HTTP';

/** Everything a screen needs to explain a failed request (API.md, "Errors"). */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly code: ErrorCode | ClientErrorCode | (string & {});
  readonly fields: FieldError[];
  readonly retryAfterSeconds: number | undefined;
  readonly requestId: string | undefined;

  constructor(init: {
    status: number;
    code: string;
    message: string;
    fields?: FieldError[] | undefined;
    retryAfterSeconds?: number | undefined;
    requestId?: string | undefined;
  }) {
    super(init.message);
    this.status = init.status;
    this.code = init.code;
    this.fields = init.fields ?? [];
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.requestId = init.requestId;
  }
}

export function isApiError(error: unknown, code?: ApiError['code']): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

/**
 * Narrows an unknown JSON value to the ErrorBody contract by hand: a proxy or a crashed server
 * can answer with anything, and the screen must still get a readable message.
 */
export function asErrorBody(value: unknown): ErrorBody | null {
  if (typeof value !== 'object' || value === null || !('error' in value)) return null;
  const error = (value as { error: unknown }).error;
  if (typeof error !== 'object' || error === null) return null;
  const { code, message, fields, retryAfterSeconds } = error as Record<string, unknown>;
  if (typeof code !== 'string' || typeof message !== 'string') return null;
  const requestId = (value as { requestId?: unknown }).requestId;
  return {
    error: {
      code,
      message,
      fields: Array.isArray(fields) ? fields.filter(isFieldError) : undefined,
      retryAfterSeconds: typeof retryAfterSeconds === 'number' ? retryAfterSeconds : undefined,
    },
    requestId: typeof requestId === 'string' ? requestId : '',
  };
}

function isFieldError(value: unknown): value is FieldError {
  if (typeof value !== 'object' || value === null) return false;
  const { path, message } = value as Record<string, unknown>;
  return typeof path === 'string' && typeof message === 'string';
}

/** The last segment of a field path, so `body.username` and `username` both find the form field. */
export function fieldName(path: string): string {
  const parts = path.split('.');
  return parts[parts.length - 1] ?? path;
}
