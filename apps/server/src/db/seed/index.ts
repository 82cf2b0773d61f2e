import type { Config } from '../../config/env.ts';
import type { Logger } from '../../lib/logger.ts';
import { countUsers } from '../../modules/auth/auth.repository.ts';
import { seedShippedPages } from '../../modules/content/shipped-pages.ts';
import type { Database } from '../client.ts';
import { seedShippedCatalogs } from './catalogs.ts';
import { seedDemo } from './demo.ts';
import { seedRegions } from './regions.ts';

/** Reference data always; the demo only into an empty database and never in production. */
export async function seedDatabase(database: Database, config: Config, log: Logger, now: Date) {
  await seedRegions(database.db);
  const published = await seedShippedCatalogs(database.db, now);
  if (published) log.info({ published }, 'catalog versions published from the shipped content');
  const pages = await seedShippedPages(database.db, now);
  if (pages) log.info({ pages }, 'help pages loaded from the shipped files');
  if (config.production) return { demoSeeded: false };
  if ((await countUsers(database.db)) > 0) return { demoSeeded: false };
  await seedDemo(database.db, now);
  log.info('demo data seeded');
  return { demoSeeded: true };
}
