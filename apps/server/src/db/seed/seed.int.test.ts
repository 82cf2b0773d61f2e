import { shanghaiDate } from '@ancha/contracts';
import { count, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { freshTarget } from '../../../test/database.ts';
import { loadConfig } from '../../config/env.ts';
import { createLogger } from '../../lib/logger.ts';
import { openDatabase } from '../client.ts';
import { runMigrations } from '../migrate.ts';
import {
  auditLog,
  catalogVersions,
  enterprises,
  jobRuns,
  ledgerEntries,
  regions,
  users,
} from '../schema/index.ts';
import { seedDatabase } from './index.ts';

async function seededWith(nodeEnv: 'production' | 'development', runs: number) {
  const { target, drop } = await freshTarget();
  const database = await openDatabase(target);
  try {
    await runMigrations(database);
    for (let i = 0; i < runs; i++) {
      await seedDatabase(database, loadConfig({ NODE_ENV: nodeEnv }), createLogger('silent'), new Date());
    }
    const [u] = await database.db.select({ n: count() }).from(users);
    const [e] = await database.db.select({ n: count() }).from(enterprises);
    const [r] = await database.db.select({ n: count() }).from(regions);
    const [v] = await database.db.select({ n: count() }).from(catalogVersions);
    const [c] = await database.db
      .select({ n: count() })
      .from(jobRuns)
      .where(eq(jobRuns.job, 'catalog-content'));
    const ledger = await database.db
      .select({ status: ledgerEntries.status, ledgerNo: ledgerEntries.ledgerNo, level: ledgerEntries.level })
      .from(ledgerEntries)
      .orderBy(ledgerEntries.status);
    const steps = await database.db
      .select({ action: auditLog.action, n: count() })
      .from(auditLog)
      .where(inArray(auditLog.action, ['inspection.submitted', 'ledger.proposed', 'ledger.listed']))
      .groupBy(auditLog.action)
      .orderBy(auditLog.action);
    return {
      users: u!.n,
      enterprises: e!.n,
      regions: r!.n,
      catalogVersions: v!.n,
      contentLoads: c!.n,
      ledger,
      steps: steps.map((x) => `${x.action} ×${x.n}`),
    };
  } finally {
    await database.close();
    await drop();
  }
}

describe('seeding', () => {
  it('never writes demo data in production, but always loads the regions', async () => {
    expect(await seededWith('production', 1)).toMatchObject({
      users: 0,
      enterprises: 0,
      regions: 366,
      ledger: [],
    });
  });

  it('writes the demo once into an empty database, and not again on later starts', async () => {
    // The second start finds the shipped content unchanged by its fingerprint and loads nothing.
    const day = shanghaiDate(new Date()).replaceAll('-', '');
    expect(await seededWith('development', 2)).toEqual({
      users: 12,
      enterprises: 2,
      regions: 366,
      catalogVersions: 14,
      contentLoads: 1,
      // 李强's record proposes both major hazards; 西城区 lists one, numbered as 挂账 numbers it.
      ledger: [
        { status: 'listed', ledgerNo: `110102001${day}0001`, level: 'major' },
        { status: 'proposed', ledgerNo: null, level: 'major' },
      ],
      steps: ['inspection.submitted ×1', 'ledger.listed ×1', 'ledger.proposed ×2'],
    });
  });
});
