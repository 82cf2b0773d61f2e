import { z } from 'zod';
import { Id, ListQuery, Timestamp } from './common.ts';

const DateOnly = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: '日期格式应为 YYYY-MM-DD' });

/**
 * 系统提醒 (G7): what the scheduled jobs remind of. inspection_due 本期未自查, deadline_near
 * 整改期限将至, deadline_passed 已逾期, major_hazard 重大隐患上报, ledger_stale 台账15天未更新,
 * report_day 上报日将至.
 */
export const ReminderKind = z.enum([
  'inspection_due',
  'deadline_near',
  'deadline_passed',
  'major_hazard',
  'ledger_stale',
  'report_day',
]);
export type ReminderKind = z.infer<typeof ReminderKind>;

export const reminderKindLabels: Record<ReminderKind, string> = {
  inspection_due: '本期未自查',
  deadline_near: '整改期限将至',
  deadline_passed: '已逾期',
  major_hazard: '重大隐患上报',
  ledger_stale: '台账未更新',
  report_day: '上报日将至',
};

export const ReminderView = z.object({
  id: Id,
  kind: ReminderKind,
  title: z.string(),
  body: z.string(),
  link: z.string().nullable().describe('处理它的页面，相对于网站根路径'),
  createdAt: Timestamp,
  readAt: Timestamp.nullable(),
});
export type ReminderView = z.infer<typeof ReminderView>;

/** 系统提醒 list of the caller: 未读/已读, by title and by 提醒时间 (Beijing dates, inclusive). */
export const ReminderListQuery = ListQuery.extend({
  status: z.enum(['unread', 'read'], { error: '状态应为 unread 或 read' }).optional(),
  keyword: z.string().trim().max(100, { error: '关键词过长' }).optional().describe('标题包含的文字'),
  from: DateOnly.optional().describe('提醒时间起（含）'),
  to: DateOnly.optional().describe('提醒时间止（含）'),
});
export type ReminderListQuery = z.infer<typeof ReminderListQuery>;

export const UnreadCount = z.object({ unread: z.number().int() });
export type UnreadCount = z.infer<typeof UnreadCount>;

export const ReadAllResult = z.object({ updated: z.number().int().describe('本次标为已读的条数') });
export type ReadAllResult = z.infer<typeof ReadAllResult>;
