import { auth } from './auth.ts';
import { catalogs } from './catalogs.ts';
import { common } from './common.ts';
import { consoleNs } from './console.ts';
import { enterprise } from './enterprise.ts';
import { field } from './field.ts';
import { help } from './help.ts';
import { home } from './home.ts';
import { infoReports } from './info-reports.ts';
import { ledger } from './ledger.ts';
import { mobile } from './mobile.ts';
import { notices } from './notices.ts';
import { organisation } from './organisation.ts';
import { plans } from './plans.ts';
import { profile } from './profile.ts';
import { registry } from './registry.ts';
import { reminders } from './reminders.ts';
import { reports } from './reports.ts';
import { standard } from './standard.ts';
import { stats } from './stats.ts';
import { supervision } from './supervision.ts';
import { users } from './users.ts';

/** One namespace per area, so each area's strings live next to each other. */
export const zhCN = {
  common,
  auth,
  console: consoleNs,
  mobile,
  organisation,
  catalogs,
  enterprise,
  field,
  help,
  home,
  infoReports,
  profile,
  ledger,
  notices,
  plans,
  registry,
  reminders,
  reports,
  stats,
  supervision,
  standard,
  users,
};

/** The shape every language must provide: a new language is a new folder typed with this. */
export type Resources = typeof zhCN;
