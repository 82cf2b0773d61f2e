import { z } from 'zod';
import { Id } from './common.ts';

// 一企一标准、一岗一清单 (E9, seed 004): departments, posts with their 上报频次 and 岗位责任制,
// who holds each post, the Excel import of post checklists, and the 信息完备率.

/** 上报频次: chosen by the enterprise for each post by its safety responsibility (seed 004, question 8). */
export const PostFrequency = z.enum(['daily', 'weekly', 'monthly', 'quarterly'], {
  error: '上报频次应为每日、每周、每月或每季度',
});
export type PostFrequency = z.infer<typeof PostFrequency>;
export const postFrequencyLabels: Record<PostFrequency, string> = {
  daily: '每日',
  weekly: '每周',
  monthly: '每月',
  quarterly: '每季度',
};

const name = (what: string) =>
  z
    .string({ error: `请填写${what}` })
    .trim()
    .min(1, { error: `请填写${what}` })
    .max(50, { error: `${what}不能超过 50 个字符` });

export const DepartmentInput = z.object({
  name: name('部门名称'),
  parentId: Id.nullable().default(null).describe('上级部门；不填为一级部门'),
});
export type DepartmentInput = z.infer<typeof DepartmentInput>;

/** One department; the list gives them in tree order (each parent before its children). */
export const DepartmentView = z.object({
  id: Id,
  parentId: Id.nullable(),
  name: z.string(),
  depth: z.number().int().describe('0 为一级部门'),
  postCount: z.number().int(),
  childCount: z.number().int(),
});
export type DepartmentView = z.infer<typeof DepartmentView>;
export const DepartmentList = z.object({ items: z.array(DepartmentView) });
export type DepartmentList = z.infer<typeof DepartmentList>;

export const PostInput = z.object({
  departmentId: Id.describe('所属部门'),
  name: name('岗位名称'),
  frequency: PostFrequency,
});
export type PostInput = z.infer<typeof PostInput>;

export const PostHoldersInput = z.object({
  userIds: z
    .array(Id)
    .max(200, { error: '岗位用户最多 200 人' })
    .refine((ids) => new Set(ids).size === ids.length, { error: '岗位用户重复' })
    .describe('持有该岗位的本单位自查人账号；每个用户只属于一个岗位'),
});
export type PostHoldersInput = z.infer<typeof PostHoldersInput>;

export const PostResponsibilityInput = z.object({
  fileId: Id.describe('已上传的岗位责任制文件（用途 responsibility）'),
});
export type PostResponsibilityInput = z.infer<typeof PostResponsibilityInput>;

export const PostView = z.object({
  id: Id,
  departmentId: Id,
  departmentName: z.string(),
  name: z.string(),
  frequency: PostFrequency,
  responsibility: z.object({ id: Id, name: z.string(), mime: z.string(), url: z.string() }).nullable(),
  holders: z.array(z.object({ id: Id, username: z.string(), displayName: z.string() })),
  itemCount: z.number().int().describe('岗位清单的检查项数'),
});
export type PostView = z.infer<typeof PostView>;
export const PostList = z.object({ items: z.array(PostView) });
export type PostList = z.infer<typeof PostList>;

/** The columns of the post-checklist spreadsheet, in order: the template writes them, import reads them. */
export const postSheetColumns = ['部门', '岗位', '上报频次', '检查项编号'] as const;

export const PostImportResult = z.object({
  posts: z.number().int().describe('清单被替换的岗位数'),
  items: z.number().int().describe('导入的检查项数'),
});
export type PostImportResult = z.infer<typeof PostImportResult>;

/** The four parts of the 信息完备率, 25% each (seed 004, question 5). */
export const CompletenessKey = z.enum(['departments', 'standard', 'checklists', 'responsibility']);
export type CompletenessKey = z.infer<typeof CompletenessKey>;
export const completenessLabels: Record<CompletenessKey, string> = {
  departments: '部门信息的建立',
  standard: '个性化标准（企业标准）',
  checklists: '岗位清单',
  responsibility: '岗位责任制度的上传',
};

export const OrgCompleteness = z.object({
  enterpriseId: Id,
  rate: z.number().int().describe('信息完备率，0–100'),
  parts: z.array(
    z.object({
      key: CompletenessKey,
      done: z.boolean(),
      label: z.string(),
      missing: z.array(z.string()).describe('缺少的内容，如未上传岗位责任制的岗位名称'),
    }),
  ),
});
export type OrgCompleteness = z.infer<typeof OrgCompleteness>;
