import type { createApp } from '../src/app.ts';

type App = ReturnType<typeof createApp>;

// Tests read answers loosely on purpose: the assertions, not the type, say what must be there.
// biome-ignore lint/suspicious/noExplicitAny: see above
type LooseAnswer = { status: number; body: any };

/** Drives the app through HTTP requests the way a browser would, cookies and CSRF header included. */
export class TestClient {
  readonly cookies = new Map<string, string>();
  lastSetCookies: string[] = [];

  constructor(
    private readonly app: App,
    readonly ip: string,
  ) {}

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const h: Record<string, string> = { 'x-forwarded-for': this.ip, ...headers };
    if (this.cookies.size) h.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const csrf = this.cookies.get('ancha_csrf');
    if (csrf && method !== 'GET' && !('x-csrf-token' in headers)) h['x-csrf-token'] = csrf;
    let payload: string | Uint8Array | undefined;
    if (body instanceof Uint8Array) payload = body;
    else if (body !== undefined) {
      h['content-type'] ??= 'application/json';
      payload = typeof body === 'string' ? body : JSON.stringify(body);
    }
    const res = await this.app.request(path, { method, headers: h, body: payload });
    this.lastSetCookies = res.headers.getSetCookie();
    for (const line of this.lastSetCookies) {
      const [pair] = line.split(';');
      const [name, value] = pair!.split('=');
      if (!value || /expires=Thu, 01 Jan 1970/i.test(line) || /max-age=0/i.test(line))
        this.cookies.delete(name!);
      else this.cookies.set(name!, value);
    }
    return res;
  }

  get(path: string, headers?: Record<string, string>) {
    return this.request('GET', path, undefined, headers);
  }

  post(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.request('POST', path, body, headers);
  }

  /** PUT /files/{id}: a photo's bytes as the body, as the phone sends them. */
  async upload(
    id: string,
    bytes: Uint8Array,
    purpose = 'hazard',
    type = 'image/png',
    enterpriseId?: string,
  ): Promise<LooseAnswer> {
    const target = enterpriseId ? `&enterpriseId=${enterpriseId}` : '';
    const res = await this.request('PUT', `/api/v1/files/${id}?purpose=${purpose}${target}`, bytes, {
      'content-type': type,
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  }

  // Tests read answers loosely on purpose: the assertions, not the type, say what must be there.
  // biome-ignore lint/suspicious/noExplicitAny: see above
  async json<T = any>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
    const res = await this.request(method, path, body);
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  }
}
