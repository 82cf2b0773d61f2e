import { type CompletenessKey, completenessLabels, type OrgCompleteness } from '@ancha/contracts';
import { type Actor, requireAccess, requireEnterpriseInScope } from '../../lib/access.ts';
import type { Deps } from '../../lib/context.ts';
import { findEnterprise } from '../enterprises/enterprises.repository.ts';
import * as repo from './organisation.repository.ts';

/**
 * 信息完备率 (E9; seed 004, question 5): 25% each for departments set up, the enterprise standard
 * published, a checklist for every post, and a 岗位责任制 for every post. Not the profile's
 * 完整率 (G6), which counts the required fields of 单位基本信息.
 */
export function createCompletenessService({ database }: Deps) {
  const db = database.db;
  return {
    async get(caller: Actor | null, enterpriseId: string): Promise<OrgCompleteness> {
      const actor = requireAccess(caller, 'enterprise.read');
      const enterprise = requireEnterpriseInScope(actor, await findEnterprise(db, enterpriseId));
      const departments = await repo.departmentsOf(db, enterprise.id);
      const standard = await repo.publishedStandard(db, enterprise.id);
      const posts = await repo.postsOf(db, enterprise.id);
      const counts = new Map((await repo.itemCounts(db, enterprise.id)).map((c) => [c.postId, Number(c.n)]));
      // Both post parts need at least one post: with none, no post checklist or duty is set up.
      const noPosts = posts.length ? [] : ['尚未建立岗位'];
      const missing: Record<CompletenessKey, string[]> = {
        departments: departments.length ? [] : ['尚未建立部门'],
        standard: standard ? [] : ['尚未发布企业标准'],
        checklists: [
          ...noPosts,
          ...posts.filter((p) => !counts.get(p.post.id)).map((p) => `岗位“${p.post.name}”没有岗位清单`),
        ],
        responsibility: [
          ...noPosts,
          ...posts
            .filter((p) => !p.post.responsibilityFileId)
            .map((p) => `岗位“${p.post.name}”未上传岗位责任制`),
        ],
      };
      const parts = (Object.keys(completenessLabels) as CompletenessKey[]).map((key) => ({
        key,
        done: missing[key].length === 0,
        label: completenessLabels[key],
        missing: missing[key],
      }));
      return { enterpriseId: enterprise.id, rate: parts.filter((p) => p.done).length * 25, parts };
    },
  };
}

export type CompletenessService = ReturnType<typeof createCompletenessService>;
