import { auth } from './auth.ts';
import { catalogs } from './catalogs.ts';
import { common } from './common.ts';
import { consoleNs } from './console.ts';
import { enterprise } from './enterprise.ts';
import { field } from './field.ts';
import { ledger } from './ledger.ts';
import { mobile } from './mobile.ts';
import { profile } from './profile.ts';

/** One namespace per area, so each area's strings live next to each other. */
export const zhCN = {
  common,
  auth,
  console: consoleNs,
  mobile,
  catalogs,
  enterprise,
  field,
  profile,
  ledger,
};

/** The shape every language must provide: a new language is a new folder typed with this. */
export type Resources = typeof zhCN;
