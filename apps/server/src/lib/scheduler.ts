import type { Logger } from './logger.ts';

export interface Job {
  name: string;
  run: () => Promise<unknown>;
}

/**
 * Runs each job at start and then every `everyMs`. Jobs are idempotent per period and take an
 * advisory lock themselves, so every app process may run the scheduler; one does the work.
 */
export function startScheduler(jobs: Job[], everyMs: number, log: Logger): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    for (const job of jobs) {
      try {
        const result = await job.run();
        log.debug({ job: job.name, result }, 'job ran');
      } catch (err) {
        log.error({ err, job: job.name }, 'job failed');
      }
    }
    running = false;
  };
  void tick();
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
