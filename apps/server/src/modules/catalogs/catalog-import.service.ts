import { catalogVersions } from '../../db/schema/index.ts';
import type { Actor } from '../../lib/access.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { Deps, RequestMeta } from '../../lib/context.ts';
import { AppError, conflict, notFound } from '../../lib/errors.ts';
import { newId } from '../../lib/ids.ts';
import * as draftRepo from './catalog-edits.repository.ts';
import { type CatalogEditsService, isUniqueViolation } from './catalog-edits.service.ts';
import { parseCatalogXlsx } from './catalog-excel.ts';
import * as repo from './catalogs.repository.ts';

/** 导入 Excel: a spreadsheet becomes a new draft, or nothing at all. */
export function createCatalogImportService({ database, now }: Deps, edits: CatalogEditsService) {
  const db = database.db;
  return {
    /**
     * A new draft whose content is the spreadsheet's; name and source come from the version it
     * replaces. Problems name their row and column, and a file with any problem creates nothing.
     */
    async importDraft(caller: Actor | null, catalogId: string, file: ArrayBuffer, meta: RequestMeta) {
      const { actor } = await edits.editableCatalog(caller, catalogId);
      const { items, problems } = await parseCatalogXlsx(file);
      for (const item of items) {
        if (item.major && !(await draftRepo.clauseExists(db, item.major))) {
          problems.push({
            row: item.row,
            column: '重大隐患判定条款',
            message: `第 ${item.row} 行：条款 ${item.major} 不存在`,
          });
        }
      }
      if (problems.length) {
        const fields = problems.map((p) => ({
          path: p.row ? `第 ${p.row} 行 · ${p.column}` : p.column,
          message: p.message,
        }));
        throw new AppError('VALIDATION_FAILED', `文件有 ${problems.length} 处问题，未导入任何内容`, {
          fields,
        });
      }
      const base = await draftRepo.findPublished(db, catalogId);
      const latest = base ?? (await repo.versionsOf(db, catalogId)).at(-1);
      if (!latest) throw notFound('隐患目录');
      const at = now();
      try {
        return await db.transaction(async (tx) => {
          const id = newId();
          const version = await draftRepo.nextVersionNumber(tx, catalogId);
          await tx.insert(catalogVersions).values({
            id,
            catalogId,
            version,
            status: 'draft',
            name: latest.name,
            source: latest.source,
            basedOnId: latest.id,
            createdAt: at,
            createdBy: actor.id,
          });
          await draftRepo.insertParsedItems(tx, id, items);
          await recordAudit(tx, { ...meta, actor }, at, {
            action: 'catalog.draft_imported',
            entityType: 'catalog',
            entityId: catalogId,
            after: { version, items: items.length },
          });
          return version;
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw conflict('该目录已有草稿：请先发布或放弃现有草稿');
        throw error;
      }
    },
  };
}

export type CatalogImportService = ReturnType<typeof createCatalogImportService>;
