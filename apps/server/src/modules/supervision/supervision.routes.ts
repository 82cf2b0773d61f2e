import {
  SupervisionInput,
  SupervisionListQuery,
  SupervisionSummary,
  SupervisionView,
} from '@ancha/contracts';
import { recordRoutes } from '../inspections/record-routes.ts';
import type { SupervisionService } from './supervision.service.ts';

export function supervisionRoutes(supervision: SupervisionService) {
  return recordRoutes(
    '/supervision-inspections',
    {
      input: SupervisionInput,
      view: SupervisionView,
      summary: SupervisionSummary,
      query: SupervisionListQuery,
    },
    {
      tags: ['监督检查'],
      id: '由客户端生成的 UUIDv7；以同一标识暂存与提交',
      record: '监督检查记录',
      save: {
        summary: '暂存监督检查（不存在则创建；监管部门）',
        description:
          '被检查场所所属企业须在本部门监管范围内（否则 404）；检查内容可为任一已发布的检查清单。已提交的记录返回 409。',
      },
      submit: {
        summary: '提交监督检查',
        description:
          '须逐项作答，并填写检查类型、检查单位、检查人数和处罚类型；有隐患的项生成该企业的隐患并全部提请挂账。重复提交返回同一结果。',
      },
      get: '一条监督检查记录或草稿',
      list: '监督检查台账（限权限范围内；企业用户为本企业已提交的记录）',
    },
    supervision,
  );
}
