import type { Config } from '../config/env.ts';
import type { Database } from '../db/client.ts';
import type { Actor } from './access.ts';
import type { Logger } from './logger.ts';

/** What createApp needs from outside: everything a test may replace (ARCHITECTURE.md, convention 5). */
export interface Deps {
  config: Config;
  database: Database;
  log: Logger;
  /** The clock: tests move time to check throttling windows and expiries. */
  now: () => Date;
}

export interface SessionInfo {
  tokenHash: string;
  csrfToken: string;
}

export interface AppEnv {
  Variables: {
    requestId: string;
    log: Logger;
    ip: string;
    actor: Actor | null;
    session: SessionInfo | null;
  };
}

/** Who did it, for the audit trail; taken from the request by the routes. */
export interface RequestMeta {
  actor: Actor | null;
  requestId: string;
  ip: string;
}
