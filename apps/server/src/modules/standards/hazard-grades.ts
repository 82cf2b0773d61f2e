import type { AnswerInput, HazardGrades, HazardGradesInput } from '@ancha/contracts';
import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { hazardGrades } from '../../db/schema/index.ts';
import { type Actor, requireAccess } from '../../lib/access.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { Deps, RequestMeta } from '../../lib/context.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { newId } from '../../lib/ids.ts';

export function gradesOf(db: DbOrTx, enterpriseId: string) {
  return db
    .select()
    .from(hazardGrades)
    .where(eq(hazardGrades.enterpriseId, enterpriseId))
    .orderBy(asc(hazardGrades.sort));
}

/**
 * An enterprise's own grades decide the legal level (seed 004, question 14): an answer naming a
 * grade takes the grade's level; naming a level that contradicts it is refused, as is a grade
 * the enterprise does not have. Returns the answers with their levels set.
 */
export async function gradeAnswers(
  db: DbOrTx,
  enterpriseId: string,
  answers: AnswerInput[],
): Promise<AnswerInput[]> {
  if (!answers.some((a) => a.gradeCode)) return answers;
  const grades = new Map((await gradesOf(db, enterpriseId)).map((g) => [g.code, g]));
  const fields: { path: string; message: string }[] = [];
  const graded = answers.map((a, i) => {
    if (!a.gradeCode) return a;
    const grade = grades.get(a.gradeCode);
    if (!grade) {
      fields.push({ path: `answers.${i}.gradeCode`, message: `隐患分级 ${a.gradeCode} 不存在` });
      return a;
    }
    if (a.level && a.level !== grade.level)
      fields.push({
        path: `answers.${i}.level`,
        message: `隐患分级“${grade.name}”对应${grade.level === 'major' ? '重大' : '一般'}隐患，与所选级别不一致`,
      });
    return { ...a, level: grade.level };
  });
  if (fields.length) throw new AppError('VALIDATION_FAILED', fields[0]!.message, { fields });
  return graded;
}

/** 隐患分级: the enterprise's list of grades, each mapped to 一般 or 重大. */
export function createHazardGradesService({ database, now }: Deps) {
  const db = database.db;
  const list = async (enterpriseId: string): Promise<HazardGrades> => ({
    items: (await gradesOf(db, enterpriseId)).map(({ code, name, level }) => ({ code, name, level })),
  });

  return {
    async get(caller: Actor | null): Promise<HazardGrades> {
      const actor = requireAccess(caller, 'grade.read');
      if (!actor.enterpriseId) throw notFound('企业');
      return list(actor.enterpriseId);
    },

    /** Replaces the whole list; hazards keep the grade code they were found with. */
    async put(caller: Actor | null, input: HazardGradesInput, meta: RequestMeta): Promise<HazardGrades> {
      const actor = requireAccess(caller, 'standard.edit');
      const enterpriseId = actor.enterpriseId;
      if (!enterpriseId) throw notFound('企业');
      const before = await list(enterpriseId);
      await db.transaction(async (tx) => {
        await tx.delete(hazardGrades).where(eq(hazardGrades.enterpriseId, enterpriseId));
        if (input.items.length)
          await tx
            .insert(hazardGrades)
            .values(input.items.map((g, sort) => ({ id: newId(), enterpriseId, ...g, sort })));
        await recordAudit(tx, { ...meta, actor }, now(), {
          action: 'enterprise.hazard_grades_set',
          entityType: 'enterprise',
          entityId: enterpriseId,
          enterpriseId,
          before,
          after: input,
        });
      });
      return list(enterpriseId);
    },
  };
}

export type HazardGradesService = ReturnType<typeof createHazardGradesService>;
