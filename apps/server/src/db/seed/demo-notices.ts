import { eq } from 'drizzle-orm';
import type { Actor } from '../../lib/access.ts';
import type { Deps } from '../../lib/context.ts';
import { createNoticeSendService } from '../../modules/notices/notice-send.service.ts';
import { createNoticesService } from '../../modules/notices/notices.service.ts';
import type { Database, Tx } from '../client.ts';
import { users } from '../schema/index.ts';

const body = `<p>各有关企业：</p>
<p>为落实“动态排查挂账、全程监督治理、严格验收销账”的要求，请各企业于本月底前完成一次全面的安全隐患自查，并在系统中按时上报自查记录。</p>
<ul><li>对照本企业选定的检查内容逐项检查，如实填写；</li><li>发现的隐患明确整改措施、责任人和整改时限；</li><li>重大事故隐患及时报告属地街道和区安委办。</li></ul>
<p>请各企业安全管理人员登录系统查阅本通知。（演示）</p>`;

/**
 * The demo's 公告通知: 西城区安委办 sends one notice to the enterprises of its district, through
 * the real service on the seed's transaction (its own transaction becomes a savepoint), so
 * ent-a-admin finds one unread notice and gov-110102 its receipt 未读 at once.
 */
export async function seedDemoNotice(tx: Tx, at: Date): Promise<void> {
  // Only the services' database and clock are used, and no email is queued for the demo: the
  // seed has no config or logger to give.
  const deps = { database: { db: tx } as unknown as Database, now: () => at, config: { smtp: null } } as Deps;
  const sender = createNoticeSendService(deps, createNoticesService(deps));
  const [u] = await tx.select().from(users).where(eq(users.username, 'gov-110102'));
  const office: Actor = {
    id: u!.id,
    username: u!.username,
    displayName: u!.displayName,
    role: u!.role,
    regionCode: u!.regionCode,
    industries: u!.industries,
    enterpriseId: null,
    mustChangePassword: false,
    permissions: [],
  };
  await sender.send(
    office,
    {
      title: '关于开展本月安全隐患自查工作的通知',
      bodyHtml: body,
      attachmentIds: [],
      audience: { regionCodes: ['110102'], industries: [], enterpriseIds: [] },
    },
    { actor: office, requestId: 'seed', ip: 'local' },
  );
}
