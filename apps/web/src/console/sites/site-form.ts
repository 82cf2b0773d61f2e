import type { IndustryNode, RegionTree, SiteView, UserSummary } from '@ancha/contracts';

// The pure parts of the site form: option lists and the 其他行业 rule, kept out of the components.

/** 乡级 units a site can be placed in; 类似乡级单位 (development zones and the like) are not. */
const streetTypes = new Set(['街道', '镇', '乡', '地区办事处']);

export interface RegionOption {
  value: string;
  label: string;
  children?: RegionOption[];
}

/** 区 › 街道 for the Cascader, leaving out districts with no eligible street. */
export function regionOptions(tree: RegionTree): RegionOption[] {
  return tree.districts
    .map((district) => ({
      value: district.code,
      label: district.name,
      children: district.streets
        .filter((street) => streetTypes.has(street.type))
        .map((street) => ({ value: street.code, label: street.name })),
    }))
    .filter((district) => district.children.length > 0);
}

export interface InspectorOption {
  value: string;
  label: string;
}

/**
 * The enterprise's active inspector accounts, plus whoever its sites already name, so an edited
 * site keeps its inspector even if the account list could not be read. Two people of one name
 * are told apart by their user names.
 */
export function inspectorOptions(
  accounts: readonly UserSummary[],
  sites: readonly SiteView[],
): InspectorOption[] {
  const byId = new Map<string, { name: string; username: string | null }>();
  for (const user of accounts) {
    if (!user.disabled) byId.set(user.id, { name: user.displayName, username: user.username });
  }
  for (const site of sites) {
    if (site.inspectorUserId && !byId.has(site.inspectorUserId)) {
      byId.set(site.inspectorUserId, { name: site.inspectorName, username: null });
    }
  }
  const names = [...byId.values()].map((person) => person.name);
  return [...byId].map(([value, { name, username }]) => ({
    value,
    label: username && names.indexOf(name) !== names.lastIndexOf(name) ? `${name}（${username}）` : name,
  }));
}

/** Which published catalogs are general (其他行业) and which belong to an industry. */
export interface CatalogKinds {
  general: ReadonlySet<string>;
  industry: ReadonlySet<string>;
}

export function catalogKinds(industries: readonly IndustryNode[]): CatalogKinds {
  const general = new Set<string>();
  const industry = new Set<string>();
  for (const node of industries) {
    for (const catalog of node.catalogs) {
      if (!catalog.published) continue;
      (node.general ? general : industry).add(catalog.id);
    }
  }
  return { general, industry };
}

/**
 * The selection after a check: the general catalog and industry catalogs never stand together
 * (GENERAL_CATALOG_RULE), so whichever kind was just added wins and the other kind is dropped.
 */
export function applyCatalogRule(previous: readonly string[], next: readonly string[], kinds: CatalogKinds) {
  const known = next.filter((id) => kinds.general.has(id) || kinds.industry.has(id));
  const added = known.filter((id) => !previous.includes(id));
  if (added.some((id) => kinds.general.has(id))) return known.filter((id) => kinds.general.has(id));
  if (added.some((id) => kinds.industry.has(id))) return known.filter((id) => kinds.industry.has(id));
  return known;
}

/** The industries of a site's catalogs, for the list's 类型 column, each named once. */
export function siteIndustries(site: SiteView): string[] {
  return [...new Set(site.catalogs.map((catalog) => catalog.industryName))];
}
