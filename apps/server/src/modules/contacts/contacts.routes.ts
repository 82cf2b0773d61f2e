import {
  OfficeContactEntry,
  OfficeContactInput,
  OfficeContactsBelow,
  OfficeContactView,
} from '@ancha/contracts';
import { createRoute } from '@hono/zod-openapi';
import { errors, jsonBody, jsonResponse, newRouter, requestMeta } from '../../lib/router.ts';
import { xlsxFile, xlsxResponse } from '../info-reports/info-reports.routes.ts';
import type { ContactsService } from './contacts.service.ts';
import { contactsBelowWorkbook, officeContactWorkbook } from './contacts-sheet.ts';

const tags = ['工作联系表'];

const mine = createRoute({
  method: 'get',
  path: '/office-contacts/mine',
  tags,
  summary: '本单位的工作联系表（附件4）',
  description: '尚未填写时 contact 为 null。',
  responses: { 200: jsonResponse(OfficeContactEntry, '本单位与其联系表'), ...errors(401, 403) },
});
const save = createRoute({
  method: 'put',
  path: '/office-contacts/mine',
  tags,
  summary: '填写或整体替换本单位的工作联系表',
  description: '至少一名主管领导和一名联系人员；办公电话为固定电话，手机号码为 11 位手机号。',
  request: { body: jsonBody(OfficeContactInput) },
  responses: { 200: jsonResponse(OfficeContactView, '保存后的联系表'), ...errors(401, 403, 422) },
});
const below = createRoute({
  method: 'get',
  path: '/office-contacts/below',
  tags,
  summary: '下级单位的工作联系表（未填写的 contact 为 null）',
  responses: { 200: jsonResponse(OfficeContactsBelow, '下级单位及其联系表'), ...errors(401, 403) },
});
const mineXlsx = createRoute({
  method: 'get',
  path: '/office-contacts/mine.xlsx',
  tags,
  summary: '导出本单位的工作联系表（附件4 原格式；未填写时为空白表）',
  responses: { 200: xlsxResponse, ...errors(401, 403) },
});
const belowXlsx = createRoute({
  method: 'get',
  path: '/office-contacts/below.xlsx',
  tags,
  summary: '导出下级单位的工作联系表汇总（一张表，含单位名称列）',
  responses: { 200: xlsxResponse, ...errors(401, 403) },
});

export function contactsRoutes(contacts: ContactsService) {
  return newRouter()
    .openapi(mine, async (c) => c.json(await contacts.mine(c.get('actor')), 200))
    .openapi(save, async (c) =>
      c.json(await contacts.save(c.get('actor'), c.req.valid('json'), requestMeta(c)), 200),
    )
    .openapi(below, async (c) => c.json(await contacts.below(c.get('actor')), 200))
    .openapi(mineXlsx, async (c) => {
      const entry = await contacts.mine(c.get('actor'));
      return xlsxFile(await officeContactWorkbook(entry), `工作联系表-${entry.officeName}`);
    })
    .openapi(belowXlsx, async (c) => {
      const [own, list] = await Promise.all([contacts.mine(c.get('actor')), contacts.below(c.get('actor'))]);
      return xlsxFile(await contactsBelowWorkbook(list.offices, own.officeName), '工作联系表汇总');
    });
}
