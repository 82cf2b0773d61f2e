import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { enterprises, files } from '../../db/schema/index.ts';

const meta = {
  id: files.id,
  enterpriseId: files.enterpriseId,
  uploadedBy: files.uploadedBy,
  purpose: files.purpose,
  mime: files.mime,
  name: files.name,
  sizeBytes: files.sizeBytes,
  sha256: files.sha256,
  createdAt: files.createdAt,
  attachedAt: files.attachedAt,
};

/** A file's metadata with its enterprise's scope columns; the bytes are read only to send them. */
export async function findFileMeta(db: DbOrTx, id: string) {
  const [row] = await db
    .select({
      ...meta,
      enterprise: {
        id: enterprises.id,
        districtCode: enterprises.districtCode,
        streetCode: enterprises.streetCode,
        industries: enterprises.industries,
      },
    })
    .from(files)
    .innerJoin(enterprises, eq(enterprises.id, files.enterpriseId))
    .where(eq(files.id, id));
  return row;
}

export async function readContent(db: DbOrTx, id: string): Promise<Uint8Array | undefined> {
  const [row] = await db.select({ content: files.content }).from(files).where(eq(files.id, id));
  return row?.content;
}

export async function insertFile(db: DbOrTx, row: typeof files.$inferInsert) {
  // A concurrent retry of the same upload may win the race; the caller then reads what it wrote.
  await db.insert(files).values(row).onConflictDoNothing({ target: files.id });
}

export function filesByIds(db: DbOrTx, ids: string[]) {
  return ids.length ? db.select(meta).from(files).where(inArray(files.id, ids)) : Promise.resolve([]);
}

export async function markAttached(db: DbOrTx, ids: string[], at: Date) {
  if (!ids.length) return;
  await db
    .update(files)
    .set({ attachedAt: at })
    .where(and(inArray(files.id, ids), isNull(files.attachedAt)));
}
