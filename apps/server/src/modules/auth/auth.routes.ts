import { ChangePasswordBody, MeResponse, SignInBody } from '@ancha/contracts';
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Config } from '../../config/env.ts';
import type { AppEnv } from '../../lib/context.ts';
import { errors, jsonBody, jsonResponse, newRouter, requestMeta } from '../../lib/router.ts';
import type { AuthService } from './auth.service.ts';
import { CSRF_COOKIE, SESSION_COOKIE } from './session-token.ts';

const tags = ['认证'];

const signIn = createRoute({
  method: 'post',
  path: '/auth/sign-in',
  tags,
  summary: '用户名密码登录',
  description:
    '成功后设置 HttpOnly 会话 Cookie 与 CSRF Cookie；同一账号或同一地址 15 分钟内失败 5 次后返回 429。',
  request: { body: jsonBody(SignInBody) },
  responses: { 200: jsonResponse(MeResponse, '登录成功'), ...errors(401, 403, 422, 429) },
});
const signOut = createRoute({
  method: 'post',
  path: '/auth/sign-out',
  tags,
  summary: '退出登录',
  responses: { 204: { description: '已退出' } },
});
const me = createRoute({
  method: 'get',
  path: '/me',
  tags,
  summary: '当前用户与其权限范围',
  responses: { 200: jsonResponse(MeResponse, '当前用户'), ...errors(401) },
});
const changePassword = createRoute({
  method: 'post',
  path: '/auth/password',
  tags,
  summary: '修改密码',
  description: '首次登录或密码被重置后必须先修改密码；修改后该账号的其他会话全部失效。',
  request: { body: jsonBody(ChangePasswordBody) },
  responses: { 200: jsonResponse(MeResponse, '已修改'), ...errors(401, 422) },
});
const acceptDisclaimer = createRoute({
  method: 'post',
  path: '/me/disclaimer',
  tags,
  summary: '确认声明（我已知晓）',
  responses: { 200: jsonResponse(MeResponse, '已记录确认时间'), ...errors(401) },
});

export function authRoutes(auth: AuthService, config: Config) {
  const setSessionCookies = (c: Context<AppEnv>, token: string, csrfToken: string, expires: Date) => {
    const base = { path: '/', sameSite: 'Lax', secure: config.cookieSecure, expires } as const;
    setCookie(c, SESSION_COOKIE, token, { ...base, httpOnly: true });
    // Readable by the page on purpose: it echoes this value in X-CSRF-Token (double submit).
    setCookie(c, CSRF_COOKIE, csrfToken, base);
  };

  return newRouter()
    .openapi(signIn, async (c) => {
      const result = await auth.signIn(c.req.valid('json'), {
        ...requestMeta(c),
        previous: getCookie(c, SESSION_COOKIE) ?? null,
        userAgent: c.req.header('user-agent') ?? null,
      });
      setSessionCookies(c, result.token, result.csrfToken, result.expiresAt);
      return c.json({ user: result.user }, 200);
    })
    .openapi(signOut, async (c) => {
      await auth.signOut(c.get('session'), requestMeta(c));
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      deleteCookie(c, CSRF_COOKIE, { path: '/' });
      return c.body(null, 204);
    })
    .openapi(me, async (c) => c.json({ user: await auth.me(c.get('actor')) }, 200))
    .openapi(changePassword, async (c) => {
      const user = await auth.changePassword(
        c.get('actor'),
        c.get('session'),
        c.req.valid('json'),
        requestMeta(c),
      );
      return c.json({ user }, 200);
    })
    .openapi(acceptDisclaimer, async (c) => {
      return c.json({ user: await auth.acceptDisclaimer(c.get('actor'), requestMeta(c)) }, 200);
    });
}
