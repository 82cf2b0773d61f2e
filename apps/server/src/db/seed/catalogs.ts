import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import canonicalize from 'canonicalize';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../../lib/audit.ts';
import { newId } from '../../lib/ids.ts';
import {
  CATALOG_DATA_DIR,
  type CatalogData,
  type CatalogFile,
  loadCatalogData,
} from '../../modules/catalogs/catalog-files.ts';
import type { Db, Tx } from '../client.ts';
import {
  catalogCategories,
  catalogItems,
  catalogs,
  catalogVersions,
  industries,
  jobRuns,
  majorClauses,
  majorCriteria,
} from '../schema/index.ts';

const system = { actor: null, requestId: 'seed', ip: 'local' };
const CONTENT_JOB = 'catalog-content';

const hashOf = (file: CatalogFile) =>
  createHash('sha256')
    .update(`${canonicalize({ ...file, file: undefined })}`)
    .digest('hex');

/**
 * Loads the shipped checklist content (db/seed/catalogs). A catalog met for the first time becomes
 * version 1; a shipped file that changed since the version loaded from it becomes the next
 * version, and the one before is retired. Unchanged files cost one query each.
 */
export async function seedCatalogs(
  db: Db,
  now: Date,
  data: CatalogData = loadCatalogData(),
): Promise<number> {
  let published = 0;
  await db.transaction(async (tx) => {
    await upsertReferenceData(tx, data);
    for (const file of data.catalogs) {
      if (await loadCatalog(tx, file, now)) published++;
    }
  });
  return published;
}

async function upsertReferenceData(tx: Tx, data: CatalogData) {
  for (const [sort, i] of data.industries.entries()) {
    await tx
      .insert(industries)
      .values({ code: i.code, name: i.name, isGeneral: i.general, sort })
      .onConflictDoUpdate({ target: industries.code, set: { name: i.name, isGeneral: i.general, sort } });
  }
  for (const c of data.criteria) {
    const row = { code: c.code, name: c.name, issuedBy: c.issuedBy, effectiveFrom: c.effectiveFrom };
    await tx.insert(majorCriteria).values(row).onConflictDoNothing();
    const rows = c.clauses.map((clause, sort) => ({ ...clause, criteriaCode: c.code, sort }));
    if (rows.length) await tx.insert(majorClauses).values(rows).onConflictDoNothing();
  }
}

async function loadCatalog(tx: Tx, file: CatalogFile, now: Date): Promise<boolean> {
  const fileHash = hashOf(file);
  let catalog = await tx.query.catalogs.findFirst({ where: eq(catalogs.code, file.code) });
  if (!catalog) {
    catalog = {
      id: newId(),
      code: file.code,
      industryCode: file.industry,
      enterpriseId: null,
      createdAt: now,
    };
    await tx.insert(catalogs).values(catalog);
  }
  const [latest] = await tx
    .select()
    .from(catalogVersions)
    .where(
      and(
        eq(catalogVersions.catalogId, catalog.id),
        inArray(catalogVersions.status, ['published', 'retired']),
      ),
    )
    .orderBy(desc(catalogVersions.version))
    .limit(1);
  if (latest?.fileHash === fileHash) return false;

  const [newest] = await tx
    .select({ version: catalogVersions.version })
    .from(catalogVersions)
    .where(eq(catalogVersions.catalogId, catalog.id))
    .orderBy(desc(catalogVersions.version))
    .limit(1);
  const versionId = newId();
  const version = (newest?.version ?? 0) + 1;
  await tx.insert(catalogVersions).values({
    id: versionId,
    catalogId: catalog.id,
    version,
    status: 'draft',
    name: file.name,
    source: file.source,
    fileHash,
    basedOnId: latest?.id ?? null,
    createdAt: now,
  });
  await insertContent(tx, versionId, file);
  if (latest?.status === 'published') {
    await tx.update(catalogVersions).set({ status: 'retired' }).where(eq(catalogVersions.id, latest.id));
  }
  await tx
    .update(catalogVersions)
    .set({ status: 'published', publishedAt: now })
    .where(eq(catalogVersions.id, versionId));
  await recordAudit(tx, system, now, {
    action: 'catalog.version_published',
    entityType: 'catalog',
    entityId: catalog.id,
    after: { code: file.code, version, name: file.name, fileHash },
  });
  return true;
}

async function insertContent(tx: Tx, versionId: string, file: CatalogFile) {
  const categoryRows: (typeof catalogCategories.$inferInsert)[] = [];
  const itemRows: (typeof catalogItems.$inferInsert)[] = [];
  file.categories.forEach((top, i) => {
    const topId = newId();
    categoryRows.push({ id: topId, versionId, parentId: null, name: top.name, sort: i });
    top.children.forEach((sub, j) => {
      const subId = newId();
      categoryRows.push({ id: subId, versionId, parentId: topId, name: sub.name, sort: j });
      for (const item of sub.items) {
        itemRows.push({
          id: newId(),
          versionId,
          categoryId: subId,
          no: item.no,
          text: item.text,
          basis: item.basis,
          majorClauseCode: item.major ?? null,
          guidance: item.guidance ?? null,
          sort: itemRows.length,
        });
      }
    });
  });
  await tx.insert(catalogCategories).values(categoryRows);
  if (itemRows.length) await tx.insert(catalogItems).values(itemRows);
}

/** sha256 over every content file's name and bytes: unchanged content, unchanged fingerprint. */
function contentFingerprint(dir: string): string {
  const hash = createHash('sha256');
  const walk = (d: string) => {
    for (const entry of fs
      .readdirSync(d, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.yaml'))
        hash.update(`${path.relative(dir, full)}\0`).update(fs.readFileSync(full));
    }
  };
  walk(dir);
  return hash.digest('hex');
}

/**
 * The start-up step: when the shipped files are byte for byte those loaded last time, nothing is
 * parsed or compared (a restart stays fast); otherwise every file is checked as above.
 */
export async function seedShippedCatalogs(db: Db, now: Date): Promise<number> {
  const fingerprint = contentFingerprint(CATALOG_DATA_DIR.pathname);
  const seen = await db.query.jobRuns.findFirst({
    where: and(eq(jobRuns.job, CONTENT_JOB), eq(jobRuns.period, fingerprint)),
  });
  if (seen) return 0;
  const published = await seedCatalogs(db, now, loadCatalogData());
  await db
    .insert(jobRuns)
    .values({ job: CONTENT_JOB, period: fingerprint, ranAt: now, summary: `published ${published}` })
    .onConflictDoNothing();
  return published;
}
