import type { NoticeAudience, NoticeInput, NoticeSentView } from '@ancha/contracts';
import { eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { enterprises, industries, noticeRecipients, notices, regions } from '../../db/schema/index.ts';
import {
  type Actor,
  CITY_CODE,
  enterpriseInScope,
  enterpriseScopeWhere,
  regionCovers,
  requireAccess,
} from '../../lib/access.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { Deps, RequestMeta } from '../../lib/context.ts';
import { fieldError } from '../../lib/errors.ts';
import { htmlToText, sanitizeRichText } from '../../lib/html.ts';
import { newId } from '../../lib/ids.ts';
import { claimAttachments } from '../attachments/attachments.service.ts';
import { queueEmails } from '../delivery/outbox.ts';
import * as repo from './notices.repository.ts';
import type { NoticesService } from './notices.service.ts';

/** Rows per insert: a city-wide notice reaches thousands of enterprises, under PostgreSQL's parameter cap. */
const CHUNK = 1000;

/**
 * Whether a region code is the sender's to address: the city any district or street, a district
 * itself and its streets, a street only itself. Unknown codes are refused like foreign ones.
 */
async function checkRegions(db: DbOrTx, actor: Actor, codes: string[]): Promise<void> {
  if (codes.length === 0) return;
  const found = await db.select().from(regions).where(inArray(regions.code, codes));
  for (const code of codes) {
    const r = found.find((f) => f.code === code);
    const ok =
      r &&
      (r.level === 2
        ? actor.regionCode === CITY_CODE || actor.regionCode === code
        : r.level === 3 && regionCovers(actor.regionCode, r.parentCode ?? '', code));
    if (!ok) throw fieldError('audience.regionCodes', `所选区域（${r?.name ?? code}）不存在或不在本单位辖区`);
  }
}

/** Known industries, and for an industry department only its own. */
async function checkIndustries(db: DbOrTx, actor: Actor, codes: string[]): Promise<void> {
  if (codes.length === 0) return;
  const found = new Set(
    (await db.select({ code: industries.code }).from(industries).where(inArray(industries.code, codes))).map(
      (i) => i.code,
    ),
  );
  for (const code of codes) {
    if (!found.has(code) || (actor.role === 'gov_industry' && !actor.industries.includes(code)))
      throw fieldError('audience.industries', `所选行业（${code}）不存在或不属于本单位主管`);
  }
}

/** Chosen enterprises must all be in scope: a foreign one is named like a missing one. */
async function checkEnterprises(db: DbOrTx, actor: Actor, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const found = await db.select().from(enterprises).where(inArray(enterprises.id, ids));
  for (const id of ids) {
    const e = found.find((f) => f.id === id);
    if (!e || !enterpriseInScope(actor, e))
      throw fieldError('audience.enterpriseIds', '所选企业不存在或不在本单位辖区');
  }
}

const unique = (xs: string[]) => [...new Set(xs)];

/**
 * 发布通知: the body sanitized, the audience checked against the sender's scope, the recipients
 * fixed from the enterprises it matches now, an email copy queued for each of their users with
 * an address (the outbox job sends it), and the audit entry: all in one transaction.
 */
export function createNoticeSendService({ database, now, config }: Deps, reads: NoticesService) {
  const db = database.db;

  return {
    async send(caller: Actor | null, input: NoticeInput, meta: RequestMeta): Promise<NoticeSentView> {
      const actor = requireAccess(caller, 'notice.send');
      const bodyHtml = sanitizeRichText(input.bodyHtml);
      const text = htmlToText(bodyHtml);
      if (!text) throw fieldError('bodyHtml', '请填写正文');
      const audience: NoticeAudience = {
        regionCodes: unique(input.audience.regionCodes),
        industries: unique(input.audience.industries),
        enterpriseIds: unique(input.audience.enterpriseIds),
      };
      const id = newId();
      const at = now();
      await db.transaction(async (tx) => {
        await checkRegions(tx, actor, audience.regionCodes);
        await checkIndustries(tx, actor, audience.industries);
        await checkEnterprises(tx, actor, audience.enterpriseIds);
        const reached = await repo.recipientIds(
          tx,
          repo.audienceWhere(enterpriseScopeWhere(actor), audience),
        );
        if (reached.length === 0) throw fieldError('audience', '没有符合条件的企业');

        const row = {
          id,
          senderId: actor.id,
          senderName: actor.displayName,
          title: input.title,
          bodyHtml,
          audience,
          attachmentIds: input.attachmentIds,
          sentAt: at,
        };
        await tx.insert(notices).values(row);
        await claimAttachments(tx, actor, input.attachmentIds, 'notice', id);
        for (let i = 0; i < reached.length; i += CHUNK)
          await tx
            .insert(noticeRecipients)
            .values(reached.slice(i, i + CHUNK).map((enterpriseId) => ({ noticeId: id, enterpriseId })));

        const mail = await repo.emailRecipients(tx, reached);
        const subject = `【公告通知】${input.title}`;
        const body = `${actor.displayName}发布了通知《${input.title}》：\n\n${text}\n\n${
          input.attachmentIds.length ? `附件 ${input.attachmentIds.length} 个，` : ''
        }请登录安查查看。`;
        const emailCount = await queueEmails(
          tx,
          config,
          at,
          mail.map((u) => ({
            sourceType: 'notice',
            sourceId: id,
            userId: u.id,
            email: u.email,
            subject,
            text: body,
          })),
        );

        await recordAudit(tx, { ...meta, actor }, at, {
          action: 'notice.sent',
          entityType: 'notice',
          entityId: id,
          regionCode: actor.regionCode,
          after: { ...row, bodyHtml: undefined, recipientCount: reached.length, emailCount },
        });
      });
      return reads.sentOne(actor, id);
    },
  };
}

export type NoticeSendService = ReturnType<typeof createNoticeSendService>;

/** Whether the notice's attachments are the actor's to read: its sender, or a recipient's user. */
export async function mayReadNoticeAttachments(db: DbOrTx, actor: Actor, noticeId: string): Promise<boolean> {
  const [n] = await db.select({ senderId: notices.senderId }).from(notices).where(eq(notices.id, noticeId));
  if (!n) return false;
  if (n.senderId === actor.id) return true;
  return actor.enterpriseId !== null && (await repo.isRecipient(db, noticeId, actor.enterpriseId));
}
