// What every benchmark shares: percentiles of a set of timings, and running the same measurement
// on embedded PGlite and, when BENCH_POSTGRES_URL is set, on PostgreSQL (each on a database of
// its own, made by the test harness).

/** The p-th percentile (nearest rank) of timings in milliseconds. */
export function percentile(timings: number[], p: number): number {
  const sorted = [...timings].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export async function onBothDatabases(run: (label: string) => Promise<void>): Promise<void> {
  delete process.env.TEST_DATABASE_URL;
  await run('PGlite');
  if (process.env.BENCH_POSTGRES_URL) {
    process.env.TEST_DATABASE_URL = process.env.BENCH_POSTGRES_URL;
    await run('PostgreSQL');
  } else {
    console.log('PostgreSQL skipped: set BENCH_POSTGRES_URL=postgres://… to measure it too');
  }
}
