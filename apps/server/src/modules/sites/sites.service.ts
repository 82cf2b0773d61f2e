import {
  GENERAL_CATALOG_RULE,
  maskIdNumber,
  maskPhone,
  type OwnSiteInput,
  type SiteCatalogsInput,
  type SiteInput,
  type SiteListQuery,
  type SiteView,
} from '@ancha/contracts';
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { sites } from '../../db/schema/index.ts';
import { type Actor, requireAccess } from '../../lib/access.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { Deps, RequestMeta } from '../../lib/context.ts';
import { fieldError, notFound } from '../../lib/errors.ts';
import { newId } from '../../lib/ids.ts';
import { assertCursor, NO_ID } from '../../lib/paging.ts';
import { siteScope, siteVisible as visible } from './site-scope.ts';
import * as repo from './sites.repository.ts';

export function createSitesService({ database, now }: Deps) {
  const db = database.db;

  async function views(rows: repo.SiteRow[]): Promise<SiteView[]> {
    const chosen = await repo.catalogsOfSites(
      db,
      rows.map((r) => r.site.id),
    );
    return rows.map(({ site, enterpriseName, districtName, streetName }) => ({
      id: site.id,
      enterpriseId: site.enterpriseId,
      enterpriseName,
      name: site.name,
      districtCode: site.districtCode,
      streetCode: site.streetCode,
      regionName: `${districtName ?? ''}${streetName ?? ''}`,
      address: site.address,
      inspectorUserId: site.inspectorUserId,
      inspectorName: site.inspectorName,
      inspectorPhone: maskPhone(site.inspectorPhone),
      inspectorIdNumber: maskIdNumber(site.inspectorIdNumber),
      catalogs: chosen
        .filter((c) => c.siteId === site.id)
        .map((c) => ({ id: c.id, name: c.name, industryCode: c.industryCode, industryName: c.industryName })),
    }));
  }

  /** The seed's rule: the general catalog is never combined with industry catalogs. */
  async function checkCatalogs(tx: DbOrTx, ids: string[]) {
    const unique = [...new Set(ids)];
    const found = await repo.publishedCatalogs(tx, unique);
    if (found.length !== unique.length) throw fieldError('catalogIds', '所选检查内容不存在或尚未发布');
    if (found.some((c) => c.isGeneral) && found.some((c) => !c.isGeneral))
      throw fieldError('catalogIds', GENERAL_CATALOG_RULE);
    return unique;
  }

  async function checkStreet(tx: DbOrTx, code: string) {
    const street = await repo.findStreet(tx, code);
    if (!street?.parentCode) throw fieldError('streetCode', '所在地（街道）不存在');
    return { streetCode: code, districtCode: street.parentCode };
  }

  async function save(
    actor: Actor,
    siteId: string,
    values: typeof sites.$inferInsert,
    catalogIds: string[],
    meta: RequestMeta,
    before: unknown,
  ) {
    await db.transaction(async (tx) => {
      if (before) await tx.update(sites).set(values).where(eq(sites.id, siteId));
      else await tx.insert(sites).values(values);
      await repo.replaceCatalogs(tx, siteId, catalogIds);
      await recordAudit(tx, { ...meta, actor }, now(), {
        action: before ? 'site.updated' : 'site.created',
        entityType: 'site',
        entityId: siteId,
        enterpriseId: values.enterpriseId,
        regionCode: values.streetCode,
        before,
        after: { ...values, catalogIds },
      });
    });
    return (await views([(await repo.findSite(db, siteId))!]))[0]!;
  }

  async function assignedInspector(actor: Actor, input: SiteInput) {
    const user = await repo.findUser(db, input.inspectorUserId);
    if (!user || user.enterpriseId !== actor.enterpriseId || user.role !== 'ent_inspector' || user.disabled) {
      throw fieldError('inspectorUserId', '检查人须为本单位在用的自查人账号');
    }
    return user;
  }

  return {
    async list(caller: Actor | null, q: SiteListQuery) {
      const actor = requireAccess(caller, 'site.read');
      assertCursor(q.cursor);
      const rows = await repo.listSites(db, {
        scope: and(siteScope(actor), q.enterpriseId ? eq(sites.enterpriseId, q.enterpriseId) : undefined),
        keyword: q.keyword,
        after: q.cursor,
        limit: q.limit + 1,
      });
      const page = rows.slice(0, q.limit);
      return { items: await views(page), nextCursor: rows.length > q.limit ? page.at(-1)!.site.id : null };
    },

    async get(caller: Actor | null, id: string): Promise<SiteView> {
      const actor = requireAccess(caller, 'site.read');
      const row = await repo.findSite(db, id);
      if (!row || !visible(actor, row)) throw notFound('场所');
      return (await views([row]))[0]!;
    },

    /** 新增场所 by the enterprise admin, assigning one of its inspectors. */
    async create(caller: Actor | null, input: SiteInput, meta: RequestMeta): Promise<SiteView> {
      const actor = requireAccess(caller, 'site.manage');
      const inspector = await assignedInspector(actor, input);
      const region = await checkStreet(db, input.streetCode);
      const catalogIds = await checkCatalogs(db, input.catalogIds);
      const at = now();
      const id = newId();
      const values = {
        id,
        enterpriseId: actor.enterpriseId!,
        name: input.name,
        ...region,
        address: input.address,
        inspectorUserId: inspector.id,
        inspectorName: inspector.displayName,
        inspectorPhone: input.inspectorPhone,
        inspectorIdNumber: input.inspectorIdNumber,
        createdBy: actor.id,
        createdAt: at,
        updatedAt: at,
      };
      return save(actor, id, values, catalogIds, meta, null);
    },

    /** An inspector's own site: the enterprise named must be the inspector's own (by its USCC). */
    async createOwn(caller: Actor | null, input: OwnSiteInput, meta: RequestMeta): Promise<SiteView> {
      const actor = requireAccess(caller, 'site.add_own');
      const enterprise = await repo.findEnterprise(db, actor.enterpriseId ?? NO_ID);
      if (!enterprise || enterprise.uscc !== input.uscc)
        throw fieldError('uscc', '企业信用代码与您所属单位不一致');
      const region = await checkStreet(db, input.streetCode);
      const catalogIds = await checkCatalogs(db, input.catalogIds);
      const at = now();
      const id = newId();
      const values = {
        id,
        enterpriseId: enterprise.id,
        name: input.name,
        ...region,
        address: input.address,
        inspectorUserId: actor.id,
        inspectorName: actor.displayName,
        inspectorPhone: input.inspectorPhone,
        inspectorIdNumber: input.inspectorIdNumber,
        createdBy: actor.id,
        createdAt: at,
        updatedAt: at,
      };
      return save(actor, id, values, catalogIds, meta, null);
    },

    /** 重新选择行业与自查内容: the site's own inspector may change its catalogs, as may the admin. */
    async chooseCatalogs(
      caller: Actor | null,
      id: string,
      input: SiteCatalogsInput,
      meta: RequestMeta,
    ): Promise<SiteView> {
      const actor = requireAccess(caller, 'site.choose_catalogs');
      const row = await repo.findSite(db, id);
      if (!row || !visible(actor, row)) throw notFound('场所');
      const catalogIds = await checkCatalogs(db, input.catalogIds);
      return save(actor, id, { ...row.site, updatedAt: now() }, catalogIds, meta, row.site);
    },

    async update(caller: Actor | null, id: string, input: SiteInput, meta: RequestMeta): Promise<SiteView> {
      const actor = requireAccess(caller, 'site.manage');
      const row = await repo.findSite(db, id);
      if (!row || !visible(actor, row)) throw notFound('场所');
      const inspector = await assignedInspector(actor, input);
      const region = await checkStreet(db, input.streetCode);
      const catalogIds = await checkCatalogs(db, input.catalogIds);
      const values = {
        ...row.site,
        name: input.name,
        ...region,
        address: input.address,
        inspectorUserId: inspector.id,
        inspectorName: inspector.displayName,
        inspectorPhone: input.inspectorPhone,
        inspectorIdNumber: input.inspectorIdNumber,
        updatedAt: now(),
      };
      return save(actor, id, values, catalogIds, meta, row.site);
    },
  };
}

export type SitesService = ReturnType<typeof createSitesService>;
