import {
  type EnterpriseImage,
  type EnterpriseImageInput,
  type EnterpriseProfile,
  type FixedFieldsInput,
  MAX_ENTERPRISE_IMAGES,
  type Person,
  type PersonInput,
  type ProfileInput,
} from '@ancha/contracts';
import type { DbOrTx, Tx } from '../../db/client.ts';
import { type Action, type Actor, requireAccess, requireEnterpriseInScope } from '../../lib/access.ts';
import { type AuditInput, recordAudit } from '../../lib/audit.ts';
import type { Deps, RequestMeta } from '../../lib/context.ts';
import { conflict, fieldError, notFound } from '../../lib/errors.ts';
import { newId } from '../../lib/ids.ts';
import { attachPhotos, requireUsablePhotos } from '../files/file-links.ts';
import * as repo from './enterprise-profile.repository.ts';
import { imageView, personView, pickProfile, profileValues } from './enterprise-profile.values.ts';

/** Entries sit in the enterprise's own history (images and people included), so one trail shows all. */
type Entry = Partial<AuditInput> & { action: string };

export function createEnterpriseProfileService({ database, now }: Deps) {
  const db = database.db;

  /**
   * Reading the enterprise comes first so that a foreign one is 404 for everyone; only then is the
   * role asked whether it may write, so a regulator in scope learns 403, not a made-up absence.
   */
  async function scoped(caller: Actor | null, id: string, write: Action | null, tx: DbOrTx = db) {
    const actor = requireAccess(caller, 'enterprise.read');
    const row = await repo.findProfile(tx, id, tx !== db);
    requireEnterpriseInScope(actor, row?.enterprise);
    if (write) requireAccess(actor, write);
    return { actor, row: row! };
  }

  async function view(row: repo.ProfileRow): Promise<EnterpriseProfile> {
    const e = row.enterprise;
    const names = new Map((await repo.industryNames(db, e.industries)).map((i) => [i.code, i.name]));
    return {
      id: e.id,
      name: e.name,
      uscc: e.uscc,
      districtCode: e.districtCode,
      districtName: row.districtName ?? '',
      streetCode: e.streetCode,
      streetName: row.streetName ?? '',
      industries: e.industries.map((code) => ({ code, name: names.get(code) ?? code })),
      ...pickProfile(e),
      updatedAt: e.updatedAt.toISOString(),
    };
  }

  /** One write: scope and role, then the change and its audit entry in one transaction. */
  function write<T>(
    caller: Actor | null,
    id: string,
    action: Action,
    meta: RequestMeta,
    change: (
      tx: Tx,
      actor: Actor,
      row: repo.ProfileRow,
      at: Date,
    ) => Promise<{ result: T; audit: Entry | null }>,
  ): Promise<T> {
    return db.transaction(async (tx) => {
      const { actor, row } = await scoped(caller, id, action, tx);
      const at = now();
      const { result, audit } = await change(tx, actor, row, at);
      if (!audit) return result;
      await recordAudit(tx, { ...meta, actor }, at, {
        entityType: 'enterprise',
        entityId: id,
        enterpriseId: id,
        regionCode: row.enterprise.streetCode,
        ...audit,
      });
      return result;
    });
  }

  const reload = async (id: string) => view((await repo.findProfile(db, id))!);

  return {
    async get(caller: Actor | null, id: string): Promise<EnterpriseProfile> {
      return view((await scoped(caller, id, null)).row);
    },

    async saveProfile(caller: Actor | null, id: string, input: ProfileInput, meta: RequestMeta) {
      await write(caller, id, 'enterprise.profile.edit', meta, async (tx, _actor, row, at) => {
        const values = profileValues(input);
        await repo.updateEnterprise(tx, id, { ...values, updatedAt: at });
        const before = pickProfile(row.enterprise);
        return { result: null, audit: { action: 'enterprise.profile_updated', before, after: values } };
      });
      return reload(id);
    },

    async saveFixed(caller: Actor | null, id: string, input: FixedFieldsInput, meta: RequestMeta) {
      await write(caller, id, 'enterprise.fixed.edit', meta, async (tx, _actor, row, at) => {
        const street = await repo.findStreet(tx, input.streetCode);
        if (!street?.parentCode) throw fieldError('streetCode', '所属街道（乡镇）不存在');
        const industries = [...new Set(input.industries)];
        const known = await repo.industryNames(tx, industries);
        if (known.length !== industries.length) throw fieldError('industries', '所选行业类别不存在');
        if (await repo.usccTaken(tx, input.uscc, id))
          throw conflict(`统一社会信用代码 ${input.uscc} 已被其他企业使用，请核对`);
        const values = {
          name: input.name,
          uscc: input.uscc,
          districtCode: street.parentCode,
          streetCode: input.streetCode,
          industries,
        };
        await repo.updateEnterprise(tx, id, { ...values, updatedAt: at });
        const { name, uscc, districtCode, streetCode } = row.enterprise;
        const before = { name, uscc, districtCode, streetCode, industries: row.enterprise.industries };
        return { result: null, audit: { action: 'enterprise.fixed_updated', before, after: values } };
      });
      return reload(id);
    },

    async images(caller: Actor | null, id: string): Promise<EnterpriseImage[]> {
      await scoped(caller, id, null);
      return (await repo.listImages(db, id)).map(imageView);
    },

    async addImage(caller: Actor | null, id: string, input: EnterpriseImageInput, meta: RequestMeta) {
      return write(caller, id, 'enterprise.profile.edit', meta, async (tx, actor, _row, at) => {
        // A retried POST answers as the first did (the enterprise row's lock orders the two).
        const existing = await repo.findImage(tx, input.id);
        if (existing && existing.enterpriseId !== id) throw conflict('图片标识已被使用，请重新添加');
        if (existing) return { result: imageView(existing), audit: null };
        if ((await repo.countImages(tx, id)) >= MAX_ENTERPRISE_IMAGES)
          throw fieldError('fileId', `单位图片最多 ${MAX_ENTERPRISE_IMAGES} 张，请先删除不需要的图片`);
        await requireUsablePhotos(tx, actor, 'enterprise', [{ path: 'fileId', ids: [input.fileId] }]);
        const values = { ...input, enterpriseId: id, createdBy: actor.id, createdAt: at };
        await repo.insertImage(tx, values);
        await attachPhotos(tx, [input.fileId], at);
        return { result: imageView(values), audit: { action: 'enterprise.image_added', after: values } };
      });
    },

    async removeImage(caller: Actor | null, id: string, imageId: string, meta: RequestMeta) {
      await write(caller, id, 'enterprise.profile.edit', meta, async (tx, _actor, _row) => {
        const image = await repo.findImage(tx, imageId);
        if (!image || image.enterpriseId !== id) throw notFound('图片');
        await repo.deleteImage(tx, imageId);
        return { result: null, audit: { action: 'enterprise.image_removed', before: image } };
      });
    },

    async personnel(caller: Actor | null, id: string): Promise<Person[]> {
      await scoped(caller, id, null);
      return (await repo.listPersonnel(db, id)).map(personView);
    },

    /** Adds (`personId` null) or replaces a person; the enterprise row's lock keeps one safety head. */
    savePerson(
      caller: Actor | null,
      id: string,
      personId: string | null,
      input: PersonInput,
      meta: RequestMeta,
    ) {
      return write(caller, id, 'enterprise.profile.edit', meta, async (tx, _actor, _row, at) => {
        const before = personId ? await repo.findPerson(tx, personId) : null;
        if (personId && (!before || before.enterpriseId !== id)) throw notFound('人员');
        if (input.role === 'safety_head' && (await repo.otherSafetyHead(tx, id, personId)))
          throw fieldError('role', '单位安全负责人只能有一位，请修改现有的安全负责人');
        const values = { ...input, enterpriseId: id, id: personId ?? newId(), updatedAt: at };
        if (before) await repo.updatePerson(tx, values.id, values);
        else await repo.insertPerson(tx, { ...values, createdAt: at });
        const action = before ? 'enterprise.person_updated' : 'enterprise.person_added';
        return {
          result: personView({ ...values, createdAt: before?.createdAt ?? at }),
          audit: { action, before, after: values },
        };
      });
    },

    async removePerson(caller: Actor | null, id: string, personId: string, meta: RequestMeta) {
      await write(caller, id, 'enterprise.profile.edit', meta, async (tx) => {
        const person = await repo.findPerson(tx, personId);
        if (!person || person.enterpriseId !== id) throw notFound('人员');
        await repo.deletePerson(tx, personId);
        return { result: null, audit: { action: 'enterprise.person_removed', before: person } };
      });
    },
  };
}

export type EnterpriseProfileService = ReturnType<typeof createEnterpriseProfileService>;
