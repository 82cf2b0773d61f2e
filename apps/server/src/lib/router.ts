import { ErrorBody, errorStatus } from '@ancha/contracts';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { ZodType } from 'zod';
import type { AppEnv, RequestMeta } from './context.ts';
import { validationError } from './errors.ts';

/** Every module's router: a failed request schema becomes one 422 listing each bad field. */
export function newRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success)
        throw validationError(result.error, result.target === 'json' ? undefined : result.target);
    },
  });
}

export function jsonBody<T extends ZodType>(schema: T) {
  return { required: true, content: { 'application/json': { schema } } } as const;
}

export function jsonResponse<T extends ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } } as const;
}

const descriptions: Record<number, string> = {
  401: '未登录或会话已过期',
  403: '无权执行此操作',
  404: '不存在或不在调用者的权限范围内',
  409: '记录的状态不允许此操作',
  422: '输入有误，fields 列出每个字段',
  429: '请求过于频繁',
};

/** The error answers a route can give, documented with the one error shape (API.md). */
export function errors(...statuses: (keyof typeof descriptions)[]) {
  return Object.fromEntries(statuses.map((s) => [s, jsonResponse(ErrorBody, descriptions[s]!)]));
}

export function requestMeta(c: Context<AppEnv>): RequestMeta {
  return { actor: c.get('actor'), requestId: c.get('requestId'), ip: c.get('ip') };
}

export { errorStatus };
