import type { CatalogCategory, StandardChange, TakeUpdatesInput } from '@ancha/contracts';
import { eq } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.ts';
import { catalogCategories, catalogItems } from '../../db/schema/index.ts';
import type { Actor } from '../../lib/access.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { Deps, RequestMeta } from '../../lib/context.ts';
import { fieldError } from '../../lib/errors.ts';
import { newId } from '../../lib/ids.ts';
import { diffVersions } from '../catalogs/catalog-diff.ts';
import { lastSort as lastItemSort } from '../catalogs/catalog-edits.repository.ts';
import { toCategoryTree } from '../catalogs/catalogs.mapper.ts';
import * as catalogRepo from '../catalogs/catalogs.repository.ts';
import * as repo from './standards.repository.ts';
import type { StandardsService } from './standards.service.ts';

type ItemRow = typeof catalogItems.$inferSelect;

async function tree(db: DbOrTx, versionId: string): Promise<CatalogCategory[]> {
  const [categories, items] = await Promise.all([
    catalogRepo.categoriesOf(db, versionId),
    catalogRepo.itemsOf(db, versionId),
  ]);
  return toCategoryTree(categories, items);
}

/** Where each item sits in a version's tree: '一级分类/二级分类'. */
function places(t: CatalogCategory[]): Map<string, [string, string]> {
  return new Map(
    t.flatMap((top) => top.children.flatMap((sub) => sub.items.map((i) => [i.no, [top.name, sub.name]]))),
  );
}

/**
 * The changes of the standard's source catalogs since the versions its items came from, item by
 * item (numbers identify an item across versions, as in catalog-diff). Only what concerns the
 * standard is offered: a changed or removed source item the standard still holds at the old
 * version, an added one it does not hold yet. Items the enterprise removed stay removed.
 */
export async function pendingUpdates(db: DbOrTx, standardVersionId: string): Promise<StandardChange[]> {
  const items = await repo.itemRows(db, standardVersionId);
  const fromIds = [...new Set(items.flatMap((i) => i.sourceVersionId ?? []))];
  const froms = await repo.sourceVersions(db, fromIds);
  const changes: StandardChange[] = [];
  for (const from of froms) {
    const latest = await repo.publishedVersion(db, from.catalogId);
    if (!latest || latest.version <= from.version) continue;
    const [before, after] = await Promise.all([tree(db, from.id), tree(db, latest.id)]);
    const diff = diffVersions(
      { version: from.version, categories: before },
      { version: latest.version, categories: after },
    );
    const bySource = new Map(
      items
        .filter(
          (i) =>
            i.sourceVersionId &&
            froms.some((f) => f.id === i.sourceVersionId && f.catalogId === from.catalogId),
        )
        .map((i) => [i.sourceNo!, i]),
    );
    const heldAtFrom = (no: string) => bySource.get(no)?.sourceVersionId === from.id;
    const [oldPlaces, newPlaces] = [places(before), places(after)];
    const base = {
      sourceCatalogId: from.catalogId,
      sourceCatalog: latest.name,
      fromVersion: from.version,
      toVersion: latest.version,
    };
    const change = (
      kind: StandardChange['kind'],
      no: string,
      b: StandardChange['before'],
      a: StandardChange['after'],
    ) =>
      // Items of one source held at two older versions see the same addition twice: offer it once.
      changes.some((c) => c.key === `${from.catalogId}:${kind}:${no}`) ||
      changes.push({
        ...base,
        key: `${from.catalogId}:${kind}:${no}`,
        kind,
        sourceNo: no,
        place: ((a ? newPlaces : oldPlaces).get(no) ?? []).join('/'),
        before: b,
        after: a,
      });
    for (const c of diff.changed)
      if (heldAtFrom(c.after.no)) change('changed', c.after.no, c.before, c.after);
    for (const r of diff.removed) if (heldAtFrom(r.no)) change('removed', r.no, r, null);
    for (const a of diff.added) if (!bySource.has(a.no)) change('added', a.no, null, a);
  }
  return changes;
}

