import { describe, expect, it } from 'vitest';
import { entryHash } from './audit.ts';

const entry = {
  seq: 7,
  at: new Date('2026-11-23T01:02:03.456Z'),
  actorId: null,
  actorName: null,
  action: 'user.created',
  entityType: 'user',
  entityId: 'u1',
  enterpriseId: null,
  regionCode: null,
  before: null,
  after: { b: 1, a: { y: [1, 2], x: '值' } },
  requestId: 'r',
  ip: '127.0.0.1',
  prevHash: '0'.repeat(64),
};

describe('audit entry hash', () => {
  it('does not depend on key order, as jsonb does not keep it', () => {
    const reordered = { ...entry, after: { a: { x: '值', y: [1, 2] }, b: 1 } };
    expect(entryHash(reordered)).toBe(entryHash(entry));
  });

  it('changes with any field, and with the previous hash', () => {
    const base = entryHash(entry);
    expect(entryHash({ ...entry, after: { b: 2, a: entry.after.a } })).not.toBe(base);
    expect(entryHash({ ...entry, actorName: '某人' })).not.toBe(base);
    expect(entryHash({ ...entry, at: new Date(entry.at.getTime() + 1) })).not.toBe(base);
    expect(entryHash({ ...entry, prevHash: '1'.repeat(64) })).not.toBe(base);
  });
});
