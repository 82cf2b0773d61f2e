import { Id, listOf } from '@ancha/contracts';
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { ZodType } from 'zod';
import type { Actor } from '../../lib/access.ts';
import type { AppEnv, RequestMeta } from '../../lib/context.ts';
import { errors, jsonBody, jsonResponse, newRouter, requestMeta } from '../../lib/router.ts';

/** What one kind of inspection record answers; self-inspections and supervision share the shape. */
export interface RecordService<In, Query> {
  list(actor: Actor | null, q: Query): Promise<unknown>;
  get(actor: Actor | null, id: string): Promise<unknown>;
  save(actor: Actor | null, id: string, input: In, meta: RequestMeta): Promise<unknown>;
  submit(actor: Actor | null, id: string, meta: RequestMeta): Promise<unknown>;
}

interface Texts {
  tags: string[];
  /** What the id is (the client chose it: the phone offline, or the console). */
  id: string;
  record: string;
  save: { summary: string; description: string };
  submit: { summary: string; description: string };
  get: string;
  list: string;
}

/**
 * The four routes of an inspection record under `path`: 暂存 under the client's UUIDv7 (PUT,
 * creating the draft), 提交, one record, and the list. Each kind names its schemas and words;
 * the service decides who may act and on what.
 */
export function recordRoutes<
  In extends ZodType,
  View extends ZodType,
  Row extends ZodType,
  Query extends z.ZodObject,
>(
  path: string,
  schemas: { input: In; view: View; summary: Row; query: Query },
  texts: Texts,
  service: RecordService<z.infer<In>, z.infer<Query>>,
) {
  const tags = texts.tags;
  const params = z.object({ id: Id.describe(texts.id) });
  const view = jsonResponse(schemas.view, texts.record);
  const save = createRoute({
    method: 'put',
    path: `${path}/{id}`,
    tags,
    ...texts.save,
    request: { params, body: jsonBody(schemas.input) },
    responses: { 200: jsonResponse(schemas.view, '草稿'), ...errors(401, 403, 404, 409, 422) },
  });
  const submit = createRoute({
    method: 'post',
    path: `${path}/{id}/submit`,
    tags,
    ...texts.submit,
    request: { params },
    responses: { 200: view, ...errors(401, 403, 404, 422) },
  });
  const get = createRoute({
    method: 'get',
    path: `${path}/{id}`,
    tags,
    summary: texts.get,
    request: { params },
    responses: { 200: view, ...errors(401, 403, 404, 422) },
  });
  const list = createRoute({
    method: 'get',
    path,
    tags,
    summary: texts.list,
    request: { query: schemas.query },
    responses: { 200: jsonResponse(listOf(schemas.summary), '一页记录'), ...errors(401, 403, 422) },
  });
  // Generic routes leave hono's inferred request types unresolved: the values are read through
  // one typed view of the validated request instead (the schemas above did the validating).
  const valid = (c: Context<AppEnv>) =>
    c.req as unknown as {
      valid(target: 'param'): { id: string };
      valid(target: 'query'): z.infer<Query>;
      valid(target: 'json'): z.infer<In>;
    };
  const answer = async (c: Context<AppEnv>, result: Promise<unknown>) => c.json(await result, 200) as never;
  return newRouter()
    .openapi(list, (c) => answer(c, service.list(c.get('actor'), valid(c).valid('query'))))
    .openapi(get, (c) => answer(c, service.get(c.get('actor'), valid(c).valid('param').id)))
    .openapi(save, (c) => {
      const req = valid(c);
      return answer(
        c,
        service.save(c.get('actor'), req.valid('param').id, req.valid('json'), requestMeta(c)),
      );
    })
    .openapi(submit, (c) =>
      answer(c, service.submit(c.get('actor'), valid(c).valid('param').id, requestMeta(c))),
    );
}
