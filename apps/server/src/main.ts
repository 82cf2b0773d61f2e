import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { prepareDatabase } from './bootstrap.ts';
import { loadConfig } from './config/env.ts';
import { DEMO_PASSWORD, demoUsers } from './db/seed/demo-data.ts';
import { createLogger } from './lib/logger.ts';
import { startScheduler } from './lib/scheduler.ts';
import { configuredChannels } from './modules/delivery/channel.ts';
import { createDeliveryJob, DELIVERY_JOB } from './modules/delivery/delivery.job.ts';
import { AUTO_REPORT_JOB, createReportingService } from './modules/inspections/reporting.ts';
import { createRemindersJob, REMINDERS_JOB } from './modules/reminders/reminders.job.ts';

const SHUTDOWN_GRACE_MS = 10_000;
/** The report day is a calendar day: checking every ten minutes is plenty. */
const JOB_INTERVAL_MS = 10 * 60_000;

async function main() {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const started = performance.now();
  const { database, demoSeeded } = await prepareDatabase(config, log);
  const deps = { config, database, log, now: () => new Date() };
  const app = createApp(deps, { serveWeb: true });
  const reporting = createReportingService(deps);
  const reminders = createRemindersJob(deps);
  // Email when ANCHA_SMTP_URL is set; without a channel the delivery job has nothing to do.
  const delivery = createDeliveryJob(deps, configuredChannels(config));
  const stopJobs = startScheduler(
    [
      { name: AUTO_REPORT_JOB, run: () => reporting.runAutoReport() },
      // Reminders after reporting, so the report day's reminders see what was just reported;
      // delivery last, so a reminder written in this tick is mailed in the same tick.
      { name: REMINDERS_JOB, run: () => reminders.run() },
      { name: DELIVERY_JOB, run: () => delivery.run() },
    ],
    JOB_INTERVAL_MS,
    log,
  );

  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${info.port}`;
    log.info({ url, database: database.kind, ms: Math.round(performance.now() - started) }, 'listening');
    printWelcome(url, database.kind, config.dataDir, demoSeeded, config.production);
  }) as Server;

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    stopJobs();
    log.info({ signal }, 'shutting down: no new connections, finishing requests in flight');
    const force = setTimeout(() => {
      log.error('requests still running after the grace period; closing anyway');
      server.closeAllConnections();
    }, SHUTDOWN_GRACE_MS);
    force.unref();
    // close() stops accepting and calls back once in-flight requests have ended.
    server.close(async () => {
      clearTimeout(force);
      try {
        await database.close();
        log.info('database closed cleanly');
        process.exit(0);
      } catch (err) {
        log.error({ err }, 'closing the database failed');
        process.exit(1);
      }
    });
    server.closeIdleConnections();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

function printWelcome(url: string, kind: string, dataDir: string, demoSeeded: boolean, production: boolean) {
  const lines = [
    '',
    `  安查 Ancha 已启动: ${url}`,
    `  数据库: ${kind === 'pglite' ? `内置 PGlite (${dataDir})` : 'PostgreSQL'}`,
  ];
  if (!production) {
    lines.push(`  演示账号（密码均为 ${DEMO_PASSWORD}${demoSeeded ? '，本次启动已写入演示数据' : ''}）:`);
    for (const u of demoUsers) lines.push(`    ${u.username.padEnd(16)} ${u.displayName}`);
  }
  lines.push('');
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error) => {
  process.stderr.write(
    `安查启动失败 (start failed): ${error instanceof Error ? error.message : String(error)}\n`,
  );
  if (error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
