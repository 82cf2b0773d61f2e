import type {
  ContentListQuery,
  ContentPageInput,
  ContentPageSummary,
  ContentPageView,
} from '@ancha/contracts';
import { v7 } from 'uuid';
import type { z } from 'zod';
import { type Actor, requireAccess } from '../../lib/access.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { Deps, RequestMeta } from '../../lib/context.ts';
import { fieldError, notFound } from '../../lib/errors.ts';
import { htmlToText, sanitizeRichText } from '../../lib/html.ts';
import {
  attachmentRefs,
  claimAttachments,
  registerAttachmentReader,
} from '../attachments/attachments.service.ts';
import * as repo from './content.repository.ts';

type Input = z.output<typeof ContentPageInput>;
type Summary = Awaited<ReturnType<typeof repo.listPages>>[number];

const toSummary = (r: Summary): ContentPageSummary => ({
  ...r,
  publishedAt: r.publishedAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

const CURSOR = /^([01])_(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)_([0-9a-f-]{36})$/i;

function parseCursor(cursor: string | undefined): repo.ContentCursor | undefined {
  if (cursor === undefined) return undefined;
  const m = CURSOR.exec(cursor);
  if (!m) throw fieldError('cursor', '分页游标无效');
  return { pinned: m[1] === '1', publishedAt: m[2]!, id: m[3]! };
}

/** The stored form of an editor's input: sanitized HTML and its text, which must not be empty. */
function body(input: Input) {
  const bodyHtml = sanitizeRichText(input.bodyHtml);
  const bodyText = htmlToText(bodyHtml);
  if (bodyText === '') throw fieldError('bodyHtml', '请填写正文');
  return { bodyHtml, bodyText };
}

/** What the audit trail keeps of a page: everything but the body itself, whose length stands in. */
const audited = (p: {
  category: string;
  title: string;
  source: string | null;
  pinned: boolean;
  bodyText: string;
  attachmentIds: string[];
}) => ({
  category: p.category,
  title: p.title,
  source: p.source,
  pinned: p.pinned,
  bodyLength: p.bodyText.length,
  attachmentIds: p.attachmentIds,
});

/** 帮助中心 (G7): every signed-in user reads; the platform admin writes. */
export function createContentService({ database, now }: Deps) {
  const db = database.db;
  // A page's attachments are as public as the page: any signed-in user, while the page exists.
  registerAttachmentReader('content', (reader, _actor, ownerId) => repo.pageExists(reader, ownerId));

  async function view(id: string): Promise<ContentPageView> {
    const row = await repo.findPage(db, id);
    if (!row) throw notFound('页面');
    return {
      id: row.id,
      category: row.category,
      slug: row.slug,
      title: row.title,
      excerpt: row.bodyText.slice(0, 120),
      source: row.source,
      pinned: row.pinned,
      attachmentCount: row.attachmentIds.length,
      publishedAt: row.publishedAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
      bodyHtml: row.bodyHtml,
      attachments: await attachmentRefs(db, row.attachmentIds),
    };
  }

  return {
    async list(caller: Actor | null, q: ContentListQuery) {
      requireAccess(caller, 'content.read');
      const rows = await repo.listPages(db, {
        category: q.category,
        q: q.q || undefined,
        ...(q.cursor ? { after: parseCursor(q.cursor)! } : {}),
        limit: q.limit + 1,
      });
      const page = rows.slice(0, q.limit);
      const last = page.at(-1);
      return {
        items: page.map(toSummary),
        nextCursor:
          rows.length > q.limit && last
            ? `${last.pinned ? 1 : 0}_${last.publishedAt.toISOString()}_${last.id}`
            : null,
      };
    },

    async get(caller: Actor | null, id: string): Promise<ContentPageView> {
      requireAccess(caller, 'content.read');
      return view(id);
    },

    async create(caller: Actor | null, input: Input, meta: RequestMeta): Promise<ContentPageView> {
      const actor = requireAccess(caller, 'content.edit');
      const id = v7();
      const at = now();
      const row = {
        id,
        category: input.category,
        title: input.title,
        ...body(input),
        attachmentIds: input.attachmentIds,
        source: input.source,
        pinned: input.pinned,
        publishedAt: input.publishedAt ? new Date(input.publishedAt) : at,
        updatedAt: at,
        updatedBy: actor.id,
      };
      await db.transaction(async (tx) => {
        await repo.insertPage(tx, row);
        await claimAttachments(tx, actor, input.attachmentIds, 'content', id);
        await recordAudit(tx, meta, at, {
          action: 'content.create',
          entityType: 'content_page',
          entityId: id,
          after: audited(row),
        });
      });
      return view(id);
    },

    async update(
      caller: Actor | null,
      id: string,
      input: Input,
      meta: RequestMeta,
    ): Promise<ContentPageView> {
      const actor = requireAccess(caller, 'content.edit');
      const at = now();
      await db.transaction(async (tx) => {
        const before = await repo.findPage(tx, id);
        if (!before) throw notFound('页面');
        const patch = {
          category: input.category,
          title: input.title,
          ...body(input),
          attachmentIds: input.attachmentIds,
          source: input.source,
          pinned: input.pinned,
          publishedAt: input.publishedAt ? new Date(input.publishedAt) : before.publishedAt,
          updatedAt: at,
          updatedBy: actor.id,
        };
        await repo.updatePage(tx, id, patch);
        await claimAttachments(tx, actor, input.attachmentIds, 'content', id);
        await recordAudit(tx, meta, at, {
          action: 'content.update',
          entityType: 'content_page',
          entityId: id,
          before: audited(before),
          after: audited(patch),
        });
      });
      return view(id);
    },

    async remove(caller: Actor | null, id: string, meta: RequestMeta): Promise<void> {
      const actor = requireAccess(caller, 'content.edit');
      const at = now();
      await db.transaction(async (tx) => {
        const before = await repo.findPage(tx, id);
        if (!before) throw notFound('页面');
        await repo.deletePage(tx, id);
        // Its documents go back to their uploader alone.
        await claimAttachments(tx, actor, [], 'content', id);
        await recordAudit(tx, meta, at, {
          action: 'content.delete',
          entityType: 'content_page',
          entityId: id,
          before: audited(before),
        });
      });
    },
  };
}

export type ContentService = ReturnType<typeof createContentService>;
