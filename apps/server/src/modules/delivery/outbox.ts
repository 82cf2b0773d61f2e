import type { Config } from '../../config/env.ts';
import type { Tx } from '../../db/client.ts';
import { deliveries } from '../../db/schema/index.ts';
import { newId } from '../../lib/ids.ts';
import { EMAIL_CHANNEL } from './channel.ts';

export interface EmailItem {
  sourceType: 'notice' | 'reminder';
  sourceId: string;
  userId: string;
  /** The user's email; users without one are passed as null and skipped. */
  email: string | null;
  subject: string;
  /** Plain text (for a notice: htmlToText of its body). */
  text: string;
  /** The page that handles it, relative to the web app; made absolute with ANCHA_PUBLIC_URL. */
  link?: string | null;
}

const FOOTER = '此邮件由安查隐患排查治理系统自动发送，请勿直接回复。';

/**
 * Queues emails in the caller's transaction, next to the notice or reminder they carry, so one
 * is never without the other. When SMTP is not configured nothing is queued: rows nobody will
 * send would pile up and go out in a stale burst the day email is turned on. The app itself
 * (unread counts, lists) is the channel every user always has. Returns how many were queued.
 */
export async function queueEmails(tx: Tx, config: Config, at: Date, items: EmailItem[]): Promise<number> {
  if (!config.smtp) return 0;
  const rows = items
    .filter((i) => i.email)
    .map((i) => ({
      id: newId(),
      channel: EMAIL_CHANNEL,
      sourceType: i.sourceType,
      sourceId: i.sourceId,
      userId: i.userId,
      address: i.email!,
      subject: i.subject,
      text: [i.text, i.link && config.publicUrl ? `处理页面：${config.publicUrl}${i.link}` : '', FOOTER]
        .filter(Boolean)
        .join('\n\n'),
      status: 'pending' as const,
      createdAt: at,
    }));
  let queued = 0;
  for (let i = 0; i < rows.length; i += 500) {
    const done = await tx
      .insert(deliveries)
      .values(rows.slice(i, i + 500))
      .onConflictDoNothing()
      .returning({ id: deliveries.id });
    queued += done.length;
  }
  return queued;
}
