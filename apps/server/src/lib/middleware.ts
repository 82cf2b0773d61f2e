import { getConnInfo } from '@hono/node-server/conninfo';
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Config } from '../config/env.ts';
import type { AuthService } from '../modules/auth/auth.service.ts';
import { CSRF_HEADER, SESSION_COOKIE } from '../modules/auth/session-token.ts';
import type { AppEnv } from './context.ts';
import { AppError } from './errors.ts';
import type { Logger } from './logger.ts';

/** Request id, client address and a child logger for every request; one access line each. */
export function requestContext(log: Logger, config: Config): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const requestId = c.get('requestId');
    c.set('ip', clientIp(c, config.trustProxy));
    c.set('log', log.child({ requestId }));
    c.set('actor', null);
    c.set('session', null);
    const started = performance.now();
    await next();
    c.get('log').info(
      {
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round(performance.now() - started),
      },
      'request',
    );
  };
}

function clientIp(c: Parameters<MiddlewareHandler<AppEnv>>[0], trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // Requests made in-process (app.request in tests) have no socket.
    return 'unknown';
  }
}

/** Resolves the session cookie into the caller; an unknown or expired cookie is just signed out. */
export function sessionLoader(auth: AuthService): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) {
      const resolved = await auth.resolveSession(token);
      if (resolved) {
        c.set('actor', resolved.actor);
        c.set('session', resolved.session);
      }
    }
    await next();
  };
}

const unsafe = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Cookie-authenticated writes must echo the session's CSRF token (double submit); writes with no
 * session (sign-in) must not come from another origin. Either way a forged cross-site form fails.
 */
export function csrfGuard(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (unsafe.has(c.req.method)) {
      const session = c.get('session');
      if (session) {
        if (c.req.header(CSRF_HEADER) !== session.csrfToken) {
          throw new AppError('CSRF_REJECTED', '请求校验失败，请刷新页面后重试');
        }
      } else {
        const origin = c.req.header('origin');
        if (origin && origin !== 'null' && new URL(origin).host !== c.req.header('host')) {
          throw new AppError('CSRF_REJECTED', '不接受来自其他网站的请求');
        }
      }
    }
    await next();
  };
}

const allowedBeforePasswordChange = new Set(['/api/v1/me', '/api/v1/auth/password', '/api/v1/auth/sign-out']);

/** A new or reset account can do nothing until it has set a password of its own. */
export function passwordChangeGate(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.get('actor')?.mustChangePassword && !allowedBeforePasswordChange.has(c.req.path)) {
      throw new AppError('PASSWORD_CHANGE_REQUIRED', '首次登录或密码已重置，请先修改密码');
    }
    await next();
  };
}
