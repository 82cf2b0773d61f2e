import path from 'node:path';
import { z } from 'zod';

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { error: 'DATABASE_URL 必须以 postgres:// 或 postgresql:// 开头' })
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  ANCHA_DATA_DIR: z.string().min(1).default('./data'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .min(1)
    .max(24 * 30)
    .default(12),
  /** Only behind a reverse proxy that sets X-Forwarded-For may the client address be taken from it. */
  TRUST_PROXY: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  /** Defaults to on in production: cookies then only travel over HTTPS. */
  COOKIE_SECURE: z.enum(['true', 'false', '1', '0']).optional(),
  WEB_DIST_DIR: z.string().optional(),
  /** Email delivery of reminders and notices (G7): off unless set, e.g. smtps://user:pass@mail.example.com:465. */
  ANCHA_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, { error: 'ANCHA_SMTP_URL 必须以 smtp:// 或 smtps:// 开头' })
    .optional(),
  /** The sender of those emails, e.g. "安查 <noreply@example.com>"; required with ANCHA_SMTP_URL. */
  ANCHA_SMTP_FROM: z.string().min(3).optional(),
  /** Where users reach this deployment (https://ancha.example.com): emails then carry full links. */
  ANCHA_PUBLIC_URL: z
    .string()
    .regex(/^https?:\/\/[^/]+/, { error: 'ANCHA_PUBLIC_URL 必须以 http:// 或 https:// 开头' })
    .optional(),
});

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  databasePoolSize: number;
  dataDir: string;
  nodeEnv: 'development' | 'production' | 'test';
  production: boolean;
  logLevel: string;
  sessionTtlMs: number;
  trustProxy: boolean;
  cookieSecure: boolean;
  webDistDir: string;
  /** Null when email is not configured: then no email is queued at all (see modules/delivery). */
  smtp: { url: string; from: string } | null;
  publicUrl: string | null;
}

/** Parses the environment once at start; a bad value is reported by name and the process exits. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`环境变量配置有误 (invalid environment):\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.ANCHA_SMTP_URL && !e.ANCHA_SMTP_FROM)
    throw new Error(
      '环境变量配置有误 (invalid environment):\n  ANCHA_SMTP_FROM: 设置 ANCHA_SMTP_URL 时必须同时设置发件人',
    );
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    dataDir: path.resolve(e.ANCHA_DATA_DIR),
    nodeEnv: e.NODE_ENV,
    production: e.NODE_ENV === 'production',
    logLevel: e.LOG_LEVEL,
    sessionTtlMs: e.SESSION_TTL_HOURS * 3600_000,
    trustProxy: e.TRUST_PROXY,
    cookieSecure:
      e.COOKIE_SECURE === undefined ? e.NODE_ENV === 'production' : ['true', '1'].includes(e.COOKIE_SECURE),
    webDistDir: path.resolve(e.WEB_DIST_DIR ?? new URL('../../../web/dist', import.meta.url).pathname),
    smtp: e.ANCHA_SMTP_URL && e.ANCHA_SMTP_FROM ? { url: e.ANCHA_SMTP_URL, from: e.ANCHA_SMTP_FROM } : null,
    publicUrl: e.ANCHA_PUBLIC_URL?.replace(/\/+$/, '') ?? null,
  };
}
