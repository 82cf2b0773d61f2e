export * from './audit.ts';
export * from './catalogs.ts';
export * from './enterprises.ts';
export * from './inspections.ts';
export * from './jobs.ts';
export * from './regions.ts';
export * from './users.ts';
