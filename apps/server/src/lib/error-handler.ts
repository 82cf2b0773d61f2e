import type { ErrorBody } from '@ancha/contracts';
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ZodError } from 'zod';
import type { AppEnv } from './context.ts';
import { AppError, validationError } from './errors.ts';

function send(c: Context<AppEnv>, error: AppError) {
  const body: ErrorBody = {
    error: {
      code: error.code,
      message: error.message,
      ...(error.fields ? { fields: error.fields } : {}),
      ...(error.retryAfterSeconds !== undefined ? { retryAfterSeconds: error.retryAfterSeconds } : {}),
    },
    requestId: c.get('requestId') ?? '',
  };
  if (error.retryAfterSeconds !== undefined) c.header('Retry-After', String(error.retryAfterSeconds));
  return c.json(body, error.status as 400);
}

function fromHttpException(e: HTTPException): AppError {
  if (e.status === 413) return new AppError('PAYLOAD_TOO_LARGE', '提交的内容过大');
  if (e.status === 400) return new AppError('BAD_REQUEST', '请求格式不正确（应为有效的 JSON）');
  if (e.status === 401) return new AppError('UNAUTHENTICATED', '请先登录');
  return new AppError('BAD_REQUEST', '请求无法处理');
}

/**
 * A unique index caught what a service's own check could not see: two requests racing to
 * claim the same value. The loser is told so, not given a 500. Drizzle wraps driver errors.
 */
function isUniqueViolation(err: unknown): boolean {
  for (let e: unknown = err; e; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
}

/** The one place errors become answers: known ones by their code, the rest as a logged 500. */
export const onError: ErrorHandler<AppEnv> = (err, c) => {
  if (err instanceof AppError) return send(c, err);
  if (err instanceof ZodError) return send(c, validationError(err));
  if (err instanceof HTTPException) return send(c, fromHttpException(err));
  if (isUniqueViolation(err)) return send(c, new AppError('CONFLICT', '与已有记录重复，请刷新后核对'));
  c.get('log')?.error({ err }, 'unhandled error');
  const requestId = c.get('requestId') ?? '';
  return send(c, new AppError('INTERNAL', `服务器内部错误，请稍后重试（请求编号 ${requestId}）`));
};

export const onNotFound: NotFoundHandler<AppEnv> = (c) => send(c, new AppError('NOT_FOUND', '接口不存在'));
