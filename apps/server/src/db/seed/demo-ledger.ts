import type { AnswerInput } from '@ancha/contracts';
import { and, eq } from 'drizzle-orm';
import { type Actor, effectivePermissions } from '../../lib/access.ts';
import type { Deps, RequestMeta } from '../../lib/context.ts';
import { newId } from '../../lib/ids.ts';
import { createSubmitService } from '../../modules/inspections/inspection-submit.ts';
import * as inspectionsRepo from '../../modules/inspections/inspections.repository.ts';
import { createInspectionsService } from '../../modules/inspections/inspections.service.ts';
import { createLedgerService } from '../../modules/ledger/ledger.service.ts';
import { createLedgerWorkflowService } from '../../modules/ledger/ledger-workflow.service.ts';
import type { Database, Tx } from '../client.ts';
import { catalogs, ledgerEntries, sites, users } from '../schema/index.ts';

/**
 * 办公区域's findings against the first two items of the fire-safety catalog that carry a major
 * clause (1.3.3 消防控制室值班人员未持证上岗, 2.1.1 消防车通道被占用), as 李强 would report them.
 */
const findings = [
  {
    description: '消防控制室夜班值班人员未取得消防设施操作员证书',
    measures: '安排持证人员值班，组织值班人员培训取证',
  },
  { description: '院内消防车通道停放车辆并设置地锁', measures: '清理通道车辆，拆除地锁，施划禁停标线' },
];

/**
 * The demo's ledger: 李强 submits a record of 办公区域 with two major hazards, which the
 * submission proposes for the ledger (E7), and 西城区安委办 lists the first with its number, so
 * a regulator trying the demo finds one entry 待确认 and one 已挂账 at once. Made by the same
 * services as a real submission and 挂账, on the seed's transaction: their own transactions
 * become savepoints of it, so an interrupted seed still leaves nothing behind.
 */
export async function seedDemoLedger(tx: Tx, at: Date): Promise<void> {
  // Only the services' database and clock are used; the seed has no config or logger to give.
  const deps = { database: { db: tx } as unknown as Database, now: () => at } as Deps;
  const inspections = createInspectionsService(deps);
  const submitter = createSubmitService(deps, inspections);
  const workflow = createLedgerWorkflowService(deps, createLedgerService(deps));
  const inspector = await actor(tx, 'ent-a-insp1');
  const office = await actor(tx, 'gov-110102');

  const [site] = await tx
    .select({ id: sites.id })
    .from(sites)
    .where(and(eq(sites.enterpriseId, inspector.enterpriseId!), eq(sites.name, '办公区域')));
  const [catalog] = await tx
    .select({ id: catalogs.id })
    .from(catalogs)
    .where(eq(catalogs.code, 'fire-safety-public'));
  const version = await inspectionsRepo.publishedVersion(tx, catalog!.id);
  const items = await inspectionsRepo.itemsOfVersion(tx, version!.id);
  const major = items.filter((i) => i.major).slice(0, findings.length);
  const answers: AnswerInput[] = items.map((item) => {
    const i = major.indexOf(item);
    if (i < 0) return { itemId: item.id, answer: 'clear' };
    return {
      itemId: item.id,
      answer: 'hazard',
      description: findings[i]!.description,
      level: 'major',
      mode: 'scheduled',
      owner: '周安',
      measures: findings[i]!.measures,
      fundsFen: 200_000,
      deadline: deadline(at),
      contingency: '安排专人值守，配备应急照明',
      specialReport: {
        situation: findings[i]!.description,
        severity: '发生火灾时影响人员疏散和初期处置',
        plan: findings[i]!.measures,
      },
    };
  });

  const id = newId();
  const by = (a: Actor): RequestMeta => ({ actor: a, requestId: 'seed', ip: 'local' });
  const input = { siteId: site!.id, catalogId: catalog!.id, post: '安全员', acknowledged: true, answers };
  await inspections.save(inspector, id, input, by(inspector));
  await submitter.submit(inspector, id, by(inspector));

  const [first] = await tx
    .select({ id: ledgerEntries.id })
    .from(ledgerEntries)
    .where(eq(ledgerEntries.description, findings[0]!.description));
  await workflow.list(
    office,
    first!.id,
    { hazardType: 'fire', hazardSubtype: 'other', note: '演示：确认挂账' },
    by(office),
  );
}

/** A month ahead, as the Beijing date an inspector would pick. */
function deadline(at: Date): string {
  const later = new Date(at.getTime() + 30 * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(later);
}

async function actor(tx: Tx, username: string): Promise<Actor> {
  const [u] = await tx.select().from(users).where(eq(users.username, username));
  return {
    id: u!.id,
    username: u!.username,
    displayName: u!.displayName,
    role: u!.role,
    regionCode: u!.regionCode,
    industries: u!.industries,
    enterpriseId: u!.enterpriseId,
    mustChangePassword: false,
    permissions: effectivePermissions(u!.role, null, u!.permissions),
  };
}
