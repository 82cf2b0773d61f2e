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
});
