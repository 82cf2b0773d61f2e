import { v7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import type { TestClient } from '../../../test/client.ts';
import { useTestApp } from '../../../test/harness.ts';
import { pngPhoto } from '../../../test/images.ts';

const app = useTestApp();

const report = {
  districtCode: '110102',
  streetCode: '110102001',
  place: '西长安街 12 号院内',
  unitName: '某餐馆',
  description: '后厨液化气瓶放在楼道里，没有固定',
  anonymous: false,
  reporterName: '李群',
  reporterPhone: '13912345678',
};

async function submit(client: TestClient, body: object = report) {
  return client.json('POST', '/api/v1/public-reports', body);
}
async function upload(client: TestClient, code: string, id: string, bytes: Uint8Array, type = 'image/png') {
  const res = await client.request('PUT', `/api/v1/files/report-photos/${id}`, bytes, {
    'content-type': type,
    'x-report-code': code,
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}
const follow = async (client: TestClient, code: string) => {
  const res = await client.request('GET', '/api/v1/public-reports/follow', undefined, {
    'x-report-code': code,
  });
  // biome-ignore lint/suspicious/noExplicitAny: tests read answers loosely, as test/client.ts does
  return { status: res.status, body: (await res.json()) as any };
};
const office = (user: string) => app().signedIn(user);

describe('public reports (P1)', () => {
  it('takes a report without an account, with photos, and answers its follow-up code without the reporter', async () => {
    const pub = app().client();
    const made = await submit(pub);
    expect(made.status).toBe(201);
    expect(made.body.code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{12}$/);
    const photo = v7();
    expect((await upload(pub, made.body.code, photo, pngPhoto(1))).status).toBe(200);
    // A retry of the same photo is the same photo; other bytes under its id are refused.
    expect((await upload(pub, made.body.code, photo, pngPhoto(1))).status).toBe(200);
    expect((await upload(pub, made.body.code, photo, pngPhoto(2))).status).toBe(409);

    // Grouped and lower-case, as a person might type it.
    const typed = made.body.code.toLowerCase().match(/.{4}/g).join('-');
    const seen = await follow(pub, typed);
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({
      status: 'submitted',
      streetName: '西长安街街道',
      photoCount: 1,
      reply: null,
    });
    expect(JSON.stringify(seen.body)).not.toContain('李群');
    expect(JSON.stringify(seen.body)).not.toContain('13912345678');
    expect((await follow(pub, 'ABCDEFGHJKMN')).status).toBe(404);
  });

  it('names each bad field in Chinese, and checks photos by their content and size', async () => {
    const pub = app().client();
    const bad = await submit(pub, {
      ...report,
      place: '',
      description: '漏',
      reporterPhone: '12345',
      districtCode: 'x',
    });
    expect(bad.status).toBe(422);
    const fields = Object.fromEntries(
      bad.body.error.fields.map((f: { path: string; message: string }) => [f.path, f.message]),
    );
    expect(Object.keys(fields).sort()).toEqual(['description', 'districtCode', 'place', 'reporterPhone']);
    expect(fields.reporterPhone).toContain('手机号');
    const wrongStreet = await submit(pub, { ...report, streetCode: '110108006' });
    expect(wrongStreet.status).toBe(422);
    expect(wrongStreet.body.error.fields[0].path).toBe('streetCode');
    // Anonymous: no name or phone needed, and none kept.
    const anon = await submit(pub, {
      ...report,
      anonymous: true,
      reporterName: undefined,
      reporterPhone: undefined,
    });
    expect(anon.status).toBe(201);

    const code = anon.body.code;
    const text = await upload(
      pub,
      code,
      v7(),
      new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'),
    );
    expect(text.status).toBe(422);
    expect(text.body.error.fields[0].path).toBe('file');
    const huge = new Uint8Array(10 * 1024 * 1024 + 1);
    huge.set(pngPhoto(3));
    const big = await upload(pub, code, v7(), huge);
    expect(big.status).toBe(422);
    expect(big.body.error.message).toContain('10 MB');
    for (let i = 0; i < 9; i++) expect((await upload(pub, code, v7(), pngPhoto(10 + i))).status).toBe(200);
    expect((await upload(pub, code, v7(), pngPhoto(30))).status).toBe(409);
    expect((await upload(pub, 'WRONGCODE234', v7(), pngPhoto(31))).status).toBe(404);
  });

  it('refuses a sixth report within the hour from one address with 429', async () => {
    const pub = app().client();
    for (let i = 0; i < 5; i++) expect((await submit(pub)).status).toBe(201);
    const refused = await submit(pub);
    expect(refused.status).toBe(429);
    expect(refused.body.error.message).toContain('过于频繁');
    // Another address is not affected; an hour later the first may report again.
    expect((await submit(app().client())).status).toBe(201);
    const later = new Date(app().clock.now.getTime() + 61 * 60_000);
    app().clock.now = later;
    expect((await submit(pub)).status).toBe(201);
  });

  it('shows a report only to the offices of its place, the reporter only to them', async () => {
    const made = await submit(app().client());
    const id = made.body.id;
    const photo = v7();
    expect((await upload(app().client(), made.body.code, photo, pngPhoto(3))).status).toBe(200);
    for (const user of ['gov-110108006', 'gov-110108']) {
      const other = await office(user);
      expect((await other.json('GET', `/api/v1/public-reports/${id}`)).status, user).toBe(404);
      expect((await other.get(`/api/v1/files/report-photos/${photo}`)).status, user).toBe(404);
      // Every action of the handling office, with a body that would pass: absent, nothing done.
      const actions: [string, object][] = [
        ['verify', { level: 'general', unitName: '某单位', measures: '整改' }],
        ['reward', { amountYuan: 100 }],
      ];
      for (const [action, body] of actions)
        expect(
          (await other.json('POST', `/api/v1/public-reports/${id}/${action}`, body)).status,
          action,
        ).toBe(404);
      const list = (await other.json('GET', '/api/v1/public-reports?limit=200')).body.items;
      expect(
        list.some((r: { id: string }) => r.id === id),
        user,
      ).toBe(false);
      expect(
        (await other.json('POST', `/api/v1/public-reports/${id}/unfounded`, { reason: '无' })).status,
      ).toBe(404);
    }
    for (const user of ['ent-a-admin', 'ent-a-insp1', 'gov-ind-power']) {
      expect((await (await office(user)).json('GET', `/api/v1/public-reports/${id}`)).status, user).toBe(403);
    }
    for (const user of ['gov-110102001', 'gov-110102', 'gov-city', 'admin']) {
      const seen = await (await office(user)).json('GET', `/api/v1/public-reports/${id}`);
      expect(seen.status, user).toBe(200);
      expect(seen.body).toMatchObject({
        reporterName: '李群',
        reporterPhone: '13912345678',
        status: 'submitted',
      });
    }
    const street = await office('gov-110102001');
    const page = (
      await street.json('GET', '/api/v1/public-reports?status=submitted&keyword=液化气&limit=200')
    ).body;
    expect(page.items.some((r: { id: string }) => r.id === id)).toBe(true);
    // The admin reads but does not handle.
    expect(
      (await (await office('admin')).json('POST', `/api/v1/public-reports/${id}/unfounded`, { reason: '无' }))
        .status,
    ).toBe(403);
  });

  it('verifies a report into the ledger as 举报 and takes it through 挂账, 复查 and 销账; rewards it once', async () => {
    const pub = app().client();
    const made = await submit(pub);
    const photo = v7();
    await upload(pub, made.body.code, photo, pngPhoto(40));
    const street = await office('gov-110102001');
    const district = await office('gov-110102');
    const detail = (await street.json('GET', `/api/v1/public-reports/${made.body.id}`)).body;
    expect(detail.photos).toHaveLength(1);
    const img = await street.request('GET', detail.photos[0].url);
    expect(img.status).toBe(200);
    expect(img.headers.get('content-type')).toBe('image/png');
    expect((await (await office('gov-110108')).request('GET', detail.photos[0].url)).status).toBe(404);

    const enterprises = (await street.json('GET', '/api/v1/enterprises?limit=200')).body.items;
    const enterprise = enterprises.find((e: { name: string }) => e.name.includes('电力运维'));
    const verify = {
      enterpriseId: enterprise.id,
      level: 'general',
      measures: '液化气瓶移至专用气瓶间并固定',
      reply: '经核查属实，已责令整改',
    };
    // Reward before verification is the wrong state.
    expect(
      (await street.json('POST', `/api/v1/public-reports/${made.body.id}/reward`, { amountYuan: 200 }))
        .status,
    ).toBe(409);
    const verified = await street.json('POST', `/api/v1/public-reports/${made.body.id}/verify`, verify);
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({
      status: 'verified',
      enterpriseId: enterprise.id,
      ledgerStatus: 'proposed',
    });
    expect((await street.json('POST', `/api/v1/public-reports/${made.body.id}/verify`, verify)).status).toBe(
      409,
    );
    expect(
      (await street.json('POST', `/api/v1/public-reports/${made.body.id}/unfounded`, { reason: '重复' }))
        .status,
    ).toBe(409);
    expect((await upload(pub, made.body.code, v7(), pngPhoto(41))).status).toBe(409);

    const entryId = verified.body.ledgerEntryId;
    const entry = (await district.json('GET', `/api/v1/ledger/${entryId}`)).body;
    expect(entry).toMatchObject({
      source: 'report',
      status: 'proposed',
      hazardId: null,
      enterpriseId: enterprise.id,
    });
    expect(entry.unitName).toBe(enterprise.name);
    expect(entry.measures).toBe(verify.measures);
    expect(entry.history[0].action).toBe('ledger.proposed');

    const listed = await district.json('POST', `/api/v1/ledger/${entryId}/list`, {
      hazardType: 'fire',
      hazardSubtype: 'other',
    });
    expect(listed.status).toBe(200);
    expect(listed.body.ledgerNo).toMatch(/^110102001\d{8}\d{4}$/);
    // No enterprise hazard to wait for: the street office reviews on site.
    const reviewed = await street.json('POST', `/api/v1/ledger/${entryId}/review`, {
      result: 'passed',
      reason: '现场复查',
    });
    expect(reviewed.status).toBe(200);
    expect(reviewed.body.status).toBe('reviewed');
    const closed = await district.json('POST', `/api/v1/ledger/${entryId}/close`, { note: '销账' });
    expect(closed.body.status).toBe('closed');

    const shown = await follow(pub, made.body.code);
    expect(shown.body).toMatchObject({
      status: 'verified',
      reply: '经核查属实，已责令整改',
      rewarded: false,
    });

    const rewarded = await street.json('POST', `/api/v1/public-reports/${made.body.id}/reward`, {
      amountYuan: 500.5,
      note: '按规定奖励实名举报人',
    });
    expect(rewarded.status).toBe(200);
    expect(rewarded.body.rewardFen).toBe(50050);
    expect(
      (await street.json('POST', `/api/v1/public-reports/${made.body.id}/reward`, { amountYuan: 1 })).status,
    ).toBe(409);
    expect((await follow(pub, made.body.code)).body.rewarded).toBe(true);

    const trail = await (await office('admin')).json(
      'GET',
      `/api/v1/audit?entityType=public_report&entityId=${made.body.id}`,
    );
    expect(trail.body.items.map((e: { action: string }) => e.action)).toEqual([
      'public_report.submitted',
      'public_report.photo_added',
      'public_report.verified',
      'public_report.rewarded',
    ]);
    expect(JSON.stringify(trail.body)).not.toContain('13912345678');
  });

  it('records 不属实 with its reason as the answer, and verifies a report with no registered unit', async () => {
    const pub = app().client();
    const street = await office('gov-110102001');
    const a = (await submit(pub)).body;
    const un = await street.json('POST', `/api/v1/public-reports/${a.id}/unfounded`, {
      reason: '现场未发现所述情况',
    });
    expect(un.body.status).toBe('unfounded');
    expect((await follow(pub, a.code)).body).toMatchObject({
      status: 'unfounded',
      reply: '现场未发现所述情况',
    });
    expect(
      (await street.json('POST', `/api/v1/public-reports/${a.id}/reward`, { amountYuan: 1 })).status,
    ).toBe(409);

    const b = (await submit(pub, { ...report, unitName: undefined, anonymous: true })).body;
    const noUnit = await street.json('POST', `/api/v1/public-reports/${b.id}/verify`, { level: 'major' });
    expect(noUnit.status).toBe(422);
    expect(noUnit.body.error.fields[0].path).toBe('unitName');
    const ok = await street.json('POST', `/api/v1/public-reports/${b.id}/verify`, {
      level: 'major',
      unitName: '张某出租房',
    });
    expect(ok.status).toBe(200);
    const entry = (await street.json('GET', `/api/v1/ledger/${ok.body.ledgerEntryId}`)).body;
    expect(entry).toMatchObject({
      source: 'report',
      level: 'major',
      unitName: '张某出租房',
      enterpriseId: null,
      address: report.place,
    });
    // An anonymous reporter cannot be rewarded (measure 10 rewards real-name reporters).
    expect(
      (await street.json('POST', `/api/v1/public-reports/${b.id}/reward`, { amountYuan: 1 })).status,
    ).toBe(409);
    // An enterprise of another district cannot be linked.
    const c = (await submit(pub)).body;
    const haidian = (await (await office('gov-110108')).json('GET', '/api/v1/enterprises?limit=200')).body
      .items[0];
    const foreign = await street.json('POST', `/api/v1/public-reports/${c.id}/verify`, {
      level: 'general',
      enterpriseId: haidian.id,
    });
    expect(foreign.status).toBe(422);
    expect(foreign.body.error.fields[0].path).toBe('enterpriseId');
  });
});
