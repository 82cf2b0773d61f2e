import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { v7 } from 'uuid';
import { beforeAll, describe, expect, it } from 'vitest';
import { putAttachment, samplePdf } from '../../../test/attachments.ts';
import { useTestApp } from '../../../test/harness.ts';
import { queryRows } from '../../db/client.ts';
import { newId } from '../../lib/ids.ts';

const app = useTestApp();

const report = (patch: Record<string, unknown> = {}) => ({
  kind: 'work_info',
  title: '西长安街街道开展燃气安全专项检查',
  bodyHtml: '<p>本月检查餐饮单位 <strong>32</strong> 家。</p><script>alert(1)</script>',
  attachmentIds: [],
  ...patch,
});
const count = async () =>
  (await queryRows<{ n: number }>(app().database.db, sql`select count(*)::int as n from info_reports`))[0]!.n;

beforeAll(async () => {
  // 2026-05-20 in Beijing: May is the current month, the second quarter the current quarter.
  app().clock.now = new Date('2026-05-20T10:00:00+08:00');
  // A second 西城 street with an account, which sends nothing: the district must see it as 未报送.
  const admin = await app().signedIn('admin');
  const made = await admin.json('POST', '/api/v1/users', {
    username: 'gov-110102003',
    displayName: '新街口街道办事处',
    role: 'gov_street',
    initialPassword: 'Start@2026x',
    regionCode: '110102003',
  });
  expect(made.status).toBe(201);
});

