import type { EnterpriseListQuery, EnterpriseSummary } from '@ancha/contracts';
import {
  type Actor,
  enterpriseScopeWhere,
  requireAccess,
  requireEnterpriseInScope,
} from '../../lib/access.ts';
import type { Deps } from '../../lib/context.ts';
import { assertCursor } from '../../lib/paging.ts';
import { findEnterprise, listEnterprises } from './enterprises.repository.ts';

type Row = Awaited<ReturnType<typeof findEnterprise>>;

function toSummary(r: NonNullable<Row>): EnterpriseSummary {
  return {
    id: r.id,
    name: r.name,
    uscc: r.uscc,
    districtCode: r.districtCode,
    districtName: r.districtName ?? '',
    streetCode: r.streetCode,
    streetName: r.streetName ?? '',
    address: r.address,
    industries: r.industries,
    profileCompleteness: Number(r.profileCompleteness),
  };
}

export function createEnterprisesService({ database }: Deps) {
  const db = database.db;
  return {
    /** The registry of enterprises in a regulator's scope. */
    async list(caller: Actor | null, q: EnterpriseListQuery) {
      const actor = requireAccess(caller, 'enterprise.list');
      assertCursor(q.cursor);
      const rows = await listEnterprises(db, {
        scope: enterpriseScopeWhere(actor),
        keyword: q.keyword,
        streetCode: q.streetCode,
        industry: q.industry,
        uscc: q.uscc,
        after: q.cursor,
        limit: q.limit + 1,
      });
      const page = rows.slice(0, q.limit);
      return { items: page.map(toSummary), nextCursor: rows.length > q.limit ? page.at(-1)!.id : null };
    },

    async get(caller: Actor | null, id: string): Promise<EnterpriseSummary> {
      const actor = requireAccess(caller, 'enterprise.read');
      return toSummary(requireEnterpriseInScope(actor, await findEnterprise(db, id)));
    },
  };
}

export type EnterprisesService = ReturnType<typeof createEnterprisesService>;
