import './locale.ts';

export * from './audit.ts';
export * from './auth.ts';
export * from './catalog-edits.ts';
export * from './catalogs.ts';
export * from './common.ts';
export * from './enterprise-profile.ts';
export * from './enterprises.ts';
export * from './errors.ts';
export * from './files.ts';
export * from './identifiers.ts';
export * from './inspections.ts';
export * from './ledger.ts';
export * from './ledger-labels.ts';
export * from './ledger-types.ts';
export * from './regions.ts';
export * from './sites.ts';
export * from './users.ts';
