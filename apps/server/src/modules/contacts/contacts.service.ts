import type {
  OfficeContactEntry,
  OfficeContactInput,
  OfficeContactsBelow,
  OfficeContactView,
} from '@ancha/contracts';
import { eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { officeContacts, users } from '../../db/schema/index.ts';
import { type Actor, requireAccess } from '../../lib/access.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { Deps, RequestMeta } from '../../lib/context.ts';
import { officeNames, officeRegion, officesBelow, requireOffice } from '../../lib/offices.ts';

async function contactsOf(db: DbOrTx, keys: string[]): Promise<Map<string, OfficeContactView>> {
  if (keys.length === 0) return new Map();
  const rows = await db
    .select({ contact: officeContacts, updatedByName: users.displayName })
    .from(officeContacts)
    .innerJoin(users, eq(users.id, officeContacts.updatedBy))
    .where(inArray(officeContacts.officeKey, keys));
  return new Map(
    rows.map(({ contact: c, updatedByName }) => [
      c.officeKey,
      {
        officeKey: c.officeKey,
        unitName: c.unitName,
        people: c.people,
        updatedAt: c.updatedAt.toISOString(),
        updatedByName,
      },
    ]),
  );
}

/**
 * 工作联系表 (seed 003, attachment 4): each office keeps its own, replaced whole on every save;
 * the office above reads those of the offices below it (and sees which have none yet).
 */
export function createContactsService({ database, now }: Deps) {
  const db = database.db;

  async function mine(caller: Actor | null): Promise<OfficeContactEntry> {
    const actor = requireAccess(caller, 'office_contact.edit');
    const key = requireOffice(actor);
    const [names, contacts] = await Promise.all([officeNames(db, [key]), contactsOf(db, [key])]);
    return {
      officeKey: key,
      officeName: names.get(key) ?? actor.displayName,
      contact: contacts.get(key) ?? null,
    };
  }

  return {
    mine,

    async save(
      caller: Actor | null,
      input: OfficeContactInput,
      meta: RequestMeta,
    ): Promise<OfficeContactView> {
      const actor = requireAccess(caller, 'office_contact.edit');
      const key = requireOffice(actor);
      const at = now();
      await db.transaction(async (tx) => {
        // The row locked: a concurrent save waits and records this one as its `before`.
        const [before] = await tx
          .select()
          .from(officeContacts)
          .where(eq(officeContacts.officeKey, key))
          .for('update');
        const fields = { unitName: input.unitName, people: input.people, updatedAt: at, updatedBy: actor.id };
        await tx
          .insert(officeContacts)
          .values({ officeKey: key, ...fields })
          .onConflictDoUpdate({ target: officeContacts.officeKey, set: fields });
        await recordAudit(tx, { ...meta, actor }, at, {
          action: before ? 'office_contact.replaced' : 'office_contact.created',
          entityType: 'office_contact',
          entityId: key,
          regionCode: officeRegion(key),
          before: before && { unitName: before.unitName, people: before.people },
          after: { unitName: input.unitName, people: input.people },
        });
      });
      return (await mine(actor)).contact!;
    },

    /** The offices below the caller's, each with its list or null. */
    async below(caller: Actor | null): Promise<OfficeContactsBelow> {
      const actor = requireAccess(caller, 'office_contact.edit');
      const offices = await officesBelow(db, requireOffice(actor));
      const contacts = await contactsOf(
        db,
        offices.map((o) => o.key),
      );
      return {
        offices: offices.map((o) => ({
          officeKey: o.key,
          officeName: o.name,
          contact: contacts.get(o.key) ?? null,
        })),
      };
    },
  };
}

export type ContactsService = ReturnType<typeof createContactsService>;
