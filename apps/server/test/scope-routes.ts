import { newId } from '../src/lib/ids.ts';
import { pngPhoto } from './images.ts';
import type { ScopeWorld } from './scope-world.ts';
import { validProfile as profile } from './tenant-records.ts';

// The government-scope sweep's table (government-scope.int.test.ts): each route with a record id
// in its path, the 西城 ids it is called with, a body that would pass validation, and which
// offices' roles may attempt it at all.

export type Office = 'gov_street' | 'gov_district';
interface IdCall {
  /** The 西城 ids the route is called with. */
  ids: (w: ScopeWorld) => string[];
  body?: (w: ScopeWorld) => unknown;
  /** Offices whose role may attempt the action, so only scope can refuse them: exactly 404. */
  may?: Office[];
}
const both: Office[] = ['gov_street', 'gov_district'];
const enterprise = (x: ScopeWorld) => [x.xicheng.enterpriseId];
const ledger = (x: ScopeWorld) => x.xicheng.ledger;
const aSite = (x: ScopeWorld) => ({
  siteId: x.aMajor.x.site.id,
  catalogId: x.aMajor.x.catalog.id,
  acknowledged: true,
  answers: [],
  checkType: 'routine',
  checkUnit: '紫竹院街道办事处',
  checkPeople: 2,
  penaltyType: 'order',
});
const person = { role: 'part_time', name: '钱七', position: '', phone: '13800000124', certificateNo: '' };

/** Each route with a record id in its path. Reads: every government office may attempt them. */
export const idCalls: Record<string, IdCall> = {
  'GET /enterprises/{id}': { ids: enterprise, may: both },
  'GET /enterprises/{id}/profile': { ids: enterprise, may: both },
  'GET /enterprises/{id}/images': { ids: enterprise, may: both },
  'GET /enterprises/{id}/personnel': { ids: enterprise, may: both },
  'GET /enterprises/{id}/standard': { ids: enterprise, may: both },
  'PUT /enterprises/{id}/profile': { ids: enterprise, body: () => profile },
  // Moving a 西城 enterprise into one's own street is the obvious way to take it: refused as absent.
  'PUT /enterprises/{id}/fixed': {
    ids: enterprise,
    body: (x) => ({ name: '改名', uscc: x.xicheng.names[1], streetCode: '110108006', industries: ['power'] }),
    may: both,
  },
  'POST /enterprises/{id}/images': {
    ids: enterprise,
    body: (x) => ({ id: newId(), fileId: x.a.fileId, kind: 'other', title: '照片' }),
  },
  'DELETE /enterprises/{id}/images/{imageId}': { ids: enterprise },
  'POST /enterprises/{id}/personnel': { ids: enterprise, body: () => person },
  'PUT /enterprises/{id}/personnel/{personId}': { ids: enterprise, body: () => person },
  'DELETE /enterprises/{id}/personnel/{personId}': { ids: enterprise },
  'GET /sites/{id}': { ids: (x) => x.xicheng.sites, may: both },
  'PUT /sites/{id}': {
    ids: (x) => x.xicheng.sites,
    body: (x) => ({
      name: '仓库',
      streetCode: '110108006',
      address: '',
      inspectorUserId: x.xicheng.enterpriseId,
      inspectorPhone: '13800000125',
      inspectorIdNumber: '110102199001011233',
      catalogIds: [x.aMajor.x.catalog.id],
    }),
  },
  'PUT /sites/{id}/catalogs': {
    ids: (x) => x.xicheng.sites,
    body: (x) => ({ catalogIds: [x.aMajor.x.catalog.id] }),
  },
  'GET /inspections/{id}': { ids: (x) => [...x.xicheng.inspections, x.a.draftId], may: both },
  'PUT /inspections/{id}': {
    ids: (x) => x.xicheng.inspections,
    body: (x) => ({
      siteId: x.aMajor.x.site.id,
      catalogId: x.aMajor.x.catalog.id,
      acknowledged: false,
      answers: [],
    }),
  },
  'POST /inspections/{id}/submit': { ids: (x) => x.xicheng.inspections },
  'GET /supervision-inspections/{id}': { ids: (x) => x.xicheng.supervisions, may: both },
  // Over a 西城 record, and a new one of a 西城 site: the site is out of scope either way.
  'PUT /supervision-inspections/{id}': {
    ids: (x) => [...x.xicheng.supervisions, newId()],
    body: aSite,
    may: both,
  },
  'POST /supervision-inspections/{id}/submit': { ids: (x) => x.xicheng.supervisions, may: both },
  'GET /hazards/{id}': { ids: (x) => x.xicheng.hazards, may: both },
  'PUT /hazards/{id}': { ids: (x) => x.xicheng.hazards, body: () => ({ description: '改写' }) },
  'DELETE /hazards/{id}': { ids: (x) => x.xicheng.hazards },
  'POST /hazards/{id}/rectification': {
    ids: (x) => x.xicheng.hazards,
    body: () => ({ note: '已整改', result: '合格', spentFen: 0 }),
  },
  'POST /hazards/{id}/acceptance': { ids: (x) => x.xicheng.hazards, body: () => ({ passed: true }) },
  'GET /files/{id}': { ids: (x) => x.xicheng.files, may: both },
  // A photo's bytes over a 西城 file's id, as a regulator's supervision photo of the 西城
  // enterprise (the sweep sends them as the phone does): that enterprise is out of scope.
  'PUT /files/{id}': { ids: (x) => x.xicheng.files, body: () => pngPhoto(5), may: both },
  'GET /ledger/{id}': { ids: ledger, may: both },
  'POST /ledger/{id}/list': {
    ids: ledger,
    body: () => ({ hazardType: 'fire', hazardSubtype: 'other' }),
    may: ['gov_district'],
  },
  'POST /ledger/{id}/reject': {
    ids: ledger,
    body: () => ({ reason: '不属于安全隐患' }),
    may: ['gov_district'],
  },
  'POST /ledger/{id}/review': { ids: ledger, body: () => ({ result: 'passed' }), may: both },
  'POST /ledger/{id}/close': { ids: ledger, body: () => ({}), may: ['gov_district'] },
  'POST /ledger/{id}/supervise': { ids: ledger, body: () => ({}), may: ['gov_district'] },
  'POST /ledger/{id}/verify': { ids: ledger, body: () => ({ result: 'passed' }), may: ['gov_district'] },
  'GET /plans/{id}': { ids: (x) => [x.aPlan], may: both },
  // 信息完备率 (E9): the enterprise's regulators read it, others as absent.
  'GET /enterprises/{id}/completeness': { ids: enterprise, may: both },
};

