import { enterpriseRoles, type Me } from '@ancha/contracts';
import type { TFunction } from 'i18next';

export function isEnterpriseUser(me: Me): boolean {
  return enterpriseRoles.includes(me.role);
}

/** What the user answers for: their enterprise, their region, or (industry offices) both. */
export function scopeLabel(me: Me, t: TFunction<'common'>): string {
  const { scope } = me;
  if (isEnterpriseUser(me)) return scope.enterpriseName ?? t('scope.none');
  if (me.role === 'admin' && !scope.regionName) return t('scope.all');
  const region = scope.regionName ?? t('scope.all');
  if (me.role === 'gov_industry' && scope.industries.length > 0) {
    return t('scope.industries', {
      region,
      industries: scope.industries.join(t('scope.listSeparator')),
    });
  }
  return region;
}

/** Today's date as people in Beijing read it, whatever the device's time zone is. */
export function formatToday(language: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'full', timeZone: 'Asia/Shanghai' }).format(now);
}

export function formatDateTime(language: string, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    timeStyle: 'medium',
    timeZone: 'Asia/Shanghai',
  }).format(date);
}

/** A calendar date as people in Beijing read it (2026年11月23日), for documents and lists. */
export function formatDate(language: string, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'Asia/Shanghai' }).format(date);
}
