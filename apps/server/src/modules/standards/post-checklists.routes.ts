import {
  HazardGrades,
  HazardGradesInput,
  Id,
  MyPostChecklist,
  PostChecklist,
  PostChecklistInput,
} from '@ancha/contracts';
import { createRoute, z } from '@hono/zod-openapi';
import { errors, jsonBody, jsonResponse, newRouter, requestMeta } from '../../lib/router.ts';
import type { HazardGradesService } from './hazard-grades.ts';
import type { MyPostService } from './my-post.ts';
import type { PostChecklistsService } from './post-checklists.ts';

const params = z.object({ id: Id });

const getChecklist = createRoute({
  method: 'get',
  path: '/posts/{id}/checklist',
  tags: ['岗位清单'],
  summary: '岗位清单：该岗位检查的企业标准检查项编号',
  request: { params },
  responses: { 200: jsonResponse(PostChecklist, '岗位清单'), ...errors(401, 403, 404, 422) },
});
const putChecklist = createRoute({
  method: 'put',
  path: '/posts/{id}/checklist',
  tags: ['岗位清单'],
  summary: '设置岗位清单（企业管理员）',
  description: '每个编号须在企业标准最新发布的版本中，否则返回 422 并逐个列出。',
  request: { params, body: jsonBody(PostChecklistInput) },
  responses: { 200: jsonResponse(PostChecklist, '岗位清单'), ...errors(401, 403, 404, 409, 422) },
});
const myPost = createRoute({
  method: 'get',
  path: '/standard/my-post',
  tags: ['岗位清单'],
  summary: '本人岗位的岗位清单与上报周期（应报、已报、漏报）',
  responses: { 200: jsonResponse(MyPostChecklist, '岗位清单自查'), ...errors(401, 403, 404, 409) },
});
const getGrades = createRoute({
  method: 'get',
  path: '/hazard-grades',
  tags: ['隐患分级'],
  summary: '本单位自定的隐患分级及其对应的一般、重大级别',
  responses: { 200: jsonResponse(HazardGrades, '隐患分级'), ...errors(401, 403, 404) },
});
const putGrades = createRoute({
  method: 'put',
  path: '/hazard-grades',
  tags: ['隐患分级'],
  summary: '设置隐患分级（企业管理员）',
  request: { body: jsonBody(HazardGradesInput) },
  responses: { 200: jsonResponse(HazardGrades, '隐患分级'), ...errors(401, 403, 404, 422) },
});

export function postChecklistsRoutes(
  checklists: PostChecklistsService,
  mine: MyPostService,
  grades: HazardGradesService,
) {
  return newRouter()
    .openapi(myPost, async (c) => c.json(await mine.get(c.get('actor')), 200))
    .openapi(getChecklist, async (c) =>
      c.json(await checklists.get(c.get('actor'), c.req.valid('param').id), 200),
    )
    .openapi(putChecklist, async (c) =>
      c.json(
        await checklists.put(c.get('actor'), c.req.valid('param').id, c.req.valid('json'), requestMeta(c)),
        200,
      ),
    )
    .openapi(getGrades, async (c) => c.json(await grades.get(c.get('actor')), 200))
    .openapi(putGrades, async (c) =>
      c.json(await grades.put(c.get('actor'), c.req.valid('json'), requestMeta(c)), 200),
    );
}
