import { recordAudit } from '../../lib/audit.ts';
import { newId } from '../../lib/ids.ts';
import { hashPassword } from '../../lib/passwords.ts';
import type { Db } from '../client.ts';
import { catalogs, enterprises, safetyPersonnel, siteCatalogs, sites, users } from '../schema/index.ts';
import { DEMO_PASSWORD, demoEnterprises, demoSites, demoUsers } from './demo-data.ts';
import { seedDemoLedger } from './demo-ledger.ts';
import { seedDemoNotice } from './demo-notices.ts';

const system = { actor: null, requestId: 'seed', ip: 'local' };

/**
 * Seeds the demo of API.md into an empty database, in one transaction with its audit entries, so
 * an interrupted seed leaves nothing behind and is simply run again at the next start.
 */
export async function seedDemo(db: Db, now: Date): Promise<void> {
  const hashes = new Map<string, string>();
  for (const u of demoUsers) hashes.set(u.username, await hashPassword(DEMO_PASSWORD));

  await db.transaction(async (tx) => {
    const enterpriseIds = new Map<string, string>();
    for (const e of demoEnterprises) {
      const row = {
        id: newId(),
        name: e.name,
        uscc: e.uscc,
        districtCode: e.districtCode,
        streetCode: e.streetCode,
      };
      const values = {
        ...row,
        address: e.address,
        industries: e.industries,
        ...e.profile,
        isDemo: true,
        createdAt: now,
        updatedAt: now,
      };
      await tx.insert(enterprises).values(values);
      const head = { id: newId(), enterpriseId: row.id, role: 'safety_head' as const, ...e.safetyHead };
      await tx.insert(safetyPersonnel).values({ ...head, createdAt: now, updatedAt: now });
      enterpriseIds.set(e.key, row.id);
      await recordAudit(tx, system, now, {
        action: 'enterprise.created',
        entityType: 'enterprise',
        entityId: row.id,
        enterpriseId: row.id,
        regionCode: e.streetCode,
        after: { ...values, safetyHead: head },
      });
    }

    const userIds = new Map<string, string>();
    for (const u of demoUsers) {
      const id = newId();
      userIds.set(u.username, id);
      const enterpriseId = u.enterprise ? enterpriseIds.get(u.enterprise)! : null;
      await tx.insert(users).values({
        id,
        username: u.username,
        displayName: u.displayName,
        role: u.role,
        passwordHash: hashes.get(u.username)!,
        // Demo accounts are for trying the system at once; real accounts must change their password.
        mustChangePassword: false,
        isDemo: true,
        regionCode: u.regionCode ?? null,
        industries: u.industries ?? [],
        enterpriseId,
        phone: u.phone ?? null,
        createdAt: now,
        updatedAt: now,
      });
      await recordAudit(tx, system, now, {
        action: 'user.created',
        entityType: 'user',
        entityId: id,
        enterpriseId,
        regionCode: u.regionCode ?? null,
        after: { username: u.username, role: u.role, isDemo: true },
      });
    }

    const catalogIds = new Map(
      (await tx.select({ id: catalogs.id, code: catalogs.code }).from(catalogs)).map((c) => [c.code, c.id]),
    );
    for (const s of demoSites) {
      const inspector = demoUsers.find((u) => u.username === s.inspector)!;
      const values = {
        id: newId(),
        enterpriseId: enterpriseIds.get(s.enterprise)!,
        name: s.name,
        districtCode: s.districtCode,
        streetCode: s.streetCode,
        address: s.address,
        inspectorUserId: userIds.get(s.inspector)!,
        inspectorName: inspector.displayName,
        inspectorPhone: inspector.phone!,
        inspectorIdNumber: s.inspectorIdNumber,
        createdBy: null,
        createdAt: now,
        updatedAt: now,
      };
      await tx.insert(sites).values(values);
      const chosen = s.catalogs.map((code) => catalogIds.get(code)!);
      await tx
        .insert(siteCatalogs)
        .values(chosen.map((catalogId, sort) => ({ siteId: values.id, catalogId, sort })));
      await recordAudit(tx, system, now, {
        action: 'site.created',
        entityType: 'site',
        entityId: values.id,
        enterpriseId: values.enterpriseId,
        regionCode: values.streetCode,
        after: { ...values, catalogIds: chosen },
      });
    }

    await seedDemoLedger(tx, now);
    await seedDemoNotice(tx, now);
  });
}
