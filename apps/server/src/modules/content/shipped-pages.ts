import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ContentCategory as CategorySchema, type ContentCategory } from '@ancha/contracts';
import { and, eq, sql } from 'drizzle-orm';
import { v7 } from 'uuid';
import type { Db } from '../../db/client.ts';
import { contentPages, jobRuns } from '../../db/schema/index.ts';
import { htmlToText, sanitizeRichText } from '../../lib/html.ts';

/** The pages that ship with the system: 在线帮助 on its own screens, and a few public documents. */
export const SHIPPED_PAGES_DIR = new URL('../../content/help/', import.meta.url);
const JOB = 'content-pages';
/** Shipped pages without a date of their own show this one (the help's edition). */
const EDITION = Date.parse('2026-01-01T00:00:00+08:00');

export interface ShippedPage {
  slug: string;
  category: ContentCategory;
  title: string;
  source: string | null;
  publishedAt: Date;
  bodyHtml: string;
  bodyText: string;
}

const FRONT = /^<!--\n([\s\S]*?)\n-->\n/;

/**
 * One file: an HTML comment of `key: value` lines (title, category, optional source and date),
 * then the body. The slug is the file name, so a page keeps its row across edits.
 */
export function parseShippedPage(fileName: string, text: string, index: number): ShippedPage {
  const m = FRONT.exec(text);
  if (!m) throw new Error(`${fileName}: missing the <!-- title/category --> header`);
  const fields = Object.fromEntries(
    m[1]!.split('\n').map((line) => {
      const at = line.indexOf(':');
      return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
    }),
  );
  const category = CategorySchema.parse(fields.category);
  if (!fields.title) throw new Error(`${fileName}: no title`);
  const bodyHtml = sanitizeRichText(text.slice(m[0].length));
  // Undated pages are spaced a minute apart in file order, so the newest-first list keeps that order.
  const publishedAt = fields.date
    ? new Date(`${fields.date}T00:00:00+08:00`)
    : new Date(EDITION - index * 60_000);
  if (Number.isNaN(publishedAt.getTime())) throw new Error(`${fileName}: bad date ${fields.date}`);
  return {
    slug: fileName.replace(/\.html$/, ''),
    category,
    title: fields.title,
    source: fields.source || null,
    publishedAt,
    bodyHtml,
    bodyText: htmlToText(bodyHtml),
  };
}

function readFiles(dir: string): { name: string; text: string }[] {
  return fs
    .readdirSync(dir)
    .filter((n) => n.endsWith('.html'))
    .sort()
    .map((name) => ({ name, text: fs.readFileSync(path.join(dir, name), 'utf8') }));
}

export function loadShippedPages(dir = SHIPPED_PAGES_DIR.pathname): ShippedPage[] {
  return readFiles(dir).map((f, i) => parseShippedPage(f.name, f.text, i));
}

/**
 * The start-up step (production too: this is the system's own help, not demo data). When the
 * files are byte for byte those loaded last time, nothing is parsed. Otherwise each page is
 * upserted by slug, and rewritten only if its file says something else: a restart never
 * duplicates a page, and an unchanged page keeps its 更新时间.
 */
export async function seedShippedPages(db: Db, now: Date): Promise<number> {
  const files = readFiles(SHIPPED_PAGES_DIR.pathname);
  const hash = createHash('sha256');
  for (const f of files) hash.update(`${f.name}\0${f.text}\0`);
  const fingerprint = hash.digest('hex');
  const seen = await db.query.jobRuns.findFirst({
    where: and(eq(jobRuns.job, JOB), eq(jobRuns.period, fingerprint)),
  });
  if (seen) return 0;

  const pages = files.map((f, i) => parseShippedPage(f.name, f.text, i));
  let changed = 0;
  await db.transaction(async (tx) => {
    for (const p of pages) {
      const rows = await tx
        .insert(contentPages)
        .values({ id: v7(), ...p, updatedAt: now })
        .onConflictDoUpdate({
          target: contentPages.slug,
          set: {
            category: p.category,
            title: p.title,
            source: p.source,
            publishedAt: p.publishedAt,
            bodyHtml: p.bodyHtml,
            bodyText: p.bodyText,
            updatedAt: now,
          },
          setWhere: sql`(${contentPages.category}, ${contentPages.title}, ${contentPages.source}, ${contentPages.publishedAt}, ${contentPages.bodyHtml}) is distinct from (excluded.category, excluded.title, excluded.source, excluded.published_at, excluded.body_html)`,
        })
        .returning({ id: contentPages.id });
      changed += rows.length;
    }
    await tx
      .insert(jobRuns)
      .values({ job: JOB, period: fingerprint, ranAt: now, summary: `pages ${changed}` })
      .onConflictDoNothing();
  });
  return changed;
}
