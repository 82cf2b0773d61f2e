import { type ErrorCode, errorStatus, type FieldError } from '@ancha/contracts';
import type { ZodError } from 'zod';

/** The one error type services throw; its code fixes the HTTP status (contracts/errors.ts). */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldError[] | undefined;
  readonly retryAfterSeconds: number | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    extra: { fields?: FieldError[]; retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.code = code;
    this.fields = extra.fields;
    this.retryAfterSeconds = extra.retryAfterSeconds;
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

export const notFound = (what = '记录') => new AppError('NOT_FOUND', `${what}不存在或无权查看`);
export const forbidden = (message = '无权执行此操作') => new AppError('FORBIDDEN', message);
export const unauthenticated = () => new AppError('UNAUTHENTICATED', '请先登录');
export const conflict = (message: string) => new AppError('CONFLICT', message);

/** Lists every bad field with the schema's Chinese message, so a form can mark each one. */
export function validationError(error: ZodError, where?: string): AppError {
  const fields = error.issues.map((issue) => ({
    path: [where, ...issue.path.map(String)].filter(Boolean).join('.'),
    message: issue.message,
  }));
  const first = fields[0]?.message ?? '输入有误';
  const message = fields.length > 1 ? `${first}（共 ${fields.length} 处输入有误）` : first;
  return new AppError('VALIDATION_FAILED', message, { fields });
}

/** One bad field, named for the form that sent it. */
export function fieldError(path: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', message, { fields: [{ path, message }] });
}
