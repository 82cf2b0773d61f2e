import type { UserSummary } from '@ancha/contracts';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness.ts';

const app = useTestApp();

describe('the account list', () => {
  it('shows an enterprise admin its own enterprise’s accounts only, filtered by role', async () => {
    const a = await app().signedIn('ent-a-admin');
    const inspectors = await a.json('GET', '/api/v1/users?role=ent_inspector');
    expect(inspectors.status).toBe(200);
    expect(inspectors.body.items.map((u: UserSummary) => u.username).sort()).toEqual([
      'ent-a-insp1',
      'ent-a-insp2',
    ]);
    const all = await a.json('GET', '/api/v1/users');
    expect(all.body.items.every((u: UserSummary) => u.username.startsWith('ent-a-'))).toBe(true);
    const b = await app().signedIn('ent-b-admin');
    expect(
      (await b.json('GET', '/api/v1/users')).body.items.map((u: UserSummary) => u.username).sort(),
    ).toEqual(['ent-b-admin', 'ent-b-insp1']);
  });

  it('is refused to inspectors and regulators, and validates its query', async () => {
    for (const who of ['ent-a-insp1', 'gov-110102']) {
      expect((await (await app().signedIn(who)).json('GET', '/api/v1/users')).status).toBe(403);
    }
    expect((await (await app().signedIn('admin')).json('GET', '/api/v1/users?role=boss')).status).toBe(422);
    expect(
      (await (await app().signedIn('admin')).json('GET', '/api/v1/users?limit=200')).body.items.length,
    ).toBe(12);
  });

  it('creates one account when two requests race for the same username, and never answers 500', async () => {
    const a = await app().signedIn('ent-a-admin');
    const body = {
      username: 'ent-a-insp9',
      displayName: '孙九',
      role: 'ent_inspector',
      initialPassword: 'Ancha@2026x',
    };
    const statuses = (await Promise.all([1, 2, 3].map(() => a.json('POST', '/api/v1/users', body)))).map(
      (r) => r.status,
    );
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    // The service's own check (422 on the field) or, in a true race, the unique index (409).
    for (const s of statuses.filter((s) => s !== 201)) expect([409, 422]).toContain(s);
  });
});
