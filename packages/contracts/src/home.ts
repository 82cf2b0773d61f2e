import { z } from 'zod';
import { Id } from './common.ts';

// 首页 (G7, seed 002 "首页显示你有几条未读公告通知和系统提醒"): what each role sees first, counted
// by the server in the caller's own scope.

const count = z.number().int().min(0);

export const HomeUnread = z.object({
  notices: count.describe('未读公告通知'),
  reminders: count.describe('未读系统提醒'),
});
export type HomeUnread = z.infer<typeof HomeUnread>;

export const EnterpriseHome = z.object({
  kind: z.literal('enterprise'),
  enterprise: z.object({
    id: Id,
    name: z.string(),
    districtName: z.string(),
    streetName: z.string(),
    reportDay: z.number().int().describe('每月上报日'),
  }),
  month: z.string().describe('本期（北京时间的本月，YYYY-MM）'),
  inspections: z.object({
    submitted: count.describe('本月已提交、待上报的自查记录'),
    reported: count.describe('本月已上报的自查记录'),
  }),
  hazards: z.object({
    pending: count.describe('待处置'),
    overdue: count.describe('逾期未整改'),
    awaitingAcceptance: count.describe('已整改、待验收'),
    major: count.describe('未整改的重大隐患'),
  }),
  unread: HomeUnread,
});
export type EnterpriseHome = z.infer<typeof EnterpriseHome>;

export const GovernmentHome = z.object({
  kind: z.literal('government'),
  enterprises: count.describe('辖区内企业'),
  ledger: z.object({
    proposed: count.describe('待确认（待挂账）'),
    awaitingReview: count.describe('已整改、待复查'),
    overdue: count.describe('逾期'),
    supervised: count.describe('挂牌督办中'),
    open: count.describe('已挂账未销账'),
  }),
  unread: HomeUnread,
});
export type GovernmentHome = z.infer<typeof GovernmentHome>;

export const PlatformHome = z.object({ kind: z.literal('platform'), unread: HomeUnread });

export const HomeSummary = z.discriminatedUnion('kind', [EnterpriseHome, GovernmentHome, PlatformHome]);
export type HomeSummary = z.infer<typeof HomeSummary>;
