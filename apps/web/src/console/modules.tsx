import type { Role } from '@ancha/contracts';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Every console module; the key is also the URL segment under /console and the i18n key. */
export const moduleKeys = [
  'home',
  'regions',
  'catalogs',
  'accounts',
  'audit',
  'enterprises',
  'supervision',
  'ledger',
  'reports',
  'plans',
  'stats',
  'notices',
  'reminders',
  'inforeports',
  'profile',
  'sites',
  'records',
  'hazards',
  'standard',
  'users',
  'roles',
  'departments',
  'posts',
  'help',
] as const;
export type ModuleKey = (typeof moduleKeys)[number];

export function modulePath(key: ModuleKey): string {
  return key === 'home' ? '/console' : `/console/${key}`;
}

// Every console role reads and prints the catalogs; only editors see edit actions in them.
const governmentMenu: readonly ModuleKey[] = [
  'home',
  'enterprises',
  'supervision',
  'ledger',
  'reports',
  'plans',
  'stats',
  'notices',
  'reminders',
  'inforeports',
  'catalogs',
  'regions',
  'help',
];

/**
 * The menu of each role, in the order shown. It is also the access rule of the console's pages;
 * the server enforces the real rule on every API call, this only spares users dead ends.
 */
export const menuByRole: Record<Role, readonly ModuleKey[]> = {
  admin: ['home', 'regions', 'catalogs', 'accounts', 'audit', 'help'],
  gov_city: governmentMenu,
  gov_district: governmentMenu,
  gov_street: governmentMenu,
  // Public reports are handled by the offices of the place (P1), not by industry departments.
  gov_industry: governmentMenu.filter((key) => key !== 'reports'),
  // Enterprises read and print the industry catalogs their own standard is tailored from.
  ent_admin: [
    'home',
    'profile',
    'sites',
    'records',
    'hazards',
    'catalogs',
    'standard',
    'users',
    'roles',
    'notices',
    'reminders',
    'departments',
    'posts',
    'help',
  ],
  ent_inspector: [],
};

/** Which module a console URL belongs to, for the menu's highlight. */
export function moduleOfPath(pathname: string): ModuleKey | null {
  const segment = pathname.replace(/^\/console\/?/, '').split('/')[0] ?? '';
  if (segment === '') return 'home';
  return (moduleKeys as readonly string[]).includes(segment) ? (segment as ModuleKey) : null;
}

/** Each page names its module in a level-2 heading, the same words as its menu item. */
export function PageTitle({ module }: { module: ModuleKey }) {
  const { t } = useTranslation('console');
  return (
    <Typography.Title level={2} style={{ fontSize: 20, marginTop: 0, marginBottom: 16 }}>
      {t(`modules.${module}.name`)}
    </Typography.Title>
  );
}
