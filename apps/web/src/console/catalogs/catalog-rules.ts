import type { CatalogDetail, CatalogStatus, Me, VersionSummary } from '@ancha/contracts';

/**
 * Who may edit a catalog: the platform admin, and an industry department for its own industries.
 * The server decides for real (403); this only keeps buttons away from those who would be refused.
 */
export function canEdit(me: Me, industryCode: string): boolean {
  if (me.role === 'admin') return true;
  return me.role === 'gov_industry' && me.scope.industries.includes(industryCode);
}

export const statusColor: Record<CatalogStatus, string> = {
  published: 'green',
  draft: 'gold',
  retired: 'default',
};

/** The one draft a catalog can have at a time (the server refuses a second one with 409). */
export function draftOf(detail: CatalogDetail): VersionSummary | undefined {
  return detail.versions.find((v) => v.status === 'draft');
}

export function publishedOf(detail: CatalogDetail): VersionSummary | undefined {
  return detail.versions.find((v) => v.status === 'published');
}

/** The version before `version` in the history, which a diff compares against. */
export function previousVersion(versions: readonly VersionSummary[], version: number): number | undefined {
  const earlier = versions.map((v) => v.version).filter((n) => n < version);
  return earlier.length > 0 ? Math.max(...earlier) : undefined;
}

export function catalogPath(id: string, version?: number): string {
  return version === undefined ? `/console/catalogs/${id}` : `/console/catalogs/${id}?version=${version}`;
}

export function draftEditorPath(id: string, version: number): string {
  return `/console/catalogs/${id}/versions/${version}/edit`;
}

export function printPath(id: string, version: number): string {
  return `/print/catalogs/${id}?version=${version}`;
}

/** A `?version=` that is not a positive whole number is treated as absent: the published one. */
export function parseVersion(raw: string | null | undefined): number | undefined {
  if (!raw || !/^\d+$/.test(raw)) return undefined;
  const value = Number(raw);
  return value >= 1 ? value : undefined;
}

/**
 * The next free number in a sub-category, so adding an item starts from a sensible default:
 * one past the last item's last part, or `<category>.<sub-category>.1` for an empty one.
 */
export function nextItemNo(existing: readonly string[], categoryIndex: number, subIndex: number): string {
  const last = existing[existing.length - 1];
  if (!last) return `${categoryIndex + 1}.${subIndex + 1}.1`;
  const parts = last.split('.');
  const tail = Number(parts.pop());
  return Number.isFinite(tail) ? [...parts, String(tail + 1)].join('.') : last;
}
