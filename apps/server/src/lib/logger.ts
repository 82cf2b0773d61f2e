import pino from 'pino';

export type Logger = pino.Logger;

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'ancha' },
    timestamp: pino.stdTimeFunctions.isoTime,
    // Credentials must never reach the log, whatever a handler logs by mistake.
    redact: ['password', 'currentPassword', 'newPassword', '*.password', 'req.headers.cookie'],
  });
}
