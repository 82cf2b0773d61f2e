import { governmentRoles, type PermissionKey, permissionKeys, type Role } from '@ancha/contracts';
import { and, arrayOverlaps, eq, type SQL } from 'drizzle-orm';
import { enterprises } from '../db/schema/index.ts';
import { AppError, forbidden, notFound, unauthenticated } from './errors.ts';
import { NO_ID } from './paging.ts';

/** The signed-in caller and the scope its role grants (PRODUCT.md, "Who uses it"). */
export interface Actor {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  /** '110000' city, a 6-digit district or a 9-digit street; government roles only. */
  regionCode: string | null;
  industries: string[];
  enterpriseId: string | null;
  mustChangePassword: boolean;
  /** Effective enterprise permissions (E10), see `effectivePermissions`; empty for other roles. */
  permissions: readonly PermissionKey[];
}

export const CITY_CODE = '110000';

const gov = governmentRoles;
/** Which roles may attempt each action; the record's scope is checked after, per record. */
const policy = {
  'audit.verify': ['admin'],
  // 首页 (G7): every signed-in role sees its own counts.
  'home.read': ['admin', ...gov, 'ent_admin', 'ent_inspector'],
  'audit.read': ['admin', ...gov, 'ent_admin'],
  'enterprise.list': ['admin', ...gov],
  'enterprise.read': ['admin', ...gov, 'ent_admin', 'ent_inspector'],
  'enterprise.profile.edit': ['ent_admin'],
  'enterprise.fixed.edit': ['admin', ...gov],
  'user.create': ['admin', 'ent_admin'],
  'user.list': ['admin', 'ent_admin'],
  // 用户管理 and 角色管理 (E10) inside an enterprise: never grantable, so nobody grants themselves more.
  'user.manage': ['ent_admin'],
  'role.manage': ['ent_admin'],
  'catalog.read': ['admin', ...gov, 'ent_admin', 'ent_inspector'],
  'catalog.edit': ['admin', 'gov_industry'],
  // 一企一标准、一岗一清单 (E9): the enterprise administrator keeps its standard, post checklists
  // and hazard grades; its regulators read the standard; its users read the grades to pick one.
  'standard.read': ['admin', ...gov, 'ent_admin', 'ent_inspector'],
  'standard.edit': ['ent_admin'],
  'grade.read': ['ent_admin', 'ent_inspector'],
  'site.read': ['admin', ...gov, 'ent_admin', 'ent_inspector'],
  'site.manage': ['ent_admin'],
  'site.add_own': ['ent_inspector'],
  'site.choose_catalogs': ['ent_admin', 'ent_inspector'],
  'inspection.fill': ['ent_admin', 'ent_inspector'],
  'inspection.report': ['ent_admin'],
  'inspection.read': ['admin', ...gov, 'ent_admin', 'ent_inspector'],
  'hazard.read': ['admin', ...gov, 'ent_admin', 'ent_inspector'],
  'hazard.rectify': ['ent_admin', 'ent_inspector'],
  'hazard.accept': ['ent_admin'],
  // Regulators upload the photos of their supervision inspections, to the inspected enterprise.
  'file.upload': ['ent_admin', 'ent_inspector', ...gov],
  'file.read': ['admin', ...gov, 'ent_admin', 'ent_inspector'],
  'ledger.read': ['admin', ...gov],
  // 挂账 / 退回, 销账, 核查 and 挂牌督办 are the safety office's (district or city); 复查 is on site.
  'ledger.confirm': ['gov_district', 'gov_city'],
  'ledger.review': ['gov_street', 'gov_district'],
  'ledger.close': ['gov_district', 'gov_city'],
  'ledger.verify': ['gov_district', 'gov_city'],
  'ledger.supervise': ['gov_district', 'gov_city'],
  // 监督检查 (G2): only regulators inspect; the inspected enterprise reads its submitted records.
  'supervision.inspect': [...gov],
  'supervision.read': ['admin', ...gov, 'ent_admin', 'ent_inspector'],
  'supervision.export': ['admin', ...gov],
  // 统计分析 (G6): every government office, each figure counted in its own scope.
  'stats.read': ['admin', ...gov],
  'map.read': ['admin', ...gov],
  'map.manage': ['admin'],
  // 监督检查计划 (G5): every office keeps its own; the platform admin is no office.
  'plan.read': [...gov],
  'plan.edit': [...gov],
  // 群众举报 (P1): a report names a place, not an industry, so the offices of its region handle it
  // (street, district, city); industry departments do not. The platform admin may read.
  'report.read': ['admin', 'gov_street', 'gov_district', 'gov_city'],
  'report.handle': ['gov_street', 'gov_district', 'gov_city'],
  // 部门管理、岗位管理 (E9): the enterprise admin keeps them; the enterprise's users read them.
  'org.read': ['ent_admin', 'ent_inspector'],
  'org.manage': ['ent_admin'],
  // 系统提醒 (G7): each user reads and marks only its own reminders; the platform admin gets none.
  'reminder.read': [...gov, 'ent_admin', 'ent_inspector'],
  // 公告通知 (G7): every office sends to the enterprises of its scope and reads its own receipts;
  // the recipients' users read what reached their enterprise.
  'notice.send': [...gov],
  'notice.receive': ['ent_admin', 'ent_inspector'],
  'notice.read': [...gov, 'ent_admin', 'ent_inspector'],
  // 信息报送与工作联系表 (G8): offices report to the office above and keep their own contact list;
  // the platform admin is no office, but may read a report (e.g. to answer a question about it).
  'info_report.submit': [...gov],
  'info_report.read': ['admin', ...gov],
  'office_contact.edit': [...gov],
  // 附件 (G7, G8): documents for notices and information reports come from offices, for content
  // pages from the platform admin; who reads one is up to the record it belongs to.
  'attachment.upload.notice': [...gov],
  'attachment.upload.content': ['admin'],
  'attachment.upload.info_report': [...gov],
  'attachment.read': ['admin', ...gov, 'ent_admin', 'ent_inspector'],
  // 帮助中心 (G7): the platform admin keeps the pages; every signed-in user reads them.
  'content.read': ['admin', ...gov, 'ent_admin', 'ent_inspector'],
  'content.edit': ['admin'],
} as const satisfies Record<string, readonly Role[]>;
export type Action = keyof typeof policy;

