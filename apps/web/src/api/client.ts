import type {
  AuditVerifyResult,
  ChangePasswordBody,
  MeResponse,
  RegionTree,
  SignInBody,
} from '@ancha/contracts';
import { i18n } from '../i18n/index.ts';
import { ApiError, asErrorBody } from './errors.ts';

const base = '/api/v1';
const csrfCookie = 'ancha_csrf';
const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The address of an endpoint, for what the browser fetches itself (downloads, links). */
export function apiUrl(path: string): string {
  return `${base}${path}`;
}

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  method?: Method;
  body?: unknown;
  signal?: AbortSignal | undefined;
}

export function readCookie(name: string): string | null {
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

/**
 * JSON in, JSON out. Unsafe methods carry the CSRF token the server set in a readable cookie
 * (double-submit), and every failure becomes an ApiError so screens handle one error type.
 */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json' };
  // A FormData body gets its multipart Content-Type, with the boundary, from fetch; a Blob (a
  // photo) is sent as itself, with its own type.
  const raw = options.body === undefined || options.body instanceof FormData || options.body instanceof Blob;
  const requestBody = raw ? (options.body as BodyInit | undefined) : JSON.stringify(options.body);
  if (options.body instanceof Blob && options.body.type) headers['Content-Type'] = options.body.type;
  if (typeof requestBody === 'string') headers['Content-Type'] = 'application/json';
  if (unsafeMethods.has(method)) {
    const token = readCookie(csrfCookie);
    if (token) headers['X-CSRF-Token'] = token;
  }

  let response: Response;
  try {
    response = await fetch(`${base}${path}`, {
      method,
      headers,
      body: requestBody,
      credentials: 'same-origin',
      signal: options.signal ?? null,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({ status: 0, code: 'NETWORK', message: i18n.t('errors.network') });
  }

  if (response.status === 204) return undefined as T;
  const payload: unknown = await response.json().catch(() => null);
  if (response.ok) return payload as T;

  const body = asErrorBody(payload);
  if (!body) {
    throw new ApiError({
      status: response.status,
      code: 'HTTP',
      message: i18n.t('errors.http', { status: response.status }),
      requestId: response.headers.get('x-request-id') ?? undefined,
    });
  }
  throw new ApiError({
    status: response.status,
    code: body.error.code,
    message: body.error.message,
    fields: body.error.fields,
    retryAfterSeconds: body.error.retryAfterSeconds ?? retryAfterHeader(response),
    requestId: body.requestId || undefined,
  });
}

function retryAfterHeader(response: Response): number | undefined {
  const value = Number(response.headers.get('retry-after'));
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

// The endpoints this client uses, typed by the contracts.
export const authApi = {
  me: (signal?: AbortSignal) => api<MeResponse>('/me', { signal }),
  signIn: (body: SignInBody) => api<MeResponse>('/auth/sign-in', { method: 'POST', body }),
  signOut: () => api<void>('/auth/sign-out', { method: 'POST' }),
  changePassword: (body: ChangePasswordBody) => api<MeResponse>('/auth/password', { method: 'POST', body }),
  acceptDisclaimer: () => api<MeResponse>('/me/disclaimer', { method: 'POST' }),
};

export const regionsApi = {
  tree: (signal?: AbortSignal) => api<RegionTree>('/regions', { signal }),
};

export const auditApi = {
  verify: () => api<AuditVerifyResult>('/audit/verify'),
};
