import type { ErrorBody } from '@ancha/contracts';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness.ts';

const app = useTestApp();

describe('system endpoints', () => {
  it('reports health and readiness', async () => {
    expect((await app().client().json('GET', '/healthz')).body).toEqual({ status: 'ok' });
    const ready = await app().client().json('GET', '/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body.status).toBe('ready');
  });

  it('publishes the OpenAPI document and a readable reference', async () => {
    const doc = await app().client().json('GET', '/api/openapi.json');
    expect(doc.body.openapi).toBe('3.1.0');
    for (const path of [
      '/api/v1/auth/sign-in',
      '/api/v1/me',
      '/api/v1/regions',
      '/api/v1/audit/verify',
      '/api/v1/enterprises/{id}',
    ]) {
      expect(Object.keys(doc.body.paths)).toContain(path);
    }
    const signIn = doc.body.paths['/api/v1/auth/sign-in'].post;
    expect(Object.keys(signIn.responses)).toEqual(expect.arrayContaining(['200', '401', '422', '429']));
    const page = await app().client().get('/api/docs');
    expect(await page.text()).toContain('/api/docs/init.js');
    // The page's own script is a file, not inline, so the strict CSP holds on this page too.
    expect(await (await app().client().get('/api/docs/init.js')).text()).toContain('/api/openapi.json');
    const bundle = await app().client().get('/api/docs/swagger-ui-bundle.js');
    expect(bundle.status).toBe(200);
    expect((await app().client().get('/api/docs/..%2Fpackage.json')).status).toBe(404);
  });

  it('answers unknown API paths with the error shape, and sets security headers', async () => {
    const res = await app().client().get('/api/v1/nothing-here');
    expect(res.status).toBe(404);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.code).toBe('NOT_FOUND');
    expect(body.requestId).toBe(res.headers.get('x-request-id'));
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  it('serves Beijing’s districts and streets', async () => {
    const tree = (await app().client().json('GET', '/api/v1/regions')).body;
    expect(tree.name).toBe('北京市');
    expect(tree.districts).toHaveLength(16);
    const xicheng = tree.districts.find((d: { code: string }) => d.code === '110102');
    expect(xicheng.name).toBe('西城区');
    expect(xicheng.streets).toContainEqual({ code: '110102001', name: '西长安街街道', type: '街道' });
    const streets = tree.districts.reduce((n: number, d: { streets: unknown[] }) => n + d.streets.length, 0);
    expect(streets).toBe(349);
  });

  it('refuses bodies over 1 MB', async () => {
    const res = await app()
      .client()
      .json('POST', '/api/v1/auth/sign-in', { username: 'a', password: 'x'.repeat(1_100_000) });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('PAYLOAD_TOO_LARGE');
  });
});