/**
 * Routes with a path parameter the sweep does not call, each with why. Not a silent skip: a
 * route missing from both tables fails the test. Routes still being built belong here, with a
 * note, until their owner adds them to `idCalls`.
 */
export const notSwept: Record<string, string> = {
  // The path names a year, not a record: an office writes only its own plan (plans.int.test.ts).
  'PUT /plans/{year}': 'own plan only',
  // 附件 and 帮助中心 (G7): an attachment is its uploader's, then readable by whoever its owning
  // record's module says (attachments/content/notices tests); content pages are the platform's,
  // read by every user and written by the platform admin alone (content.int.test.ts).
  'PUT /attachments/{id}': 'the uploader’s own id; attachments.int.test.ts',
  'GET /attachments/{id}': 'reader registered by the owning module; attachments and content tests',
  'GET /content/{id}': 'platform content, readable by every signed-in user',
  'PUT /content/{id}': 'platform admin only',
  'DELETE /content/{id}': 'platform admin only',
  // Boundary maps (G6) are geography the platform admin uploads, not any region's records: every
  // regulator reads the city's map like the region tree; writes are the admin's (maps.int.test.ts).
  'GET /maps/{regionCode}': 'reference geography, readable by every regulator',
  'PUT /maps/{regionCode}': 'platform admin only',
  'DELETE /maps/{regionCode}': 'platform admin only',
  // Public reports (P1): another district's office reads and handles none of a report, its
  // reporter or its photos (404), in public-reports.int.test.ts "shows a report only to the
  // offices of its place"; the photo upload takes the report's code, not a session.
  'GET /public-reports/{id}': 'scope tested in public-reports.int.test.ts',
  'POST /public-reports/{id}/verify': 'scope tested in public-reports.int.test.ts',
  'POST /public-reports/{id}/unfounded': 'scope tested in public-reports.int.test.ts',
  'POST /public-reports/{id}/reward': 'scope tested in public-reports.int.test.ts',
  'GET /files/report-photos/{id}': 'scope tested in public-reports.int.test.ts',
  'PUT /files/report-photos/{id}': 'the public upload by the report code, no office involved',
  // 用户管理 and 角色管理 (E10) are the enterprise admin's alone: every office gets 403 whatever
  // the id; foreign enterprises' ids are 404 (api-boundaries, users/*.int.test.ts).
  'PATCH /users/{id}': 'enterprise admin only',
  'POST /users/{id}/disable': 'enterprise admin only',
  'POST /users/{id}/enable': 'enterprise admin only',
  'POST /users/{id}/password-reset': 'enterprise admin only',
  'PUT /users/{id}/permissions': 'enterprise admin only',
  'PUT /enterprise-roles/{id}': 'enterprise admin only',
  'DELETE /enterprise-roles/{id}': 'enterprise admin only',
  // 部门与岗位 (E9) are the enterprise admin's alone: every office is refused by its role (403)
  // before any id is looked at; foreign-enterprise ids are 404 in modules/organisation tests.
  'PUT /departments/{id}': 'enterprise admin only',
  'DELETE /departments/{id}': 'enterprise admin only',
  'PUT /posts/{id}': 'enterprise admin only',
  'DELETE /posts/{id}': 'enterprise admin only',
  'PUT /posts/{id}/holders': 'enterprise admin only',
  'PUT /posts/{id}/responsibility': 'enterprise admin only',
  // 企业标准的编辑与岗位清单 (E9) are the enterprise's own; foreign ids are 404 in modules/standards tests.
  'PATCH /standard/items/{itemId}': 'enterprise admin only',
  'DELETE /standard/items/{itemId}': 'enterprise admin only',
  'GET /posts/{id}/checklist': 'enterprise users only',
  'PUT /posts/{id}/checklist': 'enterprise admin only',
  // 系统提醒 (G7) are each user's own, whatever the region: another user's id, an office's included,
  // is 404 (reminders.int.test.ts 'a user’s own reminders').
  'POST /reminders/{id}/read': 'own reminders only, by user not region',
  // 信息报送 (G8): a report is read by its sender, the office above and the admin; another district,
  // the city and other streets read it as absent in info-reports.int.test.ts.
  'GET /info-reports/{id}': 'scope tested in info-reports.int.test.ts',
  // 公告通知 (G7): a notice is its sender's account's and its recipients'; another office gets 404
  // for the notice, its receipts and their export in modules/notices/notices.int.test.ts.
  'GET /notices/{id}': 'scope tested in notices.int.test.ts',
  'GET /notices/{id}/receipts': 'scope tested in notices.int.test.ts',
  'GET /notices/{id}/receipts.xlsx': 'scope tested in notices.int.test.ts',
};
/**
 * No-id GET routes the list sweep does not call, each with why (every other one is called and
 * must answer 200 without a 西城 string).
 */
export const listsNotSwept: Record<string, string> = {
  // A citizen's progress by the query code in a header: no office's list (P1, under construction).
  'GET /public-reports/follow': 'citizen route, under construction',
  // An enterprise's roles (E10): offices get 403, there is no list of theirs to sweep.
  'GET /enterprise-roles': 'enterprise admin only',
  // The enterprise's own departments and posts: offices are refused by role (403), no list of theirs.
  'GET /departments': 'enterprise users only',
  'GET /posts': 'enterprise users only',
  'GET /posts/import-template.xlsx': 'enterprise users only; a blank template',
  // The caller's own enterprise standard, updates, post checklist and hazard grades: offices have none (403).
  'GET /standard': 'enterprise users only',
  'GET /standard/updates': 'enterprise users only',
  'GET /standard/my-post': 'enterprise users only',
  'GET /hazard-grades': 'enterprise users only',
  // A recipient enterprise user's inbox and unread count (G7): offices have none (403).
  'GET /notices': 'enterprise users only',
  'GET /notices/unread-count': 'enterprise users only',
};

/** Catalogs are shared reference content, not a region's records. */
export const reference = (key: string) => key.includes(' /catalogs/');