/** The draft's subcategory named like the source's, made (at the end) when the draft has none. */
async function categoryFor(tx: Tx, versionId: string, [topName, subName]: [string, string]) {
  const rows = await repo.categoryRows(tx, versionId);
  let top = rows.find((c) => c.parentId === null && c.name === topName);
  if (!top) {
    top = {
      id: newId(),
      versionId,
      parentId: null,
      name: topName,
      sort: (await repo.lastSort(tx, versionId)) + 1,
    };
    await tx.insert(catalogCategories).values(top);
  }
  const sub = rows.find((c) => c.parentId === top.id && c.name === subName);
  if (sub) return sub.id;
  const id = newId();
  const siblings = rows.filter((c) => c.parentId === top.id).length;
  await tx
    .insert(catalogCategories)
    .values({ id, versionId, parentId: top.id, name: subName, sort: siblings });
  return id;
}

export function createStandardUpdatesService({ database, now }: Deps, standards: StandardsService) {
  const db = database.db;
  return {
    async list(caller: Actor | null): Promise<StandardChange[]> {
      const view = await standards.view(caller);
      const shown = view.versions.find((v) => v.version === view.version)!;
      return pendingUpdates(db, shown.id);
    },

    /** 取用: the chosen changes written into the draft, in one transaction with its audit entry. */
    async take(caller: Actor | null, input: TakeUpdatesInput, meta: RequestMeta) {
      const { actor, catalog, draft } = await standards.ownDraft(caller);
      const offered = new Map((await pendingUpdates(db, draft.id)).map((c) => [c.key, c]));
      const unknown = input.keys.findIndex((k) => !offered.has(k));
      if (unknown >= 0) throw fieldError(`keys.${unknown}`, '该变更不存在或已取用');
      const at = now();
      await db.transaction(async (tx) => {
        const items = await repo.itemRows(tx, draft.id);
        const catalogOf = new Map(
          (
            await repo.sourceVersions(
              tx,
              items.flatMap((i) => i.sourceVersionId ?? []),
            )
          ).map((v) => [v.id, v.catalogId]),
        );
        // The standard's item a change of a source item applies to.
        const held = (c: StandardChange): ItemRow =>
          items.find(
            (i) => i.sourceNo === c.sourceNo && catalogOf.get(i.sourceVersionId ?? '') === c.sourceCatalogId,
          )!;
        for (const key of input.keys) {
          const c = offered.get(key)!;
          const toVersion = (await repo.publishedVersion(tx, c.sourceCatalogId))!;
          if (c.kind === 'removed') {
            await tx.delete(catalogItems).where(eq(catalogItems.id, held(c).id));
          } else if (c.kind === 'changed') {
            const a = c.after!;
            await tx
              .update(catalogItems)
              .set({
                text: a.text,
                basis: a.basis,
                majorClauseCode: a.major?.code ?? null,
                guidance: a.guidance,
                sourceVersionId: toVersion.id,
              })
              .where(eq(catalogItems.id, held(c).id));
          } else {
            const a = c.after!;
            const code = (await catalogRepo.findCatalog(tx, c.sourceCatalogId))!.code;
            await tx.insert(catalogItems).values({
              id: newId(),
              versionId: draft.id,
              categoryId: await categoryFor(tx, draft.id, c.place.split('/') as [string, string]),
              no: `${code}-${a.no}`,
              text: a.text,
              basis: a.basis,
              majorClauseCode: a.major?.code ?? null,
              guidance: a.guidance,
              sort: (await lastItemSort(tx, draft.id)) + 1,
              sourceVersionId: toVersion.id,
              sourceNo: a.no,
            });
          }
        }
        await recordAudit(tx, { ...meta, actor }, at, {
          action: 'standard.updates_taken',
          entityType: 'catalog',
          entityId: catalog.id,
          enterpriseId: catalog.enterpriseId,
          after: { version: draft.version, changes: input.keys.map((k) => offered.get(k)) },
        });
      });
      return standards.view(actor);
    },
  };
}

export type StandardUpdatesService = ReturnType<typeof createStandardUpdatesService>;