describe('信息报送 (G8)', () => {
  it('takes a street’s monthly work information to its district, which sees who has not sent one', async () => {
    const street = await app().signedIn('gov-110102001');
    const fileId = v7();
    expect((await putAttachment(street, fileId, samplePdf, 'info_report', '检查照片说明.pdf')).status).toBe(
      200,
    );
    const sent = await street.json('POST', '/api/v1/info-reports', report({ attachmentIds: [fileId] }));
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({
      kind: 'work_info',
      period: '2026-05',
      officeKey: 'gov_street:110102001',
      officeName: '西长安街街道办事处',
      toOfficeKey: 'gov_district:110102',
      toOfficeName: '西城区安委办',
      own: true,
      attachments: [{ id: fileId, name: '检查照片说明.pdf' }],
    });
    expect(sent.body.bodyHtml).toBe('<p>本月检查餐饮单位 <strong>32</strong> 家。</p>');
    const mine = (await street.json('GET', '/api/v1/info-reports')).body.items;
    expect(mine.map((r: { id: string }) => r.id)).toEqual([sent.body.id]);

    const district = await app().signedIn('gov-110102');
    const received = (await district.json('GET', '/api/v1/info-reports/received?period=2026-05')).body.items;
    expect(received.map((r: { id: string }) => r.id)).toEqual([sent.body.id]);
    const detail = await district.json('GET', `/api/v1/info-reports/${sent.body.id}`);
    expect(detail.body).toMatchObject({ own: false, title: report().title, attachments: [{ id: fileId }] });
    expect((await district.get(`/api/v1/attachments/${fileId}`)).status).toBe(200);

    const overview = (await district.json('GET', '/api/v1/info-reports/overview?period=2026-05')).body;
    expect(overview).toMatchObject({
      period: '2026-05',
      periodLabel: '2026年5月',
      submittedCount: 1,
      missingCount: 1,
    });
    expect(overview.kinds).toEqual(['work_info', 'typical_case']);
    expect(
      overview.offices.map((o: { officeName: string; submitted: boolean }) => [o.officeName, o.submitted]),
    ).toEqual([
      ['新街口街道办事处', false],
      ['西长安街街道办事处', true],
    ]);
    // The default period is the current month.
    expect((await district.json('GET', '/api/v1/info-reports/overview')).body.submittedCount).toBe(1);
    expect(
      (await district.json('GET', '/api/v1/info-reports/overview?period=2026-04')).body.submittedCount,
    ).toBe(0);

    const xlsx = await district.get('/api/v1/info-reports/overview.xlsx?period=2026-05');
    expect(xlsx.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await xlsx.arrayBuffer()) as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getCell('A1').text).toBe('信息报送情况（2026年5月）');
    expect(sheet.getRow(3).values).toEqual([undefined, '序号', '单位名称', '报送情况', '篇数', '报送内容']);
    expect([sheet.getCell('B4').text, sheet.getCell('C4').text]).toEqual(['新街口街道办事处', '未报送']);
    expect([sheet.getCell('B5').text, sheet.getCell('C5').text]).toEqual(['西长安街街道办事处', '已报送']);
    expect(sheet.getCell('E5').text).toContain('【工作信息】西长安街街道开展燃气安全专项检查');

    const trail = await queryRows<{ action: string }>(
      app().database.db,
      sql`select action from audit_log where entity_id = ${sent.body.id}`,
    );
    expect(trail.map((t) => t.action)).toEqual(['info_report.submitted']);

    // Another district, the city and the sender's neighbours read it as absent; the admin may read.
    const missing = await district.json('GET', `/api/v1/info-reports/${newId()}`);
    for (const user of ['gov-110108', 'gov-city', 'gov-110108006']) {
      const other = await app().signedIn(user);
      const res = await other.json('GET', `/api/v1/info-reports/${sent.body.id}`);
      expect(res.status, user).toBe(404);
      expect(res.body.error.message).toBe(missing.body.error.message);
      expect((await other.get(`/api/v1/attachments/${fileId}`)).status, user).toBe(404);
      const lists = [
        (await other.json('GET', '/api/v1/info-reports/received')).body.items,
        (await other.json('GET', '/api/v1/info-reports')).body.items,
        (await other.json('GET', '/api/v1/info-reports/overview?period=2026-05')).body.offices.flatMap(
          (o: { reports: unknown[] }) => o.reports,
        ),
      ].flat();
      expect(lists.map((r: { id: string }) => r.id)).not.toContain(sent.body.id);
    }
    const admin = await app().signedIn('admin');
    expect((await admin.json('GET', `/api/v1/info-reports/${sent.body.id}`)).status).toBe(200);
  });

  it('refuses enterprise users by role, and the city, which has no office above', async () => {
    const before = await count();
    const enterprise = await app().signedIn('ent-a-admin');
    expect((await enterprise.json('POST', '/api/v1/info-reports', report())).status).toBe(403);
    expect((await enterprise.json('GET', '/api/v1/info-reports/overview')).status).toBe(403);
    expect((await enterprise.json('GET', '/api/v1/info-reports')).status).toBe(403);
    expect((await enterprise.json('GET', `/api/v1/info-reports/${newId()}`)).status).toBe(403);
    const admin = await app().signedIn('admin');
    expect((await admin.json('POST', '/api/v1/info-reports', report())).status).toBe(403);
    const city = await app().signedIn('gov-city');
    const refused = await city.json('POST', '/api/v1/info-reports', report());
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain('没有上级单位');
    expect(await count()).toBe(before);
  });

  it('answers bad input with 422 naming the field, in Chinese, and stores nothing', async () => {
    const street = await app().signedIn('gov-110108006');
    const neighbour = await app().signedIn('gov-110102001');
    const foreignFile = v7();
    await putAttachment(neighbour, foreignFile, samplePdf, 'info_report');
    const before = await count();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ title: ' ' }, 'title', '请填写标题'],
      [{ bodyHtml: '<p></p><script>x</script>' }, 'bodyHtml', '请填写正文'],
      [{ kind: 'weekly' }, 'kind', '报送类型应为工作信息、典型案例或工作总结'],
      [{ period: '2026-Q2' }, 'period', '工作信息和典型案例按月报送，期间应为 YYYY-MM'],
      [{ period: '2026-06' }, 'period', '不能报送尚未开始的月份或季度'],
      [{ kind: 'quarterly_summary', period: '2026-05' }, 'period', '工作总结按季度报送，期间应为 YYYY-Qn'],
      [{ kind: 'quarterly_summary', period: '2026-Q3' }, 'period', '不能报送尚未开始的月份或季度'],
      [{ period: '2026-13' }, 'period', '报送期间应为 YYYY-MM（月）或 YYYY-Qn（季度）'],
      [{ attachmentIds: [foreignFile] }, 'attachmentIds', '第 1 个附件不存在或不可使用，请重新上传'],
    ];
    for (const [patch, path, message] of cases) {
      const res = await street.json('POST', '/api/v1/info-reports', report(patch));
      expect(res.status, JSON.stringify(patch)).toBe(422);
      expect(res.body.error.fields, JSON.stringify(patch)).toContainEqual({ path, message });
    }
    expect((await street.json('GET', '/api/v1/info-reports/overview?period=2026-5')).status).toBe(422);
    expect(await count()).toBe(before);
  });

  it('counts a quarter by its summary only, and a month by either monthly kind', async () => {
    const street = await app().signedIn('gov-110108006');
    const late = await street.json(
      'POST',
      '/api/v1/info-reports',
      report({ kind: 'typical_case', period: '2026-04' }),
    );
    expect(late.body).toMatchObject({
      period: '2026-04',
      toOfficeKey: 'gov_district:110108',
      toOfficeName: '海淀区安委办',
    });
    const district = await app().signedIn('gov-110108');
    const quarter = async () =>
      (await district.json('GET', '/api/v1/info-reports/overview?period=2026-Q2')).body.offices.find(
        (o: { officeKey: string }) => o.officeKey === 'gov_street:110108006',
      );
    expect((await quarter()).submitted).toBe(false);
    const april = (await district.json('GET', '/api/v1/info-reports/overview?period=2026-04')).body;
    expect(april.offices).toMatchObject([{ officeName: '紫竹院街道办事处', submitted: true }]);

    const summary = await street.json('POST', '/api/v1/info-reports', report({ kind: 'quarterly_summary' }));
    expect(summary.status).toBe(201);
    expect(summary.body.period).toBe('2026-Q2');
    expect(await quarter()).toMatchObject({ submitted: true, reports: [{ id: summary.body.id }] });
    const kinds = await district.json('GET', '/api/v1/info-reports/received?kind=quarterly_summary');
    expect(kinds.body.items.map((r: { id: string }) => r.id)).toEqual([summary.body.id]);
  });

  it('shows the city its districts and city-wide departments', async () => {
    const district = await app().signedIn('gov-110102');
    const sent = await district.json('POST', '/api/v1/info-reports', report({ title: '西城区五月工作信息' }));
    expect(sent.body).toMatchObject({ toOfficeKey: 'gov_city:110000', toOfficeName: '北京市安委办' });
    const city = await app().signedIn('gov-city');
    const overview = (await city.json('GET', '/api/v1/info-reports/overview')).body;
    expect(
      overview.offices.map((o: { officeName: string; submitted: boolean }) => [o.officeName, o.submitted]),
    ).toEqual([
      ['海淀区安委办', false],
      ['电力行业主管部门', false],
      ['西城区安委办', true],
    ]);
  });
});
