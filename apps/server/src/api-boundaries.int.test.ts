import { sql } from 'drizzle-orm';
import { v7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../test/harness.ts';
import { enterpriseARecords, type Ids, validProfile as profile } from '../test/tenant-records.ts';
import { queryRows } from './db/client.ts';

// Two rules checked on every route of the OpenAPI document, so a new endpoint cannot skip them:
// another tenant's ids read as absent (404), and bad input is a 422 that names each field and
// changes nothing.

const app = useTestApp();

interface Call {
  body?: (ids: Ids) => unknown;
  /** The roles that may attempt the action at all; others get 403 whatever the id. */
  roles?: ('ent_admin' | 'ent_inspector')[];
}

/** Each route with a record id in its path, and a body that would pass validation. */
const calls: Record<string, Call> = {
  'GET /enterprises/{id}': {},
  'GET /enterprises/{id}/profile': {},
  'PUT /enterprises/{id}/profile': { body: () => profile, roles: ['ent_admin'] },
  'PUT /enterprises/{id}/fixed': {
    body: () => ({
      name: '某公司',
      uscc: '91110102MA01ANCH08',
      streetCode: '110102001',
      industries: ['power'],
    }),
    roles: [],
  },
  'GET /enterprises/{id}/images': {},
  'POST /enterprises/{id}/images': {
    body: (ids) => ({ id: v7(), fileId: ids.fileId, kind: 'other', title: '照片' }),
    roles: ['ent_admin'],
  },
  'DELETE /enterprises/{id}/images/{imageId}': { roles: ['ent_admin'] },
  'GET /enterprises/{id}/personnel': {},
  'POST /enterprises/{id}/personnel': {
    body: () => ({ role: 'part_time', name: '钱七', position: '', phone: '13800000124', certificateNo: '' }),
    roles: ['ent_admin'],
  },
  'PUT /enterprises/{id}/personnel/{personId}': {
    body: () => ({ role: 'part_time', name: '钱七', position: '', phone: '13800000124', certificateNo: '' }),
    roles: ['ent_admin'],
  },
  'DELETE /enterprises/{id}/personnel/{personId}': { roles: ['ent_admin'] },
  'GET /sites/{id}': {},
  'PUT /sites/{id}': {
    body: (ids) => ({
      name: '仓库',
      streetCode: '110108006',
      address: '',
      inspectorUserId: ids.enterpriseId,
      inspectorPhone: '13800000125',
      inspectorIdNumber: '110102199001011233',
      catalogIds: [ids.x.catalog.id],
    }),
    roles: ['ent_admin'],
  },
  'PUT /sites/{id}/catalogs': { body: (ids) => ({ catalogIds: [ids.x.catalog.id] }) },
  'GET /inspections/{id}': {},
  'PUT /inspections/{id}': {
    body: (ids) => ({ siteId: ids.siteId, catalogId: ids.x.catalog.id, acknowledged: false, answers: [] }),
  },
  'POST /inspections/{id}/submit': {},
  // Supervision inspections (G2): only regulators write; enterprise users read their own enterprise's.
  'GET /supervision-inspections/{id}': {},
  'PUT /supervision-inspections/{id}': {
    body: (ids) => ({ siteId: ids.siteId, catalogId: ids.x.catalog.id, answers: [] }),
    roles: [],
  },
  'POST /supervision-inspections/{id}/submit': { roles: [] },
  'GET /hazards/{id}': {},
  'PUT /hazards/{id}': { body: () => ({ description: '改写' }) },
  'DELETE /hazards/{id}': {},
  'POST /hazards/{id}/rectification': { body: () => ({ note: '已整改', result: '合格', spentFen: 0 }) },
  'POST /hazards/{id}/acceptance': { body: () => ({ passed: true }), roles: ['ent_admin'] },
  'GET /files/{id}': {},
  // 企业标准、岗位清单 (E9): B has no standard, so A's item ids are absent to it; standards.int and
  // post-inspections.int call these with A's real standard items and posts.
  'GET /enterprises/{id}/standard': {},
  'PATCH /standard/items/{itemId}': { body: () => ({ text: '改写' }), roles: ['ent_admin'] },
  'DELETE /standard/items/{itemId}': { roles: ['ent_admin'] },
  'GET /posts/{id}/checklist': {},
  'PUT /posts/{id}/checklist': { body: () => ({ itemNos: [] }), roles: ['ent_admin'] },
  // The ledger is the regulators' alone: enterprise users are refused whatever the id.
  'GET /ledger/{id}': { roles: [] },
  'POST /ledger/{id}/list': { body: () => ({ hazardType: 'fire', hazardSubtype: 'other' }), roles: [] },
  'POST /ledger/{id}/reject': { body: () => ({ reason: '不属于安全隐患' }), roles: [] },
  'POST /ledger/{id}/review': { body: () => ({ result: 'passed' }), roles: [] },
  'POST /ledger/{id}/close': { body: () => ({}), roles: [] },
  'POST /ledger/{id}/supervise': { body: () => ({}), roles: [] },
  'POST /ledger/{id}/verify': { body: () => ({ result: 'passed' }), roles: [] },
  // Plans are the government offices' own: enterprise users are refused whatever the id or year.
  'GET /plans/{id}': { roles: [] },
  'PUT /plans/{year}': {
    body: () => ({ unitName: '某单位', targetInspections: 1, verificationPercent: 10, rows: [] }),
    roles: [],
  },
  // Public reports (P1): the public uploads by the report's code (none here: 404); the rest is
  // the handling offices', so enterprise users are refused whatever the id.
  'PUT /files/report-photos/{id}': {},
  'GET /files/report-photos/{id}': { roles: [] },
  'GET /public-reports/{id}': { roles: [] },
  'POST /public-reports/{id}/verify': { body: () => ({ level: 'general', unitName: '某单位' }), roles: [] },
  'POST /public-reports/{id}/unfounded': { body: () => ({ reason: '现场未发现' }), roles: [] },
  'POST /public-reports/{id}/reward': { body: () => ({ amountYuan: 100 }), roles: [] },
  // 用户管理 and 角色管理 (E10): the enterprise admin's alone; another enterprise's ids are absent.
  'PATCH /users/{id}': { body: () => ({ displayName: '赵六' }), roles: ['ent_admin'] },
  'POST /users/{id}/disable': { roles: ['ent_admin'] },
  'POST /users/{id}/enable': { roles: ['ent_admin'] },
  'POST /users/{id}/password-reset': { roles: ['ent_admin'] },
  'PUT /users/{id}/permissions': { body: () => ({ permissions: [] }), roles: ['ent_admin'] },
  'PUT /enterprise-roles/{id}': { body: () => ({ name: '改名', permissions: [] }), roles: ['ent_admin'] },
  'DELETE /enterprise-roles/{id}': { roles: ['ent_admin'] },
  // 部门与岗位 (E9): the enterprise admin writes; organisation.int tests name real A departments and posts.
  'GET /enterprises/{id}/completeness': {},
  'PUT /departments/{id}': { body: () => ({ name: '改名', parentId: null }), roles: ['ent_admin'] },
  'DELETE /departments/{id}': { roles: ['ent_admin'] },
  'PUT /posts/{id}': {
    body: (ids) => ({ departmentId: ids.enterpriseId, name: '改名', frequency: 'daily' }),
    roles: ['ent_admin'],
  },
  'DELETE /posts/{id}': { roles: ['ent_admin'] },
  // 信息报送 (G8) is between government offices: enterprise users are refused whatever the id.
  'GET /info-reports/{id}': { roles: [] },
  'PUT /posts/{id}/holders': { body: () => ({ userIds: [] }), roles: ['ent_admin'] },
  'PUT /posts/{id}/responsibility': { body: (ids) => ({ fileId: ids.fileId }), roles: ['ent_admin'] },
  // 系统提醒 (G7): only one's own; enterprise A's ids are absent to B (reminders.int.test.ts marks a real one).
  'POST /reminders/{id}/read': {},
  // 公告通知 (G7): a notice reached only its recipients' users; its receipts are its sender's alone.
  'GET /notices/{id}': {},
  'GET /notices/{id}/receipts': { roles: [] },
  'GET /notices/{id}/receipts.xlsx': { roles: [] },
  // 附件 (G7, G8): an attachment is its uploader's until a record holds it, then that record's
  // readers'. Its upload, like a photo's, takes an id its uploader chooses and is not called here
  // (its purpose query is checked first); attachments.int.test.ts covers who may upload and reuse one.
  'GET /attachments/{id}': {},
  // 帮助中心 (G7): every user reads (no such page: 404); only the platform admin writes.
  'GET /content/{id}': {},
  'PUT /content/{id}': { body: () => ({ category: 'faq', title: '改', bodyHtml: '<p>改</p>' }), roles: [] },
  'DELETE /content/{id}': { roles: [] },
};

/**
 * The document's routes with a path parameter. Catalogs and boundary maps are shared reference
 * content, not a tenant's.
 */
async function idRoutes(): Promise<string[]> {
  const doc = (await (await app().app.request('/api/openapi.json')).json()) as { paths: unknown };
  return Object.entries(doc.paths as Record<string, Record<string, unknown>>)
    .flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace('/api/v1', '')}`),
    )
    .filter(
      (r) =>
        r.includes('{') && !r.includes(' /catalogs/') && !r.includes(' /maps/') && r !== 'PUT /files/{id}',
    )
    .filter((r) => r !== 'PUT /attachments/{id}');
}

function fill(route: string, ids: Ids, id: string) {
  const [method, template] = route.split(' ') as [string, string];
  const path = template
    .replace('{imageId}', ids.imageId)
    .replace('{personId}', ids.personId)
    .replace('{itemId}', ids.x.items[0]!.id)
    .replace('{id}', id);
  return { method, path: `/api/v1${path}` };
}

function idFor(route: string, ids: Ids, draft: boolean): string {
  if (route.includes('/enterprises/')) return ids.enterpriseId;
  if (route.includes('/sites/')) return ids.siteId;
  if (route.includes('/supervision-inspections/')) return ids.supervisionId;
  if (route.includes('/inspections/')) return draft ? ids.draftId : ids.inspectionId;
  if (route.includes('/hazards/')) return ids.hazardId;
  if (route.includes('/users/')) return accounts.inspectorId;
  if (route.includes('/enterprise-roles/')) return accounts.roleId;
  return ids.fileId;
}

describe('the API’s boundaries, route by route', () => {
  it('answers 404 to enterprise B for every enterprise-A id, and shows no inspector another’s draft', async () => {
    const ids = await enterpriseARecords(app());
    accounts = await enterpriseAAccounts();
    const routes = await idRoutes();
    expect(routes.filter((r) => !calls[r])).toEqual([]);
    const users: [string, 'ent_admin' | 'ent_inspector'][] = [
      ['ent-b-admin', 'ent_admin'],
      ['ent-b-insp1', 'ent_inspector'],
    ];
    const clients = await Promise.all(users.map(([u]) => app().signedIn(u)));
    const seen: string[] = [];
    for (const route of routes) {
      for (const [i, [user, role]] of users.entries()) {
        for (const draft of route.includes('/inspections/') ? [false, true] : [false]) {
          const { method, path } = fill(route, ids, idFor(route, ids, draft));
          const res = await clients[i]!.json(method, path, calls[route]!.body?.(ids));
          const allowed = calls[route]!.roles?.includes(role) ?? true;
          seen.push(`${user} ${route}${draft ? ' (draft)' : ''} → ${res.status}`);
          // A role that may not act at all gets 403, or 404 where scope is checked first.
          expect(allowed ? [404] : [403, 404], seen.at(-1)).toContain(res.status);
        }
      }
    }
    const trail = await clients[0]!.json('GET', `/api/v1/audit?entityType=site&entityId=${ids.siteId}`);
    expect(trail.status).toBe(404);

    const colleague = await app().signedIn('ent-a-insp2');
    expect((await colleague.json('GET', `/api/v1/inspections/${ids.draftId}`)).status).toBe(404);
    expect(
      (
        await colleague.json(
          'PUT',
          `/api/v1/inspections/${ids.draftId}`,
          calls['PUT /inspections/{id}']!.body!(ids),
        )
      ).status,
    ).toBe(404);
    const list = (await colleague.json('GET', '/api/v1/inspections?limit=200')).body.items;
    expect(list.some((r: { id: string }) => r.id === ids.draftId)).toBe(false);
  });

  it('answers every write with wrong types by 422 naming each field, and changes nothing', async () => {
    const admin = await app().signedIn('ent-a-admin');
    const ids = await enterpriseARecords(app());
    const doc = (await (await app().app.request('/api/openapi.json')).json()) as { paths: unknown };
    const before = await rowCounts();
    const checked: string[] = [];
    for (const [template, ops] of Object.entries(doc.paths as Record<string, Record<string, OpenApiOp>>)) {
      for (const [method, op] of Object.entries(ops)) {
        const schema = op.requestBody?.content?.['application/json']?.schema;
        if (!schema?.properties) continue;
        const route = `${method.toUpperCase()} ${template.replace('/api/v1', '')}`;
        // Well-formed path parameters, so that the body is what gets checked.
        const path = template
          .replace('{version}', '1')
          .replace('{regionCode}', '110000')
          .replace(/\{[^}]+\}/g, ids.enterpriseId);
        const body = Object.fromEntries(
          Object.entries(schema.properties).map(([k, s]) => [k, wrongValue(s)]),
        );
        // Sign-in and password change are tested on their own: they would throttle or sign out here.
        if (route.startsWith('POST /auth/')) continue;
        const res = await admin.json(method.toUpperCase(), path, body);
        expect(res.status, `${route} → ${res.status}`).toBe(422);
        const paths = (res.body.error.fields as { path: string }[]).map((f) => f.path.split('.')[0]);
        for (const key of Object.keys(body)) expect(paths, `${route}: ${key}`).toContain(key);
        checked.push(route);
      }
    }
    expect(checked.length).toBeGreaterThan(15);
    expect(await rowCounts()).toEqual(before);
  });
});

/** Enterprise A's inspector 李强 and a role of A's, for the user and role routes (E10). */
let accounts = { inspectorId: '', roleId: '' };
async function enterpriseAAccounts() {
  const admin = await app().signedIn('ent-a-admin');
  const users = (await admin.json('GET', '/api/v1/users?role=ent_inspector')).body.items as { id: string }[];
  const role = await admin.json('POST', '/api/v1/enterprise-roles', { name: '边界测试', permissions: [] });
  expect(role.status).toBe(201);
  return { inspectorId: users[0]!.id, roleId: role.body.id as string };
}

interface OpenApiSchema {
  type?: string | string[];
  properties?: Record<string, OpenApiSchema>;
  anyOf?: OpenApiSchema[];
}
interface OpenApiOp {
  requestBody?: { content?: Record<string, { schema?: OpenApiSchema }> };
}

/** A value of the wrong JSON type for the property: a number for text, text for everything else. */
function wrongValue(s: OpenApiSchema): unknown {
  const types = [s.type, ...(s.anyOf ?? []).map((a) => a.type)].flat().filter(Boolean);
  return types.includes('string') ? 12345 : 'x';
}

/** Every table's row count, sessions aside (signing in adds them). */
async function rowCounts(): Promise<Record<string, number>> {
  const tables = await queryRows<{ name: string }>(
    app().database.db,
    sql`select table_name as name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not in ('sessions', 'sign_in_failures')
        order by 1`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await queryRows<{ n: number }>(
      app().database.db,
      sql`select count(*)::int as n from ${sql.identifier(name)}`,
    );
    counts[name] = Number(row?.n ?? 0);
  }
  return counts;
}
