import { randomUUID } from 'node:crypto';
import { v7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import type { TestClient } from '../../../test/client.ts';
import { useTestApp } from '../../../test/harness.ts';

const app = useTestApp();
// A 1×1 PNG: enough for the upload's type sniffing.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

const enterpriseOf = async (client: TestClient) =>
  (await client.json('GET', '/api/v1/me')).body.user.scope.enterpriseId as string;

const profileBody = (patch: Record<string, unknown> = {}) => ({
  address: '西城区西长安街街道演示路 1 号',
  legalRepresentative: '张伟',
  legalRepresentativePhone: '13900000001',
  principalName: '刘明',
  principalPhone: '010-66001234',
  phone: '010-66001200',
  staffCount: 86,
  nature: 'private',
  scale: 'small',
  establishedOn: '2015-03-18',
  registeredCapitalFen: 500_000_000,
  hasSafetyOrg: true,
  safetyOrgName: '安全生产管理部',
  hasMajorHazardSource: false,
  ...patch,
});

async function uploaded(client: TestClient) {
  const id = v7();
  const res = await client.upload(id, PNG, 'enterprise');
  expect(res.status).toBe(200);
  return id;
}

describe('enterprise profile', () => {
  it('lets the enterprise admin read and save the variable fields', async () => {
    const admin = await app().signedIn('ent-a-admin');
    const a = await enterpriseOf(admin);
    const read = await admin.json('GET', `/api/v1/enterprises/${a}/profile`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ districtName: '西城区', industries: [{ code: 'power' }] });

    const saved = await admin.json('PUT', `/api/v1/enterprises/${a}/profile`, profileBody());
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      staffCount: 86,
      establishedOn: '2015-03-18',
      registeredCapitalFen: 500_000_000,
    });
    const again = await admin.json('GET', `/api/v1/enterprises/${a}/profile`);
    expect(again.body).toMatchObject({ legalRepresentative: '张伟', safetyOrgName: '安全生产管理部' });
    const inspector = await app().signedIn('ent-a-insp1');
    expect((await inspector.json('GET', `/api/v1/enterprises/${a}/profile`)).status).toBe(200);
    expect((await inspector.json('PUT', `/api/v1/enterprises/${a}/profile`, profileBody())).status).toBe(403);
  });

  it('lists every missing required field and changes nothing', async () => {
    const admin = await app().signedIn('ent-a-admin');
    const a = await enterpriseOf(admin);
    const before = (await admin.json('GET', `/api/v1/enterprises/${a}/profile`)).body;
    const res = await admin.json('PUT', `/api/v1/enterprises/${a}/profile`, {
      address: '',
      legalRepresentativePhone: '12345',
      staffCount: -1,
    });
    expect(res.status).toBe(422);
    const paths = res.body.error.fields.map((f: { path: string }) => f.path);
    for (const field of ['address', 'legalRepresentative', 'legalRepresentativePhone', 'principalName'])
      expect(paths).toContain(field);
    expect(paths).toEqual(expect.arrayContaining(['principalPhone', 'staffCount', 'nature']));
    const follow = await admin.json(
      'PUT',
      `/api/v1/enterprises/${a}/profile`,
      profileBody({ safetyOrgName: '', hasMajorHazardSource: true }),
    );
    expect(follow.status).toBe(422);
    expect(follow.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual([
      'majorHazardSourceCount',
      'safetyOrgName',
    ]);
    expect((await admin.json('GET', `/api/v1/enterprises/${a}/profile`)).body).toEqual(before);
  });

  it('keeps the fixed fields to regulators in scope, with the change in the audit trail', async () => {
    const admin = await app().signedIn('ent-a-admin');
    const a = await enterpriseOf(admin);
    const original = (await admin.json('GET', `/api/v1/enterprises/${a}/profile`)).body;
    const sneaky = await admin.json(
      'PUT',
      `/api/v1/enterprises/${a}/profile`,
      profileBody({ name: '改名公司' }),
    );
    expect(sneaky.status).toBe(200);
    expect(sneaky.body.name).toBe(original.name);
    const fixed = {
      name: '北京改名电力有限公司',
      uscc: '91110102MA01ANCH08',
      streetCode: '110102001',
      industries: ['power'],
    };
    expect((await admin.json('PUT', `/api/v1/enterprises/${a}/fixed`, fixed)).status).toBe(403);

    const gov = await app().signedIn('gov-110102');
    const bad = await gov.json('PUT', `/api/v1/enterprises/${a}/fixed`, {
      ...fixed,
      uscc: '91110102MA01ANCH09',
    });
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields.map((f: { path: string }) => f.path)).toEqual(['uscc']);
    const taken = await gov.json('PUT', `/api/v1/enterprises/${a}/fixed`, {
      ...fixed,
      uscc: '91110108MA01ANCH12',
    });
    expect(taken.status).toBe(409);
    expect(taken.body.error.message).toContain('已被其他企业使用');
    const ok = await gov.json('PUT', `/api/v1/enterprises/${a}/fixed`, {
      ...fixed,
      uscc: '91110102MA01ANCH1B',
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({
      name: '北京改名电力有限公司',
      uscc: '91110102MA01ANCH1B',
      streetName: '西长安街街道',
    });

    const trail = await gov.json('GET', `/api/v1/audit?entityType=enterprise&entityId=${a}`);
    const entry = trail.body.items.find((e: { action: string }) => e.action === 'enterprise.fixed_updated');
    expect(entry.before).toMatchObject({ name: original.name, uscc: original.uscc });
    expect(entry.after).toMatchObject({ name: '北京改名电力有限公司', uscc: '91110102MA01ANCH1B' });
    expect(entry.actorName).toContain('gov-110102');

    const haidian = await app().signedIn('gov-110108');
    expect((await haidian.json('GET', `/api/v1/enterprises/${a}/profile`)).status).toBe(404);
    expect((await haidian.json('PUT', `/api/v1/enterprises/${a}/fixed`, fixed)).status).toBe(404);
  });

  it('adds images from the enterprise’s own uploads only', async () => {
    const admin = await app().signedIn('ent-a-admin');
    const a = await enterpriseOf(admin);
    const fileId = await uploaded(admin);
    const image = { id: v7(), fileId, kind: 'business_license', title: '营业执照正本' };
    const added = await admin.json('POST', `/api/v1/enterprises/${a}/images`, image);
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ title: '营业执照正本', url: `/api/v1/files/${fileId}` });
    expect((await admin.json('POST', `/api/v1/enterprises/${a}/images`, image)).status).toBe(201);
    const list = await admin.json('GET', `/api/v1/enterprises/${a}/images`);
    expect(list.body.items.map((i: { id: string }) => i.id)).toEqual([image.id]);
    // Attached to the profile, the photo is readable by the district in scope.
    const gov = await app().signedIn('gov-110102');
    expect((await gov.request('GET', `/api/v1/files/${fileId}`)).status).toBe(200);

    const bFile = await uploaded(await app().signedIn('ent-b-admin'));
    const foreign = await admin.json('POST', `/api/v1/enterprises/${a}/images`, {
      ...image,
      id: v7(),
      fileId: bFile,
    });
    expect(foreign.status).toBe(422);
    expect(foreign.body.error.fields[0].path).toMatch(/^fileId/);

    expect((await admin.json('DELETE', `/api/v1/enterprises/${a}/images/${image.id}`)).status).toBe(204);
    expect((await admin.json('GET', `/api/v1/enterprises/${a}/images`)).body.items).toEqual([]);
    expect((await admin.json('DELETE', `/api/v1/enterprises/${a}/images/${image.id}`)).status).toBe(404);
  });

  it('adds, edits and removes safety personnel, with one safety head at most', async () => {
    const admin = await app().signedIn('ent-a-admin');
    const a = await enterpriseOf(admin);
    const base = `/api/v1/enterprises/${a}/personnel`;
    // The demo seeds 周安 as enterprise A's safety head.
    const [head] = (await admin.json('GET', base)).body.items;
    expect(head).toMatchObject({ role: 'safety_head', name: '周安' });
    const person = { role: 'safety_head', name: '吴全', position: '安全员', phone: '13900000011' };
    const second = await admin.json('POST', base, person);
    expect(second.status).toBe(422);
    expect(second.body.error.fields[0].path).toBe('role');
    const staff = await admin.json('POST', base, { ...person, role: 'full_time', certificateNo: 'AQ-001' });
    expect(staff.status).toBe(201);
    expect(staff.body).toMatchObject({ name: '吴全', certificateNo: 'AQ-001' });
    expect((await admin.json('PUT', `${base}/${staff.body.id}`, person)).status).toBe(422);
    const edited = await admin.json('PUT', `${base}/${head.id}`, { ...head, phone: '010-66001299' });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ name: '周安', phone: '010-66001299' });
    expect((await admin.json('DELETE', `${base}/${staff.body.id}`)).status).toBe(204);
    const list = await admin.json('GET', base);
    expect(list.body.items.map((p: { name: string }) => p.name)).toEqual(['周安']);
  });

  it('answers 404 to another enterprise’s admin on every endpoint of A', async () => {
    const admin = await app().signedIn('ent-a-admin');
    const a = await enterpriseOf(admin);
    const image = { id: v7(), fileId: await uploaded(admin), kind: 'site_photo', title: '厂区' };
    const imageId = (await admin.json('POST', `/api/v1/enterprises/${a}/images`, image)).body.id;
    const person = { role: 'part_time', name: '郑平', position: '', phone: '13900000021', certificateNo: '' };
    const personId = (await admin.json('POST', `/api/v1/enterprises/${a}/personnel`, person)).body.id;

    const b = await app().signedIn('ent-b-admin');
    const bImage = { ...image, id: v7(), fileId: await uploaded(b) };
    const calls: [string, string, unknown?][] = [
      ['GET', `/enterprises/${a}/profile`],
      ['PUT', `/enterprises/${a}/profile`, profileBody()],
      [
        'PUT',
        `/enterprises/${a}/fixed`,
        { name: 'X', uscc: '91110102MA01ANCH08', streetCode: '110102001', industries: ['power'] },
      ],
      ['GET', `/enterprises/${a}/images`],
      ['POST', `/enterprises/${a}/images`, bImage],
      ['DELETE', `/enterprises/${a}/images/${imageId}`],
      ['GET', `/enterprises/${a}/personnel`],
      ['POST', `/enterprises/${a}/personnel`, person],
      ['PUT', `/enterprises/${a}/personnel/${personId}`, person],
      ['DELETE', `/enterprises/${a}/personnel/${personId}`],
      ['GET', `/enterprises/${randomUUID()}/profile`],
    ];
    for (const [method, path, body] of calls)
      expect([method, path, (await b.json(method, `/api/v1${path}`, body)).status]).toEqual([
        method,
        path,
        404,
      ]);
    // B's own enterprise cannot reach A's records by their ids either.
    const own = await enterpriseOf(b);
    expect((await b.json('DELETE', `/api/v1/enterprises/${own}/images/${imageId}`)).status).toBe(404);
    expect((await b.json('PUT', `/api/v1/enterprises/${own}/personnel/${personId}`, person)).status).toBe(
      404,
    );
    expect((await b.json('DELETE', `/api/v1/enterprises/${own}/personnel/${personId}`)).status).toBe(404);
    expect((await admin.json('GET', `/api/v1/enterprises/${a}/personnel`)).body.items).toHaveLength(2);
  });
});
