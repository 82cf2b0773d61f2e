import { asc } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { regions } from '../../db/schema/index.ts';

export function allRegions(db: DbOrTx) {
  return db.select().from(regions).orderBy(asc(regions.code));
}