/** The policy actions each enterprise permission (contracts/permissions.ts) governs. */
const permissionActions = {
  'inspection.fill': ['inspection.fill'],
  'record.read': ['inspection.read'],
  'inspection.report': ['inspection.report'],
  'hazard.read': ['hazard.read'],
  'hazard.rectify': ['hazard.rectify'],
  'hazard.accept': ['hazard.accept'],
  'site.manage': ['site.manage'],
  'site.add_own': ['site.add_own'],
  'site.choose_catalogs': ['site.choose_catalogs'],
  'enterprise.profile.edit': ['enterprise.profile.edit'],
} as const satisfies Record<PermissionKey, readonly Action[]>;

const governedBy = new Map<Action, PermissionKey[]>();
for (const key of permissionKeys) {
  for (const action of permissionActions[key])
    governedBy.set(action, [...(governedBy.get(action) ?? []), key]);
}

/** What an inspector without an enterprise role may do: the permissions the policy gives its role. */
export const inspectorPolicyPermissions: readonly PermissionKey[] = permissionKeys.filter((key) =>
  permissionActions[key].every((a) => (policy[a] as readonly Role[]).includes('ent_inspector')),
);

/**
 * E10's rule. The enterprise admin has every permission. An inspector holding an enterprise role
 * has the role's permissions plus its own (用户授权), and nothing else: the role is the whole
 * truth once assigned. An inspector with no role keeps the default inspector permissions, plus
 * its own. Other roles are governed by the policy alone. Keys no longer in the catalogue are ignored.
 */
