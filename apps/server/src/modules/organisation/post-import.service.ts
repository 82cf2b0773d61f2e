import type { PostFrequency, PostImportResult, SheetProblem } from '@ancha/contracts';
import { eq, inArray } from 'drizzle-orm';
import { postChecklistItems, posts } from '../../db/schema/index.ts';
import { type Actor, requireAccess } from '../../lib/access.ts';
import { recordAudits } from '../../lib/audit.ts';
import type { Deps, RequestMeta } from '../../lib/context.ts';
import { AppError } from '../../lib/errors.ts';
import { NO_ID } from '../../lib/paging.ts';
import * as repo from './organisation.repository.ts';
import { parsePostSheet, type SheetRow } from './post-sheet.ts';

interface Planned {
  postId: string;
  name: string;
  frequency: PostFrequency | null;
  itemNos: Set<string>;
}

function refuse(problems: SheetProblem[]): never {
  const fields = problems.map((p) => ({
    path: p.row ? `第 ${p.row} 行 · ${p.column}` : p.column,
    message: p.message,
  }));
  throw new AppError('VALIDATION_FAILED', `文件有 ${problems.length} 处问题，未导入任何内容`, { fields });
}

/**
 * 导入岗位清单: every row is checked against the enterprise's departments, posts and published
 * standard first, and a file with any problem imports nothing (seed 004, question 19: the
 * department must be set up first). Each post named in the file gets exactly the file's items.
 */
export function createPostImportService({ database, now }: Deps) {
  const db = database.db;

  async function plan(enterpriseId: string, rows: SheetRow[], problems: SheetProblem[]) {
    // Without a published standard no item number can be checked; the rows' departments and
    // posts still are, so one answer lists everything to fix.
    const standard = await repo.publishedStandard(db, enterpriseId);
    if (!standard)
      problems.push({
        row: 0,
        column: '企业标准',
        message: '本单位尚未发布企业标准，请先制定并发布企业标准再导入岗位清单',
      });
    const numbers = standard ? await repo.standardItemNumbers(db, standard.versionId) : null;
    const departments = new Map((await repo.departmentsOf(db, enterpriseId)).map((d) => [d.name, d]));
    const byName = new Map((await repo.postsOf(db, enterpriseId)).map((p) => [p.post.name, p.post]));
    const planned = new Map<string, Planned & { row: number }>();
    for (const r of rows) {
      if (!r.department || !r.post) continue; // already reported as a missing cell
      const department = departments.get(r.department);
      if (!department) {
        problems.push({
          row: r.row,
          column: '部门',
          message: `第 ${r.row} 行：公司不存在'${r.department}'部门`,
        });
        continue;
      }
      const post = byName.get(r.post);
      if (!post) {
        problems.push({ row: r.row, column: '岗位', message: `第 ${r.row} 行：公司不存在'${r.post}'岗位` });
        continue;
      }
      if (post.departmentId !== department.id) {
        problems.push({
          row: r.row,
          column: '岗位',
          message: `第 ${r.row} 行：'${r.department}'部门下没有'${r.post}'岗位`,
        });
        continue;
      }
      for (const no of r.itemNos.filter((n) => numbers && !numbers.has(n)))
        problems.push({
          row: r.row,
          column: '检查项编号',
          message: `第 ${r.row} 行：企业标准中没有编号为'${no}'的检查项`,
        });
      const entry = planned.get(post.id) ?? {
        postId: post.id,
        name: post.name,
        frequency: null,
        itemNos: new Set<string>(),
        row: r.row,
      };
      if (r.frequency && entry.frequency && r.frequency !== entry.frequency)
        problems.push({
          row: r.row,
          column: '上报频次',
          message: `第 ${r.row} 行：岗位'${r.post}'的上报频次与第 ${entry.row} 行不一致`,
        });
      entry.frequency = r.frequency ?? entry.frequency;
      for (const no of r.itemNos) entry.itemNos.add(no);
      planned.set(post.id, entry);
    }
    return [...planned.values()];
  }

  return {
    async importSheet(caller: Actor | null, file: ArrayBuffer, meta: RequestMeta): Promise<PostImportResult> {
      const actor = requireAccess(caller, 'org.manage');
      const enterpriseId = actor.enterpriseId ?? NO_ID;
      const { rows, problems } = await parsePostSheet(file);
      if (problems.some((p) => p.row <= 1)) refuse(problems);
      const planned = await plan(enterpriseId, rows, problems);
      if (problems.length) refuse(problems.sort((a, b) => a.row - b.row));

      const at = now();
      await db.transaction(async (tx) => {
        const ids = planned.map((p) => p.postId);
        const before = await tx
          .select()
          .from(postChecklistItems)
          .where(inArray(postChecklistItems.postId, ids));
        await tx.delete(postChecklistItems).where(inArray(postChecklistItems.postId, ids));
        await tx
          .insert(postChecklistItems)
          .values(planned.flatMap((p) => [...p.itemNos].map((itemNo) => ({ postId: p.postId, itemNo }))));
        for (const p of planned.filter((x) => x.frequency))
          await tx
            .update(posts)
            .set({ frequency: p.frequency!, updatedAt: at })
            .where(eq(posts.id, p.postId));
        await recordAudits(
          tx,
          { ...meta, actor },
          at,
          planned.map((p) => ({
            action: 'post.checklist_imported',
            entityType: 'post',
            entityId: p.postId,
            enterpriseId,
            before: { itemNos: before.filter((b) => b.postId === p.postId).map((b) => b.itemNo) },
            after: { itemNos: [...p.itemNos], frequency: p.frequency },
          })),
        );
      });
      return { posts: planned.length, items: planned.reduce((n, p) => n + p.itemNos.size, 0) };
    },
  };
}

export type PostImportService = ReturnType<typeof createPostImportService>;
