import {
  Id,
  LedgerDrawInput,
  LedgerDrawView,
  LedgerEntryDetail,
  LedgerEntryView,
  LedgerListInput,
  LedgerListQuery,
  LedgerNoteInput,
  LedgerRejectInput,
  LedgerReviewInput,
  LedgerVerificationInput,
  listOf,
  OverdueCounts,
} from '@ancha/contracts';
import { createRoute, z } from '@hono/zod-openapi';
import type { ZodType } from 'zod';
import { errors, jsonBody, jsonResponse, newRouter, requestMeta } from '../../lib/router.ts';
import type { LedgerService } from './ledger.service.ts';
import type { LedgerVerificationService } from './ledger-verification.service.ts';
import type { LedgerWorkflowService } from './ledger-workflow.service.ts';

const tags = ['隐患台账'];
const params = z.object({ id: Id });

const list = createRoute({
  method: 'get',
  path: '/ledger',
  tags,
  summary: '安全隐患台账（附件2）',
  description: '街乡：本街乡；区：本区；行业部门：辖区内本行业；市：全市。',
  request: { query: LedgerListQuery },
  responses: { 200: jsonResponse(listOf(LedgerEntryView), '一页台账'), ...errors(401, 403, 422) },
});
// Declared before /ledger/{id}, so that "overdue-counts" is not taken for an id.
const overdue = createRoute({
  method: 'get',
  path: '/ledger/overdue-counts',
  tags,
  summary: '逾期隐患数：区级按街乡、市级按区',
  responses: { 200: jsonResponse(OverdueCounts, '逾期数'), ...errors(401, 403) },
});
const get = createRoute({
  method: 'get',
  path: '/ledger/{id}',
  tags,
  summary: '一条台账隐患及其全部经过',
  request: { params },
  responses: { 200: jsonResponse(LedgerEntryDetail, '台账隐患'), ...errors(401, 403, 404, 422) },
});
const draw = createRoute({
  method: 'post',
  path: '/ledger/verify',
  tags,
  summary: '核查抽取：按比例（向上取整）随机抽取辖区内已销账、未核查的隐患',
  request: { body: jsonBody(LedgerDrawInput) },
  responses: { 200: jsonResponse(LedgerDrawView, '抽取结果'), ...errors(401, 403, 409, 422) },
});

/** One workflow action on an entry: POST /ledger/{id}/<name> with its body. */
function action<T extends ZodType>(name: string, summary: string, body: T) {
  return createRoute({
    method: 'post',
    path: `/ledger/{id}/${name}`,
    tags,
    summary,
    request: { params, body: jsonBody(body) },
    responses: {
      200: jsonResponse(LedgerEntryDetail, '操作后的台账隐患'),
      ...errors(401, 403, 404, 409, 422),
    },
  });
}
const confirm = action('list', '挂账（区、市安委办）：确定隐患类型，生成台账编号', LedgerListInput);
const reject = action('reject', '退回（区、市安委办）：不予挂账，须说明理由', LedgerRejectInput);
const review = action('review', '复查（街乡、区）：合格待销账；不合格退回企业待处置', LedgerReviewInput);
const close = action('close', '销账（区、市安委办）：复查合格后', LedgerNoteInput);
const supervise = action('supervise', '挂牌督办（区、市）：仅重大隐患', LedgerNoteInput);
const verify = action('verify', '登记核查结果（区、市）：仅被抽中的已销账隐患', LedgerVerificationInput);

export function ledgerRoutes(
  ledger: LedgerService,
  workflow: LedgerWorkflowService,
  verification: LedgerVerificationService,
) {
  return newRouter()
    .openapi(list, async (c) => c.json(await ledger.list(c.get('actor'), c.req.valid('query')), 200))
    .openapi(overdue, async (c) => c.json(await ledger.overdueCounts(c.get('actor')), 200))
    .openapi(get, async (c) => c.json(await ledger.detail(c.get('actor'), c.req.valid('param').id), 200))
    .openapi(draw, async (c) =>
      c.json(await verification.draw(c.get('actor'), c.req.valid('json'), requestMeta(c)), 200),
    )
    .openapi(confirm, async (c) =>
      c.json(
        await workflow.list(c.get('actor'), c.req.valid('param').id, c.req.valid('json'), requestMeta(c)),
        200,
      ),
    )
    .openapi(reject, async (c) =>
      c.json(
        await workflow.reject(c.get('actor'), c.req.valid('param').id, c.req.valid('json'), requestMeta(c)),
        200,
      ),
    )
    .openapi(review, async (c) =>
      c.json(
        await workflow.review(c.get('actor'), c.req.valid('param').id, c.req.valid('json'), requestMeta(c)),
        200,
      ),
    )
    .openapi(close, async (c) =>
      c.json(
        await workflow.close(c.get('actor'), c.req.valid('param').id, c.req.valid('json'), requestMeta(c)),
        200,
      ),
    )
    .openapi(supervise, async (c) =>
      c.json(
        await workflow.supervise(
          c.get('actor'),
          c.req.valid('param').id,
          c.req.valid('json'),
          requestMeta(c),
        ),
        200,
      ),
    )
    .openapi(verify, async (c) =>
      c.json(
        await verification.verify(
          c.get('actor'),
          c.req.valid('param').id,
          c.req.valid('json'),
          requestMeta(c),
        ),
        200,
      ),
    );
}
