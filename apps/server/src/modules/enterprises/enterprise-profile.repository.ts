import { and, asc, count, eq, inArray, ne } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.ts';
import {
  enterpriseImages,
  enterprises,
  industries,
  regions,
  safetyPersonnel,
} from '../../db/schema/index.ts';

const district = alias(regions, 'district');
const street = alias(regions, 'street');

/** The enterprise row with its region's names, locked when a write is about to replace it. */
export async function findProfile(db: DbOrTx, id: string, forUpdate = false) {
  const q = db
    .select({ enterprise: enterprises, districtName: district.name, streetName: street.name })
    .from(enterprises)
    .leftJoin(district, eq(district.code, enterprises.districtCode))
    .leftJoin(street, eq(street.code, enterprises.streetCode))
    .where(eq(enterprises.id, id))
    .limit(1);
  const [row] = forUpdate ? await q.for('update', { of: enterprises }) : await q;
  return row;
}
export type ProfileRow = NonNullable<Awaited<ReturnType<typeof findProfile>>>;

export function industryNames(db: DbOrTx, codes: string[]) {
  if (codes.length === 0) return Promise.resolve([]);
  return db
    .select({ code: industries.code, name: industries.name })
    .from(industries)
    .where(inArray(industries.code, codes));
}

export function findStreet(db: DbOrTx, code: string) {
  return db.query.regions.findFirst({ where: and(eq(regions.code, code), eq(regions.level, 3)) });
}

/** Another enterprise already registered under this USCC, if any. */
export async function usccTaken(db: DbOrTx, uscc: string, exceptId: string) {
  const [row] = await db
    .select({ id: enterprises.id })
    .from(enterprises)
    .where(and(eq(enterprises.uscc, uscc), ne(enterprises.id, exceptId)))
    .limit(1);
  return row !== undefined;
}

export function updateEnterprise(db: DbOrTx, id: string, values: Partial<typeof enterprises.$inferInsert>) {
  return db.update(enterprises).set(values).where(eq(enterprises.id, id));
}

export function listImages(db: DbOrTx, enterpriseId: string) {
  return db
    .select()
    .from(enterpriseImages)
    .where(eq(enterpriseImages.enterpriseId, enterpriseId))
    .orderBy(asc(enterpriseImages.id));
}

export async function findImage(db: DbOrTx, id: string) {
  const [row] = await db.select().from(enterpriseImages).where(eq(enterpriseImages.id, id)).limit(1);
  return row;
}

export async function countImages(db: DbOrTx, enterpriseId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(enterpriseImages)
    .where(eq(enterpriseImages.enterpriseId, enterpriseId));
  return row?.n ?? 0;
}

export function insertImage(db: DbOrTx, values: typeof enterpriseImages.$inferInsert) {
  return db.insert(enterpriseImages).values(values);
}

export function deleteImage(db: DbOrTx, id: string) {
  return db.delete(enterpriseImages).where(eq(enterpriseImages.id, id));
}

export function listPersonnel(db: DbOrTx, enterpriseId: string) {
  return db
    .select()
    .from(safetyPersonnel)
    .where(eq(safetyPersonnel.enterpriseId, enterpriseId))
    .orderBy(asc(safetyPersonnel.createdAt), asc(safetyPersonnel.id));
}

export async function findPerson(db: DbOrTx, id: string) {
  const [row] = await db.select().from(safetyPersonnel).where(eq(safetyPersonnel.id, id)).limit(1);
  return row;
}

/** The enterprise's safety head other than `exceptId`: there is at most one. */
export async function otherSafetyHead(db: DbOrTx, enterpriseId: string, exceptId: string | null) {
  const [row] = await db
    .select({ id: safetyPersonnel.id })
    .from(safetyPersonnel)
    .where(
      and(
        eq(safetyPersonnel.enterpriseId, enterpriseId),
        eq(safetyPersonnel.role, 'safety_head'),
        exceptId ? ne(safetyPersonnel.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  return row;
}

export function insertPerson(db: DbOrTx, values: typeof safetyPersonnel.$inferInsert) {
  return db.insert(safetyPersonnel).values(values);
}

export function updatePerson(db: DbOrTx, id: string, values: Partial<typeof safetyPersonnel.$inferInsert>) {
  return db.update(safetyPersonnel).set(values).where(eq(safetyPersonnel.id, id));
}

export function deletePerson(db: DbOrTx, id: string) {
  return db.delete(safetyPersonnel).where(eq(safetyPersonnel.id, id));
}
