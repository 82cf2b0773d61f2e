import {
  EnterpriseImage,
  EnterpriseImageInput,
  EnterpriseProfile,
  FixedFieldsInput,
  Id,
  Person,
  PersonInput,
  ProfileInput,
} from '@ancha/contracts';
import { createRoute, z } from '@hono/zod-openapi';
import { errors, jsonBody, jsonResponse, newRouter, requestMeta } from '../../lib/router.ts';
import type { EnterpriseProfileService } from './enterprise-profile.service.ts';

const tags = ['单位基本信息'];
const params = z.object({ id: Id });
const imageParams = params.extend({ imageId: Id });
const personParams = params.extend({ personId: Id });
const items = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });
const readErrors = errors(401, 403, 404, 422);
const writeErrors = errors(401, 403, 404, 409, 422);

const getProfile = createRoute({
  method: 'get',
  path: '/enterprises/{id}/profile',
  tags,
  summary: '企业基本信息',
  description: '本单位用户、辖区内的监管部门与平台管理员可查看。',
  request: { params },
  responses: { 200: jsonResponse(EnterpriseProfile, '企业基本信息'), ...readErrors },
});
const putProfile = createRoute({
  method: 'put',
  path: '/enterprises/{id}/profile',
  tags,
  summary: '修改可变信息（本单位企业管理员）',
  description:
    '名称、信用代码、所属区域与行业为固定信息，只能由监管部门修改（PUT /enterprises/{id}/fixed）。',
  request: { params, body: jsonBody(ProfileInput) },
  responses: { 200: jsonResponse(EnterpriseProfile, '已保存'), ...writeErrors },
});
const putFixed = createRoute({
  method: 'put',
  path: '/enterprises/{id}/fixed',
  tags,
  summary: '修改固定信息（辖区内的监管部门、平台管理员）',
  description: '统一社会信用代码与其他企业重复时答 409。',
  request: { params, body: jsonBody(FixedFieldsInput) },
  responses: { 200: jsonResponse(EnterpriseProfile, '已保存'), ...writeErrors },
});
const listImages = createRoute({
  method: 'get',
  path: '/enterprises/{id}/images',
  tags,
  summary: '单位图片信息',
  request: { params },
  responses: { 200: jsonResponse(items(EnterpriseImage), '全部图片'), ...readErrors },
});
const addImage = createRoute({
  method: 'post',
  path: '/enterprises/{id}/images',
  tags,
  summary: '添加图片（本单位企业管理员）',
  description: '先以 PUT /files/{fileId}?purpose=enterprise 上传图片；同一 id 重试只保存一次。',
  request: { params, body: jsonBody(EnterpriseImageInput) },
  responses: { 201: jsonResponse(EnterpriseImage, '已添加'), ...writeErrors },
});
const removeImage = createRoute({
  method: 'delete',
  path: '/enterprises/{id}/images/{imageId}',
  tags,
  summary: '删除图片（本单位企业管理员）',
  request: { params: imageParams },
  responses: { 204: { description: '已删除' }, ...writeErrors },
});
const listPersonnel = createRoute({
  method: 'get',
  path: '/enterprises/{id}/personnel',
  tags,
  summary: '单位人员信息',
  request: { params },
  responses: { 200: jsonResponse(items(Person), '安全负责人与安全管理人员'), ...readErrors },
});
const addPerson = createRoute({
  method: 'post',
  path: '/enterprises/{id}/personnel',
  tags,
  summary: '添加人员（本单位企业管理员）',
  description: '单位安全负责人只能有一位。',
  request: { params, body: jsonBody(PersonInput) },
  responses: { 201: jsonResponse(Person, '已添加'), ...writeErrors },
});
const updatePerson = createRoute({
  method: 'put',
  path: '/enterprises/{id}/personnel/{personId}',
  tags,
  summary: '修改人员（本单位企业管理员）',
  request: { params: personParams, body: jsonBody(PersonInput) },
  responses: { 200: jsonResponse(Person, '已保存'), ...writeErrors },
});
const removePerson = createRoute({
  method: 'delete',
  path: '/enterprises/{id}/personnel/{personId}',
  tags,
  summary: '删除人员（本单位企业管理员）',
  request: { params: personParams },
  responses: { 204: { description: '已删除' }, ...writeErrors },
});

export function enterpriseProfileRoutes(profiles: EnterpriseProfileService) {
  return newRouter()
    .openapi(getProfile, async (c) =>
      c.json(await profiles.get(c.get('actor'), c.req.valid('param').id), 200),
    )
    .openapi(putProfile, async (c) => {
      const { id } = c.req.valid('param');
      return c.json(await profiles.saveProfile(c.get('actor'), id, c.req.valid('json'), requestMeta(c)), 200);
    })
    .openapi(putFixed, async (c) => {
      const { id } = c.req.valid('param');
      return c.json(await profiles.saveFixed(c.get('actor'), id, c.req.valid('json'), requestMeta(c)), 200);
    })
    .openapi(listImages, async (c) =>
      c.json({ items: await profiles.images(c.get('actor'), c.req.valid('param').id) }, 200),
    )
    .openapi(addImage, async (c) => {
      const { id } = c.req.valid('param');
      return c.json(await profiles.addImage(c.get('actor'), id, c.req.valid('json'), requestMeta(c)), 201);
    })
    .openapi(removeImage, async (c) => {
      const { id, imageId } = c.req.valid('param');
      await profiles.removeImage(c.get('actor'), id, imageId, requestMeta(c));
      return c.body(null, 204);
    })
    .openapi(listPersonnel, async (c) =>
      c.json({ items: await profiles.personnel(c.get('actor'), c.req.valid('param').id) }, 200),
    )
    .openapi(addPerson, async (c) => {
      const { id } = c.req.valid('param');
      return c.json(
        await profiles.savePerson(c.get('actor'), id, null, c.req.valid('json'), requestMeta(c)),
        201,
      );
    })
    .openapi(updatePerson, async (c) => {
      const { id, personId } = c.req.valid('param');
      const person = await profiles.savePerson(
        c.get('actor'),
        id,
        personId,
        c.req.valid('json'),
        requestMeta(c),
      );
      return c.json(person, 200);
    })
    .openapi(removePerson, async (c) => {
      const { id, personId } = c.req.valid('param');
      await profiles.removePerson(c.get('actor'), id, personId, requestMeta(c));
      return c.body(null, 204);
    });
}