export function effectivePermissions(
  role: Role,
  rolePermissions: readonly string[] | null,
  own: readonly string[],
): PermissionKey[] {
  if (role === 'ent_admin') return [...permissionKeys];
  if (role !== 'ent_inspector') return [];
  const granted = new Set([...(rolePermissions ?? inspectorPolicyPermissions), ...own]);
  return permissionKeys.filter((key) => granted.has(key));
}

/**
 * The first line of every service method: is the caller signed in, and may its role do this?
 * For an inspector, an action a permission governs is allowed exactly when it holds one of its
 * permissions (a grant may give an action the policy reserves for the admin; which records the
 * inspector reaches is still its own scope); any other action follows the policy.
 */
export function requireAccess(actor: Actor | null, action: Action): Actor {
  if (!actor) throw unauthenticated();
  if (actor.mustChangePassword)
    throw new AppError('PASSWORD_CHANGE_REQUIRED', '首次登录或密码已重置，请先修改密码');
  const governing = actor.role === 'ent_inspector' ? governedBy.get(action) : undefined;
  if (governing) {
    if (!governing.some((key) => actor.permissions.includes(key))) throw forbidden('未获授权执行此操作');
    return actor;
  }
  if (!(policy[action] as readonly Role[]).includes(actor.role)) throw forbidden();
  return actor;
}

/** Catalog editors: the platform admin, and an industry department for its own industries. */
export function canEditIndustry(actor: Actor, industryCode: string): boolean {
  return actor.role === 'admin' || (actor.role === 'gov_industry' && actor.industries.includes(industryCode));
}

export function regionCovers(regionCode: string | null, districtCode: string, streetCode: string): boolean {
  if (regionCode === CITY_CODE) return true;
  if (regionCode?.length === 6) return regionCode === districtCode;
  if (regionCode?.length === 9) return regionCode === streetCode;
  return false;
}

export interface ScopedEnterprise {
  id: string;
  districtCode: string;
  streetCode: string;
  industries: string[];
}

export function enterpriseInScope(actor: Actor, e: ScopedEnterprise): boolean {
  switch (actor.role) {
    case 'admin':
      return true;
    case 'ent_admin':
    case 'ent_inspector':
      return actor.enterpriseId === e.id;
    case 'gov_industry':
      return (
        regionCovers(actor.regionCode, e.districtCode, e.streetCode) &&
        e.industries.some((i) => actor.industries.includes(i))
      );
    default:
      return regionCovers(actor.regionCode, e.districtCode, e.streetCode);
  }
}

/** Outside the caller's scope reads as absent: a foreign record's existence is never revealed. */
export function requireEnterpriseInScope<T extends ScopedEnterprise>(actor: Actor, e: T | undefined): T {
  if (!e || !enterpriseInScope(actor, e)) throw notFound('企业');
  return e;
}

/** The same scope as a SQL condition on `enterprises`, for lists; `undefined` means everything. */
export function enterpriseScopeWhere(actor: Actor): SQL | undefined {
  const region = regionWhere(actor.regionCode);
  switch (actor.role) {
    case 'admin':
      return undefined;
    case 'ent_admin':
    case 'ent_inspector':
      return eq(enterprises.id, actor.enterpriseId ?? NO_ID);
    case 'gov_industry':
      return and(region, arrayOverlaps(enterprises.industries, actor.industries));
    default:
      return region;
  }
}

function regionWhere(regionCode: string | null): SQL | undefined {
  if (regionCode === CITY_CODE) return undefined;
  if (regionCode?.length === 6) return eq(enterprises.districtCode, regionCode);
  if (regionCode?.length === 9) return eq(enterprises.streetCode, regionCode);
  // A government account without a region sees nothing rather than everything.
  return eq(enterprises.id, NO_ID);
}
