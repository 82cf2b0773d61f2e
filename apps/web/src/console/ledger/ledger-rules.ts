import {
  HAZARD_TYPE_TREE,
  HAZARD_TYPES,
  type HazardType,
  type LedgerEntryView,
  type RegionTree,
  type Role,
} from '@ancha/contracts';

// The pure parts of the ledger pages: which actions a role may take on an entry, and option lists.

export type LedgerAction = 'list' | 'reject' | 'review' | 'close' | 'supervise' | 'verify';

const safetyOffice: readonly Role[] = ['gov_district', 'gov_city'];
const reviewers: readonly Role[] = ['gov_street', 'gov_district'];

/** Whether the caller may draw entries for 核查 (the server's ledger.verify). */
export const canDraw = (role: Role) => safetyOffice.includes(role);

/**
 * The actions the server would accept from this role on this entry in its present state, so the
 * drawer offers no button that ends in 403 or 409. The server stays the authority: a race with
 * another office still gets its 409, which the form shows. `hazardResolved` is whether the
 * enterprise has reported its fix; 复查 before that is refused.
 */
export function allowedActions(role: Role, entry: LedgerEntryView, hazardResolved: boolean): LedgerAction[] {
  const actions: LedgerAction[] = [];
  const office = safetyOffice.includes(role);
  if (office && entry.status === 'proposed') actions.push('list', 'reject');
  if (reviewers.includes(role) && entry.status === 'listed' && (entry.hazardId === null || hazardResolved))
    actions.push('review');
  if (office && entry.status === 'reviewed') actions.push('close');
  // A district may list it under supervision once; the city also above a district's.
  const level = role === 'gov_city' ? 'city' : 'district';
  const supervisable =
    entry.level === 'major' &&
    entry.status === 'listed' &&
    entry.supervisionLevel !== 'city' &&
    entry.supervisionLevel !== level;
  if (office && supervisable) actions.push('supervise');
  if (office && entry.status === 'closed' && entry.drawnForVerification && entry.verifiedAt === null)
    actions.push('verify');
  return actions;
}

export interface Option<V extends string = string> {
  value: V;
  label: string;
  children?: Option[];
}

/** 隐患类型 › 细分类型 for the 挂账 Cascader; 其他 has no sub-types and is chosen alone. */
export const hazardTypeOptions: Option<HazardType>[] = HAZARD_TYPES.map((type) => {
  const node = HAZARD_TYPE_TREE[type];
  const subtypes = Object.entries(node.subtypes as Record<string, string>);
  return {
    value: type,
    label: node.label,
    ...(subtypes.length > 0 ? { children: subtypes.map(([value, label]) => ({ value, label })) } : {}),
  };
});

/** 重点消防 / 老旧小区, or only the type when it has no sub-type. */
export function hazardTypeLabel(type: HazardType | null, subtype: string | null): string | null {
  if (!type) return null;
  const node = HAZARD_TYPE_TREE[type];
  const sub = subtype ? (node.subtypes as Record<string, string>)[subtype] : undefined;
  return sub ? `${node.label} / ${sub}` : node.label;
}

/**
 * The street filter's choices for the caller's region: a district office picks among its
 * streets; the city (or a city-wide industry department) picks a district, then maybe a street;
 * a street office has nothing to pick.
 */
export function streetOptions(tree: RegionTree, regionCode: string | null): Option[] {
  if (regionCode?.length === 9) return [];
  if (regionCode?.length === 6) {
    const district = tree.districts.find((d) => d.code === regionCode);
    return district?.streets.map((s) => ({ value: s.code, label: s.name })) ?? [];
  }
  return tree.districts.map((d) => ({
    value: d.code,
    label: d.name,
    children: d.streets.map((s) => ({ value: s.code, label: s.name })),
  }));
}
