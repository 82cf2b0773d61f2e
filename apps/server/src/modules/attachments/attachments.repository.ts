import type { AttachmentRef } from '@ancha/contracts';
import { and, eq, inArray, isNull, notInArray, or } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { attachments } from '../../db/schema/index.ts';

const meta = {
  id: attachments.id,
  purpose: attachments.purpose,
  uploadedBy: attachments.uploadedBy,
  name: attachments.name,
  mime: attachments.mime,
  sizeBytes: attachments.sizeBytes,
  sha256: attachments.sha256,
  ownerId: attachments.ownerId,
};
export type AttachmentMeta = NonNullable<Awaited<ReturnType<typeof findAttachment>>>;

/** Metadata only; the bytes are read when sending them. */
export async function findAttachment(db: DbOrTx, id: string) {
  const [row] = await db.select(meta).from(attachments).where(eq(attachments.id, id));
  return row;
}

export async function readAttachmentContent(db: DbOrTx, id: string): Promise<Uint8Array | undefined> {
  const [row] = await db
    .select({ content: attachments.content })
    .from(attachments)
    .where(eq(attachments.id, id));
  return row?.content;
}

export async function insertAttachment(db: DbOrTx, row: typeof attachments.$inferInsert): Promise<void> {
  await db.insert(attachments).values(row);
}

export async function findMany(db: DbOrTx, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select(meta)
    .from(attachments)
    .where(inArray(attachments.id, [...ids]));
}

/** Makes `ids` exactly the owner's attachments: the listed ones are taken, the others released. */
export async function setOwner(db: DbOrTx, ownerId: string, ids: readonly string[]): Promise<void> {
  const listed = [...ids];
  await db
    .update(attachments)
    .set({ ownerId: null })
    .where(
      listed.length > 0
        ? and(eq(attachments.ownerId, ownerId), notInArray(attachments.id, listed))
        : eq(attachments.ownerId, ownerId),
    );
  if (listed.length === 0) return;
  await db
    .update(attachments)
    .set({ ownerId })
    .where(
      and(inArray(attachments.id, listed), or(isNull(attachments.ownerId), eq(attachments.ownerId, ownerId))),
    );
}

export function toRef(a: Pick<AttachmentMeta, 'id' | 'name' | 'mime' | 'sizeBytes'>): AttachmentRef {
  return { id: a.id, name: a.name, mime: a.mime, sizeBytes: a.sizeBytes };
}
